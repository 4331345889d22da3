package dev.sparkconnect.client.internal.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.protobuf.ByteString;
import dev.sparkconnect.arrow.ArrowField;
import dev.sparkconnect.arrow.ArrowFormatException;
import dev.sparkconnect.arrow.ArrowSchema;
import dev.sparkconnect.arrow.ArrowStreamWriter;
import dev.sparkconnect.arrow.ArrowType;
import dev.sparkconnect.client.internal.transport.ResponseStream;
import dev.sparkconnect.client.types.DataTypes;
import dev.sparkconnect.client.types.StructType;
import dev.sparkconnect.proto.ExecutePlanResponse;
import dev.sparkconnect.protocol.types.DataTypeProtos;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A result whose Arrow data is not of the query's shape is refused, never decoded into values of
 * other types: a declared schema the data contradicts, or a later batch with another schema of as
 * many columns (which once gave a column of mixed Java types).
 */
class ResultsOfAnotherShapeTest {

  private static final ArrowSchema LONGS = ArrowSchema.of(List.of(ArrowField.of("v", true, new ArrowType.Int(64, true))));
  private static final ArrowSchema STRINGS = ArrowSchema.of(List.of(ArrowField.of("v", true, new ArrowType.Utf8(false))));

  private static ExecutePlanResponse batch(ArrowSchema schema, Object value) {
    List<Object[]> rows = new ArrayList<>();
    rows.add(new Object[] {value});
    return ExecutePlanResponse.newBuilder().setOperationId("op-1").setArrowBatch(ExecutePlanResponse.ArrowBatch
        .newBuilder().setRowCount(1).setData(ByteString.copyFrom(ArrowStreamWriter.write(schema, rows)))).build();
  }

  private static ExecutePlanResponse declared(StructType schema) {
    return ExecutePlanResponse.newBuilder().setOperationId("op-1").setSchema(DataTypeProtos.toProto(schema)).build();
  }

  private static ExecutePlanResponse complete() {
    return ExecutePlanResponse.newBuilder().setOperationId("op-1")
        .setResultComplete(ExecutePlanResponse.ResultComplete.getDefaultInstance()).build();
  }

  private static RowStream rows(ExecutePlanResponse... responses) {
    Iterator<ExecutePlanResponse> each = List.of(responses).iterator();
    return new RowStream(new ResponseStream() {
      @Override
      public String operationId() {
        return "op-1";
      }

      @Override
      public void close() {}

      @Override
      public boolean hasNext() {
        return each.hasNext();
      }

      @Override
      public ExecutePlanResponse next() {
        return each.next();
      }
    });
  }

  @Test
  void dataOfTheDeclaredShapeIsRead() {
    RowStream rows = rows(declared(new StructType().add("v", DataTypes.LongType)), batch(LONGS, 7L),
        batch(LONGS, 8L), complete());
    assertThat(rows.next().getLong(0)).isEqualTo(7L);
    assertThat(rows.next().getLong(0)).isEqualTo(8L);
    assertThat(rows.hasNext()).isFalse();
  }

  @Test
  void dataThatContradictsTheDeclaredSchemaIsRefused() {
    RowStream rows = rows(declared(new StructType().add("v", DataTypes.LongType)), batch(STRINGS, "seven"), complete());

    assertThatThrownBy(rows::hasNext).isInstanceOf(ArrowFormatException.class)
        .hasMessageContaining("operation op-1 declares column 0 'v' as bigint but its Arrow data holds string");
  }

  @Test
  void aLaterBatchOfAnotherSchemaIsRefused() {
    RowStream rows = rows(batch(LONGS, 7L), batch(STRINGS, "seven"), complete());

    assertThat(rows.next().getLong(0)).isEqualTo(7L);
    assertThatThrownBy(rows::next).isInstanceOf(ArrowFormatException.class).hasMessageContaining("differs from the expected");
  }

  @Test
  void lengthsRangesAndCollationsArrowCannotCarryAreNotMismatches() {
    RowStream rows = rows(declared(new StructType().add("v", new dev.sparkconnect.client.types.VarcharType(3))), batch(STRINGS, "abc"),
        complete());
    assertThat(rows.next().getString(0)).isEqualTo("abc");
  }
}
