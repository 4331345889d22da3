package dev.sparkconnect.client.types;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Types and schemas survive their JSON and DDL forms. */
class SchemaFormsTest {

  static final List<DataType> TYPES = List.of(
      DataTypes.NullType, DataTypes.BooleanType, DataTypes.ByteType, DataTypes.ShortType, DataTypes.IntegerType,
      DataTypes.LongType, DataTypes.FloatType, DataTypes.DoubleType, DataTypes.StringType, DataTypes.BinaryType,
      DataTypes.DateType, DataTypes.TimestampType, DataTypes.TimestampNTZType, DataTypes.CalendarIntervalType,
      DataTypes.VariantType, new DecimalType(38, 18), new DecimalType(5, 0), new CharType(3), new VarcharType(10),
      DataTypes.createStringType("UTF8_LCASE"), new TimeType(6), new DayTimeIntervalType(), new DayTimeIntervalType(DayTimeIntervalType.HOUR,
          DayTimeIntervalType.MINUTE), new YearMonthIntervalType(YearMonthIntervalType.MONTH,
          YearMonthIntervalType.MONTH),
      new ArrayType(DataTypes.StringType, true),
      new MapType(DataTypes.IntegerType, new ArrayType(DataTypes.LongType, true), true),
      new ArrayType(new MapType(DataTypes.StringType, new StructType().add("lower", DataTypes.IntegerType, false), true),
          true),
      new StructType().add("a", DataTypes.IntegerType, false).add("odd name`s", new StructType().add("x", DataTypes.DateType)));

  @Test
  void collationNamesCompareWithoutCase() {
    assertThat(DataTypes.createStringType("utf8_lcase")).isEqualTo(DataTypes.createStringType("UTF8_LCASE"))
        .hasSameHashCodeAs(DataTypes.createStringType("UTF8_LCASE"));
    assertThat(DataTypes.createStringType("utf8_binary")).isSameAs(DataTypes.StringType);
    assertThat(DataTypes.createStringType("UNICODE_CI")).isNotEqualTo(DataTypes.StringType);
  }

  @Test
  void everyTypeRoundTripsThroughJson() {
    for (DataType type : TYPES) {
      assertThat(DataType.fromJson(type.json())).as(type.json()).isEqualTo(type);
    }
  }

  @Test
  void jsonKeepsNullabilityEverywhere() {
    StructType schema = new StructType()
        .add("a", new ArrayType(DataTypes.IntegerType, false), false)
        .add("m", new MapType(DataTypes.StringType, DataTypes.StringType, false));
    assertThat(DataType.fromJson(schema.json())).isEqualTo(schema);
  }

  @Test
  void jsonIsSparksOwnForm() {
    StructType schema = new StructType().add("id", DataTypes.LongType, false).add("tags", new ArrayType(DataTypes.StringType, true));
    assertThat(schema.json()).isEqualTo("{\"type\":\"struct\",\"fields\":["
        + "{\"name\":\"id\",\"type\":\"long\",\"nullable\":false,\"metadata\":{}},"
        + "{\"name\":\"tags\",\"type\":{\"type\":\"array\",\"elementType\":\"string\",\"containsNull\":true},"
        + "\"nullable\":true,\"metadata\":{}}]}");
  }

  @Test
  void everyTypeRoundTripsThroughDdl() {
    for (DataType type : TYPES) {
      if (type instanceof StructType) {
        continue;
      }
      assertThat(DataType.fromDDL(type.sql())).as(type.sql()).isEqualTo(type);
    }
    StructType schema = new StructType();
    int i = 0;
    for (DataType type : TYPES) {
      schema = schema.add("c" + i++, type, i % 2 == 0);
    }
    assertThat(StructType.fromDDL(schema.toDDL())).isEqualTo(schema);
  }

  @Test
  void ddlAcceptsWhatPeopleWrite() {
    assertThat(StructType.fromDDL("id bigint not null, `full name` STRING COMMENT 'who', price Decimal(10, 2),"
        + " tags array<string>, attrs map<string, int>, at struct<x: int, y int>"))
        .isEqualTo(new StructType()
            .add("id", DataTypes.LongType, false)
            .add("full name", DataTypes.StringType)
            .add("price", new DecimalType(10, 2))
            .add("tags", new ArrayType(DataTypes.StringType, true))
            .add("attrs", new MapType(DataTypes.StringType, DataTypes.IntegerType, true))
            .add("at", new StructType().add("x", DataTypes.IntegerType).add("y", DataTypes.IntegerType)));
  }

  @Test
  void malformedTextSaysWhereAndWhat() {
    assertThatThrownBy(() -> StructType.fromDDL("id BIGINT, name STRNG"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'STRNG' is not a Spark SQL type");
    assertThatThrownBy(() -> DataType.fromDDL("ARRAY<INT"))
        .hasMessageContaining("expected '>'")
        .hasMessageContaining("position 9");
    assertThatThrownBy(() -> DataType.fromJson("{\"type\":\"tree\"}"))
        .hasMessageContaining("unknown complex type 'tree'");
  }
}
