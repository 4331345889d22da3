package dev.sparkconnect.client.internal.upload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sparkconnect.client.Row;
import dev.sparkconnect.client.types.ArrayType;
import dev.sparkconnect.client.types.DataTypes;
import dev.sparkconnect.client.types.DecimalType;
import dev.sparkconnect.client.types.MapType;
import dev.sparkconnect.client.types.StructType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Local rows take every Java value Apache Spark's client takes for a column type, and refuse the rest by name. */
class LocalRelationsTest {

  private static final StructType DATES = new StructType().add("day", DataTypes.DateType)
      .add("at", DataTypes.TimestampType);

  @Test
  void javaSqlDatesAndTimestampsMeanWhatTheirJavaTimeTwinsMean() {
    LocalDate day = LocalDate.of(2024, 2, 29);
    Instant at = Instant.parse("2024-02-29T12:34:56.789Z");

    byte[] fromSql = LocalRelations.of(List.of(Row.of(java.sql.Date.valueOf(day), java.sql.Timestamp.from(at))), DATES)
        .getData().toByteArray();
    byte[] fromTime = LocalRelations.of(List.of(Row.of(day, at)), DATES).getData().toByteArray();
    byte[] fromOffset = LocalRelations.of(List.of(Row.of(day, OffsetDateTime.ofInstant(at, ZoneOffset.ofHours(3)))),
        DATES).getData().toByteArray();

    assertThat(fromSql).isEqualTo(fromTime);
    assertThat(fromOffset).isEqualTo(fromTime);
  }

  @Test
  void numbersThatFitTheirColumnAreTaken() {
    StructType schema = new StructType().add("l", DataTypes.LongType).add("d", new DecimalType(10, 2))
        .add("x", DataTypes.DoubleType);

    assertThat(LocalRelations.toArrowValue(7, DataTypes.LongType, "l")).isEqualTo(7L);
    assertThat(LocalRelations.toArrowValue(BigInteger.TEN, DataTypes.LongType, "l")).isEqualTo(10L);
    assertThat(LocalRelations.toArrowValue(new BigDecimal("1.005"), new DecimalType(10, 2), "d"))
        .isEqualTo(new BigDecimal("1.01"));
    assertThat(LocalRelations.toArrowValue(3L, new DecimalType(10, 2), "d")).isEqualTo(new BigDecimal("3.00"));
    assertThat(LocalRelations.of(List.of(Row.of(1, 2L, 3)), schema).hasData()).isTrue();
  }

  @Test
  void collectionsArraysMapsAndNestedRowsAreTaken() {
    StructType schema = new StructType().add("xs", new ArrayType(DataTypes.IntegerType, true))
        .add("m", new MapType(DataTypes.StringType, DataTypes.LongType, true))
        .add("s", new StructType().add("a", DataTypes.DateType));

    assertThat(LocalRelations.of(List.of(
        Row.of(new int[] {1, 2}, Map.of("k", 1L), Row.of(java.sql.Date.valueOf("2024-01-31"))),
        Row.of(List.of(3), Map.of(), Row.of(LocalDate.of(2024, 1, 1))),
        Row.of(new Integer[] {4, null}, null, null)), schema).hasData()).isTrue();
  }

  @Test
  void aValueOfTheWrongKindIsRefusedNamingTheFieldAndWhatItTakes() {
    StructType schema = new StructType().add("n", DataTypes.IntegerType)
        .add("s", new StructType().add("day", DataTypes.DateType));

    assertThatThrownBy(() -> LocalRelations.of(List.of(Row.of("seven", null)), schema))
        .hasMessageContaining("Row 0: field 'n' of type int cannot hold java.lang.String value seven")
        .hasMessageContaining("it takes Byte, Short, Integer, Long");
    assertThatThrownBy(() -> LocalRelations.of(List.of(Row.of(1, Row.of("2024-01-31"))), schema))
        .hasMessageContaining("field 's.day' of type date").hasMessageContaining("java.time.LocalDate or java.sql.Date");
    assertThatThrownBy(() -> LocalRelations.toArrowValue(300, DataTypes.ByteType, "b"))
        .hasMessageContaining("field 'b' of type tinyint cannot hold 300: it is out of the type's range");
    assertThatThrownBy(() -> LocalRelations.toArrowValue(new BigDecimal("123456789.5"), new DecimalType(5, 2), "d"))
        .hasMessageContaining("needs more than 5 digits");
    assertThatThrownBy(() -> LocalRelations.toArrowValue(1.5, DataTypes.LongType, "l"))
        .hasMessageContaining("cannot hold java.lang.Double value 1.5");
  }
}
