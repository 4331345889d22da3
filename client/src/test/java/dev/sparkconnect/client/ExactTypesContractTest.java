package dev.sparkconnect.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sparkconnect.client.types.ArrayType;
import dev.sparkconnect.client.types.CalendarInterval;
import dev.sparkconnect.client.types.DataTypes;
import dev.sparkconnect.client.types.DayTimeIntervalType;
import dev.sparkconnect.client.types.DecimalType;
import dev.sparkconnect.client.types.MapType;
import dev.sparkconnect.client.types.StructType;
import dev.sparkconnect.client.types.VariantValue;
import dev.sparkconnect.client.types.YearMonthIntervalType;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every Spark type against a real server: the exact Java value, edge values included. */
class ExactTypesContractTest extends RealServerTest {


  private static Row one(String selectList) {
    List<Row> rows = spark.sql("SELECT " + selectList).collectAsList();
    assertThat(rows).hasSize(1);
    return rows.get(0);
  }

  @Test
  void listsAndMapsSentAsLiteralsComeBackAsTheyWent() {
    Map<String, Integer> scores = new LinkedHashMap<>();
    scores.put("b", 2);
    scores.put("a", null);
    Row row = spark.range(1).select(
        functions.lit(List.of(3L, 1L, 2L)).as("ids"),
        functions.typedLit(scores).as("scores"),
        functions.lit(List.of(List.of("x"), List.of())).as("nested")).collectAsList().get(0);

    assertThat(row.schema().apply("ids").dataType()).isEqualTo(new ArrayType(DataTypes.LongType, true));
    assertThat(row.schema().apply("scores").dataType())
        .isEqualTo(new MapType(DataTypes.StringType, DataTypes.IntegerType, true));
    assertThat(row.<List<Long>>getAs("ids")).containsExactly(3L, 1L, 2L);
    assertThat(row.<Map<String, Integer>>getAs("scores")).containsExactlyEntriesOf(scores);
    assertThat(row.<List<List<String>>>getAs("nested")).containsExactly(List.of("x"), List.of());
  }

  @Test
  void javaArraysSentAsLiteralsKeepTheirComponentTypeEvenWhenEmpty() {
    Row row = spark.range(1).select(
        functions.lit(new double[0]).as("none"),
        functions.lit(new int[][] {{1, 2}, {}}).as("nested"),
        functions.lit(new BigDecimal[] {new BigDecimal("1.5"), new BigDecimal("12345.678")}).as("amounts"),
        functions.lit(new Duration[] {Duration.ofSeconds(90)}).as("waits"),
        functions.lit(new LocalDate[] {LocalDate.of(2024, 2, 29)}).as("days")).collectAsList().get(0);

    StructType schema = row.schema();
    assertThat(schema.apply("none").dataType()).isEqualTo(new ArrayType(DataTypes.DoubleType, true));
    assertThat(schema.apply("nested").dataType())
        .isEqualTo(new ArrayType(new ArrayType(DataTypes.IntegerType, true), true));
    assertThat(schema.apply("amounts").dataType()).isEqualTo(new ArrayType(new DecimalType(38, 18), true));
    assertThat(row.<List<Double>>getAs("none")).isEmpty();
    assertThat(row.<List<List<Integer>>>getAs("nested")).containsExactly(List.of(1, 2), List.of());
    assertThat(row.<List<BigDecimal>>getAs("amounts"))
        .containsExactly(new BigDecimal("1.500000000000000000"), new BigDecimal("12345.678000000000000000"));
    assertThat(row.<List<Duration>>getAs("waits")).containsExactly(Duration.ofSeconds(90));
    assertThat(row.<List<LocalDate>>getAs("days")).containsExactly(LocalDate.of(2024, 2, 29));
  }

  @Test
  void collatedStringsKeepTheirCollationBothWays() {
    Row row = one("'Abc' COLLATE UTF8_LCASE AS s, 'x' AS plain");
    assertThat(row.schema().apply("s").dataType()).isEqualTo(DataTypes.createStringType("UTF8_LCASE"));
    assertThat(row.schema().apply("plain").dataType()).isSameAs(DataTypes.StringType);
    assertThat(row.getString(0)).isEqualTo("Abc");

    StructType schema = new StructType().add("s", DataTypes.createStringType("UTF8_LCASE"));
    DataFrame uploaded = spark.createDataFrame(List.of(Row.of("Abc"), Row.of("abd")), schema);
    assertThat(uploaded.schema()).isEqualTo(schema);
    assertThat(uploaded.filter(functions.col("s").equalTo("ABC")).collectAsList()).containsExactly(Row.of("Abc"));
  }

  @Test
  void integersKeepTheirWidthAndExtremes() {
    Row row = one("CAST(-128 AS TINYINT), CAST(127 AS TINYINT), CAST(-32768 AS SMALLINT), "
        + "CAST(-2147483648 AS INT), CAST(9223372036854775807 AS BIGINT)");
    assertThat(row.get(0)).isEqualTo(Byte.MIN_VALUE);
    assertThat(row.get(1)).isEqualTo(Byte.MAX_VALUE);
    assertThat(row.get(2)).isEqualTo(Short.MIN_VALUE);
    assertThat(row.get(3)).isEqualTo(Integer.MIN_VALUE);
    assertThat(row.get(4)).isEqualTo(Long.MAX_VALUE);
  }

  @Test
  void floatingPointKeepsNanInfinitiesAndNegativeZero() {
    Row row = one("CAST('NaN' AS FLOAT), CAST('-Infinity' AS FLOAT), CAST('-0.0' AS FLOAT), "
        + "CAST('Infinity' AS DOUBLE), CAST('-0.0' AS DOUBLE), 4.9E-324D, 1.7976931348623157E308D");
    assertThat((Float) row.get(0)).isNaN();
    assertThat(row.get(1)).isEqualTo(Float.NEGATIVE_INFINITY);
    assertThat(Float.floatToRawIntBits(row.getFloat(2))).isEqualTo(Float.floatToRawIntBits(-0.0f));
    assertThat(row.get(3)).isEqualTo(Double.POSITIVE_INFINITY);
    assertThat(Double.doubleToRawLongBits(row.getDouble(4))).isEqualTo(Double.doubleToRawLongBits(-0.0d));
    assertThat(row.get(5)).isEqualTo(Double.MIN_VALUE);
    assertThat(row.get(6)).isEqualTo(Double.MAX_VALUE);
  }

  @Test
  void decimalsKeepEveryDigitAndTheirScale() {
    Row row = one("CAST('99999999999999999999999999999999999999' AS DECIMAL(38,0)) AS big, "
        + "CAST('-0.00000000000000000000000000000000000001' AS DECIMAL(38,38)) AS tiny, "
        + "CAST(1.1 AS DECIMAL(5,2)) AS scaled, CAST(-123456789.123456789 AS DECIMAL(18,9)) AS mid");
    assertThat(row.getDecimal(0)).isEqualTo(new BigDecimal("99999999999999999999999999999999999999"));
    assertThat(row.getDecimal(1)).isEqualTo(new BigDecimal("-0.00000000000000000000000000000000000001"));
    assertThat(row.getDecimal(2)).isEqualTo(new BigDecimal("1.10"));
    assertThat(row.getDecimal(2).scale()).isEqualTo(2);
    assertThat(row.getDecimal(3)).isEqualTo(new BigDecimal("-123456789.123456789"));
    assertThat(row.schema().apply(1).dataType()).isEqualTo(new DecimalType(38, 38));
  }

  @Test
  void textAndBytes() {
    Row row = one("'', 'ünïcödé 日本 🎉', X'00FF10', CAST('' AS BINARY), CAST('ab' AS VARCHAR(5))");
    assertThat(row.getString(0)).isEmpty();
    assertThat(row.getString(1)).isEqualTo("ünïcödé 日本 🎉");
    assertThat(row.getBinary(2)).containsExactly(0x00, 0xFF, 0x10);
    assertThat(row.getBinary(3)).isEmpty();
    assertThat(row.getString(4)).isEqualTo("ab");
  }

  @Test
  void datesCoverTheirWholeRange() {
    Row row = one("DATE'0001-01-01', DATE'9999-12-31', DATE'1970-01-01', DATE'1582-10-04', DATE'1969-12-31'");
    assertThat(row.getLocalDate(0)).isEqualTo(LocalDate.of(1, 1, 1));
    assertThat(row.getLocalDate(1)).isEqualTo(LocalDate.of(9999, 12, 31));
    assertThat(row.getLocalDate(2)).isEqualTo(LocalDate.EPOCH);
    assertThat(row.getLocalDate(3)).isEqualTo(LocalDate.of(1582, 10, 4));
    assertThat(row.getLocalDate(4)).isEqualTo(LocalDate.of(1969, 12, 31));
  }

  @Test
  void timestampsKeepTheirMicroseconds() {
    Row row = one("TIMESTAMP'1969-12-31 23:59:59.999999', TIMESTAMP'2024-02-29 12:34:56.000001', "
        + "TIMESTAMP'0001-01-01 00:00:00', TIMESTAMP_NTZ'9999-12-31 23:59:59.999999', "
        + "TIMESTAMP_NTZ'1900-01-01 00:00:00.5'");
    assertThat(row.getInstant(0)).isEqualTo(Instant.parse("1969-12-31T23:59:59.999999Z"));
    assertThat(row.getInstant(1)).isEqualTo(Instant.parse("2024-02-29T12:34:56.000001Z"));
    assertThat(row.getInstant(2)).isEqualTo(Instant.parse("0001-01-01T00:00:00Z"));
    assertThat(row.getLocalDateTime(3)).isEqualTo(LocalDateTime.parse("9999-12-31T23:59:59.999999"));
    assertThat(row.getLocalDateTime(4)).isEqualTo(LocalDateTime.parse("1900-01-01T00:00:00.5"));
    assertThat(row.schema().apply(0).dataType()).isEqualTo(DataTypes.TimestampType);
    assertThat(row.schema().apply(3).dataType()).isEqualTo(DataTypes.TimestampNTZType);
  }

  @Test
  void intervalsBecomeDurationsPeriodsAndCalendarIntervals() {
    Row row = one("INTERVAL '1 02:03:04.000005' DAY TO SECOND, INTERVAL '-3-7' YEAR TO MONTH, "
        + "make_interval(1, 2, 0, 3, 4, 5, 6.000007)");
    assertThat(row.getDuration(0)).isEqualTo(Duration.ofDays(1).plusHours(2).plusMinutes(3).plusSeconds(4).plusNanos(5000));
    assertThat(row.getPeriod(1)).isEqualTo(Period.of(-3, -7, 0));
    assertThat(row.get(2)).isEqualTo(new CalendarInterval(14, 3,
        ((4L * 60 + 5) * 60 + 6) * 1_000_000L + 7));
    assertThat(row.schema().apply(0).dataType()).isInstanceOf(DayTimeIntervalType.class);
    assertThat(row.schema().apply(1).dataType()).isInstanceOf(YearMonthIntervalType.class);
  }

  @Test
  void arraysMapsAndStructsNest() {
    Row row = one("array(1, NULL, 3) AS a, map('b', 2, 'a', NULL) AS m, named_struct('x', 1L, 'y', 'z') AS s, "
        + "array(named_struct('k', map(1, array('p', 'q')))) AS deep, array() AS empty");
    assertThat(row.<Integer>getList(0)).containsExactly(1, null, 3);
    Map<String, Integer> expectedMap = new LinkedHashMap<>();
    expectedMap.put("b", 2);
    expectedMap.put("a", null);
    assertThat(row.<String, Integer>getMap(1)).containsExactlyEntriesOf(expectedMap);
    Row struct = row.getStruct(2);
    assertThat(struct.getLong(0)).isEqualTo(1L);
    assertThat(struct.<String>getAs("y")).isEqualTo("z");
    Row inner = row.<Row>getList(3).get(0);
    assertThat(inner.<Integer, List<String>>getMap(0)).containsEntry(1, Arrays.asList("p", "q"));
    assertThat(row.getList(4)).isEmpty();

    StructType schema = row.schema();
    assertThat(schema.apply(0).dataType()).isEqualTo(new ArrayType(DataTypes.IntegerType, true));
    assertThat(schema.apply(1).dataType()).isEqualTo(new MapType(DataTypes.StringType, DataTypes.IntegerType, true));
  }

  @Test
  void nullsOfEveryTypeAreNull() {
    Row row = one("CAST(NULL AS DECIMAL(10,2)), CAST(NULL AS DATE), CAST(NULL AS TIMESTAMP), "
        + "CAST(NULL AS ARRAY<INT>), CAST(NULL AS MAP<STRING,INT>), CAST(NULL AS STRUCT<a:INT>), NULL");
    for (int i = 0; i < row.size(); i++) {
      assertThat(row.isNullAt(i)).as("column %d", i).isTrue();
    }
    assertThat(row.schema().apply(6).dataType()).isEqualTo(DataTypes.NullType);
  }

  @Test
  void variantsKeepTheirExactBytes() {
    Row row = one("parse_json('{\"a\":1,\"b\":[true,null,\"x\"]}') AS v, parse_json('42') AS n, "
        + "parse_json('{\"a\":1,\"b\":[true,null,\"x\"]}') AS again");
    assertThat(row.schema().apply(0).dataType()).isEqualTo(DataTypes.VariantType);
    assertThat(row.get(0)).isInstanceOf(VariantValue.class);
    assertThat(row.get(0)).isEqualTo(row.get(2)).isNotEqualTo(row.get(1));
    VariantValue number = row.getAs("n");
    assertThat(number.value()).isNotEmpty();
    assertThat(number.metadata()).isNotEmpty();
    Row json = one("to_json(parse_json('{\"a\":1,\"b\":[true,null,\"x\"]}'))");
    assertThat(json.getString(0)).isEqualTo("{\"a\":1,\"b\":[true,null,\"x\"]}");
  }

  @Test
  void timesOfDayAreLocalTimesToTheMicrosecond() {
    spark.sql("SET spark.sql.timeType.enabled=true");
    Row row = one("TIME'00:00:00', TIME'23:59:59.999999', CAST(NULL AS TIME(6))");
    assertThat(row.get(0)).isEqualTo(java.time.LocalTime.MIDNIGHT);
    assertThat(row.get(1)).isEqualTo(java.time.LocalTime.parse("23:59:59.999999"));
    assertThat(row.isNullAt(2)).isTrue();
    assertThat(row.schema().apply(1).dataType()).isInstanceOf(dev.sparkconnect.client.types.TimeType.class);
  }

  @Test
  void rowsAreReadableByName() {
    Row row = one("42L AS answer, 'forty-two' AS words");
    assertThat(row.fieldIndex("words")).isEqualTo(1);
    assertThat(row.<Long>getAs("answer")).isEqualTo(42L);
    assertThat(row.getLong("answer")).isEqualTo(42L);
    assertThat(row.getString("words")).isEqualTo("forty-two");
    assertThat(row.isNullAt("words")).isFalse();
    assertThat(row.toString()).isEqualTo("[42,forty-two]");
  }
}
