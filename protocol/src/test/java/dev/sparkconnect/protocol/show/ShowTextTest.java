package dev.sparkconnect.protocol.show;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sparkconnect.arrow.ArrowField;
import dev.sparkconnect.arrow.ArrowSchema;
import dev.sparkconnect.arrow.ArrowStream;
import dev.sparkconnect.arrow.ArrowStreamReader;
import dev.sparkconnect.arrow.ArrowStreamWriter;
import dev.sparkconnect.arrow.ArrowType;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ShowTextTest {

  @Test
  void arrowCellsAndJavaValuesReadTheSame() {
    ArrowSchema schema = ArrowSchema.of(List.of(
        ArrowField.of("b", true, new ArrowType.Binary(false)),
        ArrowField.of("d", true, new ArrowType.Decimal(10, 2, 128)),
        ArrowField.of("s", true, new ArrowType.Utf8(false))));
    Object[] row = {new byte[] {0x0a, (byte) 0xff}, new BigDecimal("1E+1").setScale(2), null};
    ArrowStream stream = ArrowStreamReader.read(ArrowStreamWriter.write(schema, List.<Object[]>of(row)));

    for (int column = 0; column < row.length; column++) {
      assertThat(ShowText.cell(stream.batches().get(0).column(column), 0)).isEqualTo(ShowText.value(row[column]));
    }
    assertThat(ShowText.value(row[0])).isEqualTo("[0A FF]");
    assertThat(ShowText.value(row[1])).isEqualTo("10.00");
    assertThat(ShowText.value(null)).isEqualTo("NULL");
  }

  @Test
  void nestedValuesInBracketsAndBraces() {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("k", Arrays.asList(1, null));

    assertThat(ShowText.value(map)).isEqualTo("{k -> [1, NULL]}");
    assertThat(ShowText.struct(List.of("1", "a"))).isEqualTo("{1, a}");
  }
}
