package dev.sparkconnect.arrow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.junit.jupiter.api.Test;

/** Streams written by our writer, read back by our reader and by Apache Arrow Java. */
class ArrowStreamWriterTest {

  static final ArrowSchema ALL_TYPES = ArrowSchema.of(List.of(
      ArrowField.of("bool", true, new ArrowType.Bool()),
      ArrowField.of("i8", true, new ArrowType.Int(8, true)),
      ArrowField.of("i16", true, new ArrowType.Int(16, true)),
      ArrowField.of("i32", true, new ArrowType.Int(32, true)),
      ArrowField.of("i64", false, new ArrowType.Int(64, true)),
      ArrowField.of("f32", true, new ArrowType.FloatingPoint(32)),
      ArrowField.of("f64", true, new ArrowType.FloatingPoint(64)),
      ArrowField.of("text", true, new ArrowType.Utf8(false)),
      ArrowField.of("bytes", true, new ArrowType.Binary(false)),
      ArrowField.of("dec", true, new ArrowType.Decimal(38, 10, 128)),
      ArrowField.of("date", true, new ArrowType.Date(ArrowType.TimeUnit.DAY)),
      ArrowField.of("ts", true, new ArrowType.Timestamp(ArrowType.TimeUnit.MICROSECOND, "UTC")),
      ArrowField.of("ntz", true, new ArrowType.Timestamp(ArrowType.TimeUnit.MICROSECOND, null)),
      ArrowField.of("dur", true, new ArrowType.Duration(ArrowType.TimeUnit.MICROSECOND)),
      ArrowField.of("ym", true, new ArrowType.Interval(ArrowType.IntervalUnit.YEAR_MONTH)),
      ArrowField.of("cal", true, new ArrowType.Interval(ArrowType.IntervalUnit.MONTH_DAY_NANO)),
      new ArrowField("list", true, new ArrowType.List(false),
          List.of(ArrowField.of("element", true, new ArrowType.Int(32, true))), Map.of()),
      new ArrowField("map", true, new ArrowType.Map(false), List.of(new ArrowField("entries", false,
          new ArrowType.Struct(), List.of(ArrowField.of("key", false, new ArrowType.Utf8(false)),
              ArrowField.of("value", true, new ArrowType.Int(64, true))), Map.of())), Map.of()),
      new ArrowField("struct", true, new ArrowType.Struct(), List.of(
          ArrowField.of("a", true, new ArrowType.Int(32, true)),
          ArrowField.of("b", true, new ArrowType.Utf8(false))), Map.of("spark", "struct"))));

  static List<Object[]> rows() {
    Map<String, Long> map = new LinkedHashMap<>();
    map.put("z", 26L);
    map.put("a", null);
    List<Object[]> rows = new ArrayList<>();
    rows.add(new Object[] {true, (byte) -1, (short) 300, 70000, Long.MIN_VALUE, -0.0f, Double.NaN, "héllo ✓",
        new byte[] {1, 2, 3}, new BigDecimal("-1234567890123456789012345678.0123456789"), LocalDate.of(1, 1, 1),
        Instant.parse("1969-12-31T23:59:59.999999Z"), LocalDateTime.parse("9999-12-31T23:59:59.999999"),
        Duration.ofSeconds(-1, 1000), Period.ofMonths(-43), new long[] {14, 3, 7_000L},
        Arrays.asList(1, null, 3), map, new Object[] {7, "seven"}});
    rows.add(new Object[] {null, null, null, null, 5L, null, null, null, null, null, null, null, null, null, null,
        null, null, null, null});
    rows.add(new Object[] {false, (byte) 127, (short) -300, -70000, 0L, Float.POSITIVE_INFINITY, 1.5, "", new byte[0],
        new BigDecimal("0.5"), LocalDate.of(9999, 12, 31), Instant.EPOCH, LocalDateTime.of(1970, 1, 1, 0, 0),
        Duration.ZERO, Period.ZERO, new long[] {0, 0, 0}, List.of(), Map.of(), Arrays.asList(null, null)});
    return rows;
  }

  @Test
  void everyTypeRoundTripsThroughOurReader() {
    ArrowStream stream = ArrowStreamReader.read(ArrowStreamWriter.write(ALL_TYPES, rows(), 2));

    assertThat(stream.schema()).isEqualTo(ALL_TYPES);
    assertThat(stream.batches()).extracting(ArrowRecordBatch::rowCount).containsExactly(2, 1);
    ArrowRecordBatch first = stream.batches().get(0);
    assertThat(first.column(0).getBoolean(0)).isTrue();
    assertThat(first.column(1).getByte(0)).isEqualTo((byte) -1);
    assertThat(first.column(2).getShort(0)).isEqualTo((short) 300);
    assertThat(first.column(3).getInt(0)).isEqualTo(70000);
    assertThat(first.column(4).getLong(0)).isEqualTo(Long.MIN_VALUE);
    assertThat(Float.floatToRawIntBits(first.column(5).getFloat(0))).isEqualTo(Float.floatToRawIntBits(-0.0f));
    assertThat(first.column(6).getDouble(0)).isNaN();
    assertThat(first.column(7).getString(0)).isEqualTo("héllo ✓");
    assertThat(first.column(8).getBytes(0)).containsExactly(1, 2, 3);
    assertThat(first.column(9).getDecimal(0)).isEqualTo(new BigDecimal("-1234567890123456789012345678.0123456789"));
    assertThat(first.column(10).getInt(0)).isEqualTo((int) LocalDate.of(1, 1, 1).toEpochDay());
    assertThat(first.column(11).getLong(0)).isEqualTo(-1L);
    assertThat(first.column(13).getLong(0)).isEqualTo(-999_999L);
    assertThat(first.column(14).getInt(0)).isEqualTo(-43);
    assertThat(first.column(15).getIntervalMonths(0)).isEqualTo(14);
    assertThat(first.column(15).getIntervalNanos(0)).isEqualTo(7000L);
    ArrowVector list = first.column(16);
    assertThat(list.elementEnd(0) - list.elementStart(0)).isEqualTo(3);
    assertThat(list.child(0).isNull(1)).isTrue();
    ArrowVector entries = first.column(17).child(0);
    assertThat(entries.child(0).getString(0)).isEqualTo("z");
    assertThat(entries.child(1).isNull(1)).isTrue();
    assertThat(first.column(18).child(1).getString(0)).isEqualTo("seven");
    for (int c = 0; c < ALL_TYPES.fields().size(); c++) {
      if (c != 4) {
        assertThat(first.column(c).isNull(1)).as("column %d of the null row", c).isTrue();
      }
    }
    assertThat(stream.batches().get(1).column(9).getDecimal(0)).isEqualTo(new BigDecimal("0.5000000000"));
  }

  @Test
  void apacheArrowJavaReadsWhatWeWrite() throws Exception {
    byte[] bytes = ArrowStreamWriter.write(ALL_TYPES, rows());
    try (RootAllocator allocator = new RootAllocator();
        org.apache.arrow.vector.ipc.ArrowStreamReader reader =
            new org.apache.arrow.vector.ipc.ArrowStreamReader(new ByteArrayInputStream(bytes), allocator)) {
      assertThat(reader.loadNextBatch()).isTrue();
      VectorSchemaRoot root = reader.getVectorSchemaRoot();
      assertThat(root.getRowCount()).isEqualTo(3);
      assertThat(root.getVector("text").getObject(0).toString()).isEqualTo("héllo ✓");
      assertThat(root.getVector("dec").getObject(0)).isEqualTo(new BigDecimal("-1234567890123456789012345678.0123456789"));
      assertThat(root.getVector("list").getObject(0)).isEqualTo(Arrays.asList(1, null, 3));
      assertThat(root.getVector("struct").getObject(0).toString()).contains("\"a\":7").contains("seven");
      assertThat(root.getVector("i64").getObject(1)).isEqualTo(5L);
      assertThat(root.getVector("bool").isNull(1)).isTrue();
      assertThat(reader.loadNextBatch()).isFalse();
    }
  }

  @Test
  void anEmptyResultStillCarriesItsSchema() {
    ArrowStream stream = ArrowStreamReader.read(ArrowStreamWriter.writeEmpty(ALL_TYPES));
    assertThat(stream.schema()).isEqualTo(ALL_TYPES);
    assertThat(stream.rowCount()).isZero();
  }

  @Test
  void valuesThatDoNotFitAreRejectedNamingTheField() {
    ArrowSchema decimal = ArrowSchema.of(List.of(ArrowField.of("price", true, new ArrowType.Decimal(5, 2, 128))));
    assertThatThrownBy(() -> ArrowStreamWriter.write(decimal, List.<Object[]>of(new Object[] {new BigDecimal("1.005")})))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'price'")
        .hasMessageContaining("1.005");
    assertThatThrownBy(() -> ArrowStreamWriter.write(decimal, List.<Object[]>of(new Object[] {new BigDecimal("1234.5")})))
        .hasMessageContaining("more than 5 digits");
    assertThatThrownBy(() -> ArrowStreamWriter.write(decimal, List.<Object[]>of(new Object[] {"text"})))
        .hasMessageContaining("cannot hold String");
  }
}
