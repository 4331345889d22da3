package dev.sparkconnect.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sparkconnect.client.internal.encoders.Codecs;
import dev.sparkconnect.client.internal.encoders.RowReader;
import dev.sparkconnect.client.tuples.Tuple2;
import dev.sparkconnect.client.types.ArrayType;
import dev.sparkconnect.client.types.DataTypes;
import dev.sparkconnect.client.types.DecimalType;
import dev.sparkconnect.client.types.MapType;
import dev.sparkconnect.client.types.StructType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Encoders lay out Java types as Spark's encoders do, and read rows back into the same values:
 * every value that goes out as a row comes back equal, whatever order the columns come in.
 */
class EncodersTest {

  public enum Level { LOW, HIGH }

  public record Address(String city, int zip) {}

  public record Person(String name, int age, Address address, List<String> tags, Map<String, Long> scores,
      Level level, BigDecimal balance, LocalDate born, java.sql.Timestamp seen, byte[] photo, Set<Integer> lucky,
      BigInteger big) {}

  /** A bean with properties declared out of name order, a primitive and a nested record. */
  public static class Account {
    private long id;
    private String owner;
    private Address home;
    private java.sql.Date opened;

    public Account() {}

    Account(long id, String owner, Address home, java.sql.Date opened) {
      this.id = id;
      this.owner = owner;
      this.home = home;
      this.opened = opened;
    }

    public String getOwner() { return owner; }
    public void setOwner(String owner) { this.owner = owner; }
    public long getId() { return id; }
    public void setId(long id) { this.id = id; }
    public Address getHome() { return home; }
    public void setHome(Address home) { this.home = home; }
    public java.sql.Date getOpened() { return opened; }
    public void setOpened(java.sql.Date opened) { this.opened = opened; }

    @Override
    public boolean equals(Object o) {
      return o instanceof Account a && a.id == id && java.util.Objects.equals(a.owner, owner)
          && java.util.Objects.equals(a.home, home) && java.util.Objects.equals(a.opened, opened);
    }

    @Override
    public int hashCode() {
      return Long.hashCode(id);
    }
  }

  @Test
  void aBeansColumnsAreItsPropertiesInNameOrderAndPrimitivesAreNotNullable() {
    StructType schema = Encoders.bean(Account.class).schema();
    assertThat(schema.fieldNames()).containsExactly("home", "id", "opened", "owner");
    assertThat(schema.apply("id").nullable()).isFalse();
    assertThat(schema.apply("id").dataType()).isEqualTo(DataTypes.LongType);
    assertThat(schema.apply("opened").dataType()).isEqualTo(DataTypes.DateType);
    assertThat(schema.apply("home").dataType()).isEqualTo(new StructType()
        .add("city", DataTypes.StringType).add("zip", DataTypes.IntegerType, false));
  }

  @Test
  void aRecordsColumnsAreItsComponentsInOrderWithSparksTypes() {
    StructType schema = Encoders.bean(Person.class).schema();
    assertThat(schema.fieldNames()).containsExactly("name", "age", "address", "tags", "scores", "level", "balance",
        "born", "seen", "photo", "lucky", "big");
    assertThat(schema.apply("tags").dataType()).isEqualTo(new ArrayType(DataTypes.StringType, true));
    assertThat(schema.apply("scores").dataType()).isEqualTo(new MapType(DataTypes.StringType, DataTypes.LongType, true));
    assertThat(schema.apply("level").dataType()).isEqualTo(DataTypes.StringType);
    assertThat(schema.apply("balance").dataType()).isEqualTo(new DecimalType(38, 18));
    assertThat(schema.apply("seen").dataType()).isEqualTo(DataTypes.TimestampType);
    assertThat(schema.apply("big").dataType()).isEqualTo(new DecimalType(38, 0));
  }

  @Test
  void recordsAndBeansComeBackEqualWhateverTheColumnOrder() {
    Person ann = new Person("Ann", 42, new Address("Oslo", 150), List.of("a", "b"), Map.of("x", 1L), Level.HIGH,
        new BigDecimal("1.500000000000000000"), LocalDate.of(1980, 2, 29),
        java.sql.Timestamp.from(Instant.parse("2024-01-01T10:00:00Z")), new byte[] {1, 2}, Set.of(7),
        new BigInteger("12345678901234567890"));
    Person back = roundTrip(Encoders.bean(Person.class), ann, true);
    assertThat(back).usingRecursiveComparison().isEqualTo(ann);

    Account account = new Account(7, "Bo", new Address("Rome", 100), java.sql.Date.valueOf("2020-05-17"));
    assertThat(roundTrip(Encoders.bean(Account.class), account, true)).isEqualTo(account);
  }

  @Test
  void scalarsAndTuplesComeBackEqual() {
    assertThat(roundTrip(Encoders.STRING(), "x", false)).isEqualTo("x");
    assertThat(roundTrip(Encoders.INT(), 5, false)).isEqualTo(5);
    assertThat(roundTrip(Encoders.INSTANT(), Instant.EPOCH, false)).isEqualTo(Instant.EPOCH);
    Tuple2<String, Address> pair = new Tuple2<>("k", new Address("Lima", 1));
    assertThat(roundTrip(Encoders.tuple(Encoders.STRING(), Encoders.bean(Address.class)), pair, false))
        .isEqualTo(pair);
    assertThat(Encoders.tuple(Encoders.STRING(), Encoders.LONG()).schema().fieldNames()).containsExactly("_1", "_2");
    assertThat(Encoders.LONG().schema().fieldNames()).containsExactly("value");
    assertThat(roundTrip(Encoders.LOCALTIME(), java.time.LocalTime.NOON, false)).isEqualTo(java.time.LocalTime.NOON);
    assertThat(Encoders.CHAR(3).schema().apply(0).dataType()).isEqualTo(new dev.sparkconnect.client.types.CharType(3));
    java.util.ArrayList<String> serializable = new java.util.ArrayList<>(List.of("kept", "as bytes"));
    @SuppressWarnings({"unchecked", "rawtypes"})
    Encoder<java.util.ArrayList<String>> bytes = (Encoder) Encoders.javaSerialization(java.util.ArrayList.class);
    assertThat(bytes.schema().apply(0).dataType()).isEqualTo(DataTypes.BinaryType);
    assertThat(roundTrip(bytes, serializable, false)).isEqualTo(serializable);
  }

  @Test
  void aNarrowerIntegerColumnWidensAndAWiderOneIsRefusedNamingTheField() {
    StructType schema = new StructType().add("city", DataTypes.StringType).add("zip", DataTypes.LongType);
    RowReader<Address> reader = Codecs.readerFor(Encoders.bean(Address.class).codec(), schema);
    assertThatThrownBy(() -> reader.read(Row.of("Oslo", 5_000_000_000L)))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("Field 'zip' of the record Address")
        .hasMessageContaining("out of range");
    record Wide(long zip) {}
    StructType ints = new StructType().add("zip", DataTypes.IntegerType);
    assertThat(Codecs.readerFor(Encoders.bean(Wide.class).codec(), ints).read(Row.of(5))).isEqualTo(new Wide(5));
  }

  @Test
  void aNullForAPrimitiveAndAMissingColumnSayWhatToChange() {
    StructType schema = new StructType().add("city", DataTypes.StringType).add("zip", DataTypes.IntegerType);
    RowReader<Address> reader = Codecs.readerFor(Encoders.bean(Address.class).codec(), schema);
    assertThatThrownBy(() -> reader.read(Row.of("Oslo", null)))
        .hasMessageContaining("Field 'zip'").hasMessageContaining("declare it as Integer");
    StructType other = new StructType().add("town", DataTypes.StringType).add("zip", DataTypes.IntegerType);
    assertThatThrownBy(() -> Codecs.readerFor(Encoders.bean(Address.class).codec(), other))
        .hasMessageContaining("'city'").hasMessageContaining("[town, zip]").hasMessageContaining("withColumnRenamed");
    StructType three = other.add("x", DataTypes.IntegerType);
    assertThatThrownBy(() -> Codecs.readerFor(Encoders.tuple(Encoders.STRING(), Encoders.INT()).codec(), three))
        .hasMessageContaining("select exactly 2 columns");
  }

  @Test
  void columnsBindByNameIgnoringCaseWhenNoExactMatch() {
    StructType schema = new StructType().add("ZIP", DataTypes.IntegerType).add("extra", DataTypes.StringType)
        .add("City", DataTypes.StringType);
    Address read = Codecs.readerFor(Encoders.bean(Address.class).codec(), schema).read(Row.of(9, "ignored", "Pisa"));
    assertThat(read).isEqualTo(new Address("Pisa", 9));
  }

  @Test
  void typesWithNoSparkTypeAreRefusedNamingTheProperty() {
    record Holder(Object anything) {}
    record Loop(String name, List<Loop> children) {}
    assertThatThrownBy(() -> Encoders.bean(Holder.class)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("java.lang.Object");
    assertThatThrownBy(() -> Encoders.bean(Loop.class)).hasMessageContaining("refers to itself");
    assertThatThrownBy(() -> Encoders.bean(String.class)).hasMessageContaining("Encoders.STRING()");
  }

  /** {@code value} out as the row a Dataset would hold, shuffled when asked, and read back. */
  private static <T> T roundTrip(Encoder<T> encoder, T value, boolean reverseColumns) {
    Row row = Codecs.toRow(encoder.codec(), value);
    StructType schema = encoder.schema();
    if (reverseColumns) {
      StructType reversed = new StructType();
      Object[] values = new Object[row.size()];
      for (int i = schema.size() - 1, j = 0; i >= 0; i--, j++) {
        reversed = reversed.add(schema.apply(i));
        values[j] = row.get(i);
      }
      schema = reversed;
      row = Row.of(values);
    }
    return Codecs.readerFor(encoder.codec(), schema).read(row);
  }
}
