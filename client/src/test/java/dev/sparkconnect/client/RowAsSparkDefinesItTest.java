package dev.sparkconnect.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sparkconnect.client.internal.Rows;
import dev.sparkconnect.client.types.DataTypes;
import dev.sparkconnect.client.types.StructType;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;

/**
 * Row's methods behave as Apache Spark's Row: equality, text, JSON and the java.sql getters. The
 * expected JSON texts were printed by Apache Spark 4.2.0's own {@code Row.json()} and
 * {@code Row.prettyJson()} for the same values and schema (in UTC).
 */
class RowAsSparkDefinesItTest {

  private static final StructType INNER = new StructType().add("x", DataTypes.IntegerType)
      .add("y", DataTypes.StringType);

  private static final StructType SCHEMA = new StructType()
      .add("i", DataTypes.IntegerType).add("l", DataTypes.LongType).add("f", DataTypes.FloatType)
      .add("d", DataTypes.DoubleType).add("dec", DataTypes.createDecimalType(10, 2)).add("s", DataTypes.StringType)
      .add("b", DataTypes.BinaryType).add("date", DataTypes.DateType).add("ts", DataTypes.TimestampType)
      .add("ntz", DataTypes.TimestampNTZType).add("arr", DataTypes.createArrayType(DataTypes.IntegerType))
      .add("m", DataTypes.createMapType(DataTypes.StringType, DataTypes.IntegerType))
      .add("m2", DataTypes.createMapType(DataTypes.IntegerType, DataTypes.StringType)).add("st", INNER)
      .add("n", DataTypes.StringType).add("bool", DataTypes.BooleanType).add("nan", DataTypes.DoubleType)
      .add("big", DataTypes.DoubleType).add("emptyArr", DataTypes.createArrayType(DataTypes.IntegerType));

  private static Row everyKind() {
    Map<String, Integer> m = new LinkedHashMap<>();
    m.put("z", 2);
    m.put("a", 1);
    Map<Integer, String> m2 = new LinkedHashMap<>();
    m2.put(1, "one");
    m2.put(2, null);
    return Rows.withSchema(new Object[] {1, 2L, 1.1f, 2.5d, new BigDecimal("12.30"), "he\"llo\n", new byte[] {1, 2, 3},
        LocalDate.of(2024, 2, 29), Instant.parse("2024-01-02T03:04:05.123456Z"), LocalDateTime.parse("2024-01-02T03:04:05"),
        List.of(1, 2, 3), m, m2, Rows.withSchema(new Object[] {7, "q"}, INNER), null, true, Double.NaN, 1e20,
        List.of()}, SCHEMA);
  }

  @Test
  void jsonIsSparksCompactForm() {
    inUtc(() -> assertThat(everyKind().json()).isEqualTo("{\"i\":1,\"l\":2,\"f\":1.100000023841858,\"d\":2.5,"
        + "\"dec\":12.30,\"s\":\"he\\\"llo\\n\",\"b\":\"AQID\",\"date\":\"2024-02-29\",\"ts\":\"2024-01-02 03:04:05\","
        + "\"ntz\":\"2024-01-02 03:04:05\",\"arr\":[1,2,3],\"m\":{\"a\":1,\"z\":2},"
        + "\"m2\":[{\"key\":1,\"value\":\"one\"},{\"key\":2,\"value\":null}],\"st\":{\"x\":7,\"y\":\"q\"},"
        + "\"n\":null,\"bool\":true,\"nan\":\"NaN\",\"big\":1.0E20,\"emptyArr\":[]}"));
  }

  @Test
  void prettyJsonIsIndentedAsSparkPrintsIt() {
    inUtc(() -> assertThat(everyKind().prettyJson()).isEqualTo(String.join("\n",
        "{",
        "  \"i\" : 1,",
        "  \"l\" : 2,",
        "  \"f\" : 1.100000023841858,",
        "  \"d\" : 2.5,",
        "  \"dec\" : 12.30,",
        "  \"s\" : \"he\\\"llo\\n\",",
        "  \"b\" : \"AQID\",",
        "  \"date\" : \"2024-02-29\",",
        "  \"ts\" : \"2024-01-02 03:04:05\",",
        "  \"ntz\" : \"2024-01-02 03:04:05\",",
        "  \"arr\" : [ 1, 2, 3 ],",
        "  \"m\" : {",
        "    \"a\" : 1,",
        "    \"z\" : 2",
        "  },",
        "  \"m2\" : [ {",
        "    \"key\" : 1,",
        "    \"value\" : \"one\"",
        "  }, {",
        "    \"key\" : 2,",
        "    \"value\" : null",
        "  } ],",
        "  \"st\" : {",
        "    \"x\" : 7,",
        "    \"y\" : \"q\"",
        "  },",
        "  \"n\" : null,",
        "  \"bool\" : true,",
        "  \"nan\" : \"NaN\",",
        "  \"big\" : 1.0E20,",
        "  \"emptyArr\" : [ ]",
        "}")));
  }

  @Test
  void jsonNeedsASchemaAndAValueWithAJsonForm() {
    assertThatThrownBy(() -> Row.of(1).json()).isInstanceOf(UnsupportedOperationException.class)
        .hasMessageContaining("schema");
    Row interval = Rows.withSchema(new Object[] {Duration.ofSeconds(5)},
        new StructType().add("d", DataTypes.createDayTimeIntervalType()));
    assertThatThrownBy(interval::json).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("FAILED_ROW_TO_JSON").hasMessageContaining("PT5S");
  }

  @Test
  void equalityIsSparksNumbersByValueBytesByContentSchemaIgnored() {
    assertThat(Row.of(1, new BigDecimal("1.0"))).isEqualTo(Row.of(1, new BigDecimal("1.00")))
        .hasSameHashCodeAs(Row.of(1, new BigDecimal("1.00")));
    assertThat(Row.of(1, 1L)).isEqualTo(Row.of(1L, 1)).hasSameHashCodeAs(Row.of(1L, 1));
    assertThat(Row.of(0.0d)).isEqualTo(Row.of(-0.0d)).hasSameHashCodeAs(Row.of(-0.0d));
    assertThat(Row.of(Double.NaN)).isEqualTo(Row.of(Double.NaN));
    assertThat(Row.of(2.0d)).isEqualTo(Row.of(2)).hasSameHashCodeAs(Row.of(2));
    assertThat(Row.of((Object) new byte[] {1, 2})).isEqualTo(Row.of((Object) new byte[] {1, 2}));
    assertThat(Row.of(List.of(1, 2))).isEqualTo(Row.of(List.of(1L, 2L)));
    assertThat(Rows.withSchema(new Object[] {1}, new StructType().add("a", DataTypes.IntegerType)))
        .isEqualTo(Row.of(1));

    assertThat(Row.of(1, 2)).isNotEqualTo(Row.of(1, 3)).isNotEqualTo(Row.of(1));
    assertThat(Row.of(new BigDecimal("1"))).isNotEqualTo(Row.of(1));
    assertThat(Row.of((Object) null)).isNotEqualTo(Row.of(0));
  }

  @Test
  void textAndNullChecks() {
    Row row = Row.of(1, null, "a");
    assertThat(row.mkString()).isEqualTo("1nulla");
    assertThat(row.mkString("|")).isEqualTo("1|null|a");
    assertThat(row.mkString("<", "|", ">")).isEqualTo("<1|null|a>");
    assertThat(row).hasToString("[1,null,a]");
    assertThat(row.anyNull()).isTrue();
    assertThat(Row.of(1, "a").anyNull()).isFalse();
    assertThat(Row.empty().size()).isZero();
    assertThat(row.apply(2)).isEqualTo("a");
  }

  @Test
  void javaSqlGettersAndMapsByName() {
    Row row = Rows.withSchema(new Object[] {LocalDate.of(2024, 2, 29), Instant.parse("2024-01-02T03:04:05.5Z"),
        Map.of("k", 1)}, new StructType().add("d", DataTypes.DateType).add("t", DataTypes.TimestampType)
        .add("m", DataTypes.createMapType(DataTypes.StringType, DataTypes.IntegerType)));

    assertThat(row.getDate(0)).isEqualTo(java.sql.Date.valueOf("2024-02-29"));
    assertThat(row.getTimestamp(1)).isEqualTo(java.sql.Timestamp.from(Instant.parse("2024-01-02T03:04:05.5Z")));
    assertThat(row.<String, Integer>getJavaMap(2)).containsEntry("k", 1);
    assertThat(row.getValuesMap(List.of("m", "d"))).containsOnlyKeys("m", "d")
        .containsEntry("d", LocalDate.of(2024, 2, 29));
    assertThat(Row.of((Object) null).getDate(0)).isNull();
    assertThatThrownBy(() -> Row.of(1).getValuesMap(List.of("a"))).isInstanceOf(UnsupportedOperationException.class);
  }

  private static void inUtc(Runnable check) {
    TimeZone before = TimeZone.getDefault();
    TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
    try {
      check.run();
    } finally {
      TimeZone.setDefault(before);
    }
  }
}
