package dev.sparkconnect.protocol.arrow;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sparkconnect.arrow.ArrowField;
import dev.sparkconnect.arrow.ArrowSchema;
import dev.sparkconnect.arrow.ArrowType;
import dev.sparkconnect.client.types.CharType;
import dev.sparkconnect.client.types.DataType;
import dev.sparkconnect.client.types.DataTypes;
import dev.sparkconnect.client.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SparkArrowTypesTest {

  @ParameterizedTest
  @ValueSource(strings = {"BOOLEAN", "TINYINT", "SMALLINT", "INT", "BIGINT", "FLOAT", "DOUBLE", "STRING", "BINARY",
      "DECIMAL(38,18)", "DECIMAL(5,2)", "DATE", "TIMESTAMP", "TIMESTAMP_NTZ", "VOID", "VARIANT",
      "INTERVAL YEAR TO MONTH", "INTERVAL DAY TO SECOND", "ARRAY<BIGINT>", "MAP<STRING, ARRAY<DOUBLE>>",
      "STRUCT<a: INT NOT NULL, b: STRUCT<c: STRING>>"})
  void everyTypeGoesToArrowAndComesBackTheSame(String ddl) {
    StructType schema = StructType.fromDDL("x " + ddl + ", y " + ddl + " NOT NULL");

    ArrowSchema arrow = SparkArrowTypes.arrowSchema(schema);

    assertThat(SparkArrowTypes.structType(arrow)).isEqualTo(schema);
  }

  @Test
  void theLayoutIsSparks() {
    ArrowSchema arrow = SparkArrowTypes.arrowSchema(StructType.fromDDL("t TIMESTAMP, n TIMESTAMP_NTZ, d DECIMAL(10,2)"));

    assertThat(arrow.fields()).extracting(ArrowField::type).containsExactly(
        new ArrowType.Timestamp(ArrowType.TimeUnit.MICROSECOND, "UTC"),
        new ArrowType.Timestamp(ArrowType.TimeUnit.MICROSECOND, null),
        new ArrowType.Decimal(10, 2, 128));
  }

  @Test
  void charAndVarcharTravelAsStrings() {
    DataType back = SparkArrowTypes.dataType(SparkArrowTypes.arrowField("c", new CharType(3), true));

    assertThat(back).isEqualTo(DataTypes.StringType);
  }
}
