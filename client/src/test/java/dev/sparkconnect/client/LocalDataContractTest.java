package dev.sparkconnect.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sparkconnect.client.types.ArrayType;
import dev.sparkconnect.client.types.CalendarInterval;
import dev.sparkconnect.client.types.DataTypes;
import dev.sparkconnect.client.types.DayTimeIntervalType;
import dev.sparkconnect.client.types.DecimalType;
import dev.sparkconnect.client.types.MapType;
import dev.sparkconnect.client.types.StructType;
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

/** Local rows sent to a real server come back exactly as they were sent. */
class LocalDataContractTest extends RealServerTest {


  private static final StructType ADDRESS = new StructType().add("city", DataTypes.StringType).add("zip", DataTypes.IntegerType);

  private static final StructType SCHEMA = new StructType()
      .add("b", DataTypes.BooleanType)
      .add("i8", DataTypes.ByteType)
      .add("i16", DataTypes.ShortType)
      .add("i32", DataTypes.IntegerType)
      .add("i64", DataTypes.LongType, false)
      .add("f32", DataTypes.FloatType)
      .add("f64", DataTypes.DoubleType)
      .add("s", DataTypes.StringType)
      .add("bin", DataTypes.BinaryType)
      .add("dec", new DecimalType(38, 18))
      .add("d", DataTypes.DateType)
      .add("ts", DataTypes.TimestampType)
      .add("ntz", DataTypes.TimestampNTZType)
      .add("dt", new DayTimeIntervalType())
      .add("ym", new YearMonthIntervalType())
      .add("cal", DataTypes.CalendarIntervalType)
      .add("arr", new ArrayType(DataTypes.LongType, true))
      .add("m", new MapType(DataTypes.StringType, new ArrayType(DataTypes.IntegerType, false), true))
      .add("addr", ADDRESS);

  @Test
  void everyTypeRoundTripsThroughTheServer() {
    Map<String, List<Integer>> map = new LinkedHashMap<>();
    map.put("k2", List.of(2, 3));
    map.put("k1", null);
    List<Row> rows = List.of(
        Row.of(true, (byte) -128, (short) 32767, Integer.MIN_VALUE, Long.MAX_VALUE, Float.NaN, -0.0d, "ünïcödé ✓",
            new byte[] {0, -1, 127}, new BigDecimal("12345678901234567890.123456789012345678"), LocalDate.of(1, 1, 1),
            Instant.parse("1969-12-31T23:59:59.999999Z"), LocalDateTime.parse("9999-12-31T23:59:59.999999"),
            Duration.ofDays(-3).plusNanos(1000), Period.of(-3, -7, 0), new CalendarInterval(14, -3, 123_456_789L),
            Arrays.asList(1L, null, Long.MIN_VALUE), map, Row.of("Zürich", 8001)),
        Row.of(null, null, null, null, 0L, null, null, null, null, null, null, null, null, null, null, null, null,
            null, null),
        Row.of(false, (byte) 0, (short) 0, 0, -1L, Float.NEGATIVE_INFINITY, Double.MAX_VALUE, "", new byte[0],
            new BigDecimal("0E-18"), LocalDate.of(9999, 12, 31), Instant.EPOCH, LocalDateTime.of(1970, 1, 1, 0, 0),
            Duration.ZERO, Period.ZERO, new CalendarInterval(0, 0, 0), List.of(), Map.of(), Row.of(null, null)));

    DataFrame df = spark.createDataFrame(rows, SCHEMA);
    List<Row> back = df.collectAsList();

    assertThat(back).containsExactlyElementsOf(rows);
    assertThat(back.get(0).schema()).isEqualTo(SCHEMA);
    assertThat(df.schema()).isEqualTo(SCHEMA);
    assertThat(df.count()).isEqualTo(3);
  }

  @Test
  void variantsTravelBothWaysUnchanged() {
    Row fromServer = spark.sql("SELECT parse_json('{\"k\":[1,2.5,\"three\"]}') AS v").collectAsList().get(0);
    StructType schema = new StructType().add("v", DataTypes.VariantType);

    List<Row> back = spark.createDataFrame(List.of(Row.of(fromServer.get(0)), Row.of((Object) null)), schema)
        .collectAsList();

    assertThat(back).containsExactly(Row.of(fromServer.get(0)), Row.of((Object) null));
  }

  /** A record as users write them. */
  record Trade(String symbol, long quantity, BigDecimal price, LocalDate day, List<String> tags, Address venue) {}

  /** A nested record. */
  record Address(String city, int zip) {}

  /** A bean as users write them. */
  public static final class Account {
    private String owner;
    private Integer balance;

    public Account() {}

    Account(String owner, Integer balance) {
      this.owner = owner;
      this.balance = balance;
    }

    public String getOwner() {
      return owner;
    }

    public Integer getBalance() {
      return balance;
    }
  }

  @Test
  void recordsBecomeRowsInComponentOrder() {
    List<Trade> trades = List.of(
        new Trade("ACME", 10, new BigDecimal("9.99"), LocalDate.of(2024, 2, 29), List.of("a", "b"), new Address("Bern", 3000)),
        new Trade("INIT", -1, null, null, null, null));

    DataFrame df = spark.createDataFrame(trades, Trade.class);

    assertThat(df.columns()).containsExactly("symbol", "quantity", "price", "day", "tags", "venue");
    assertThat(df.schema().apply(1).nullable()).isFalse();
    assertThat(df.schema().apply(2).dataType()).isEqualTo(new DecimalType(38, 18));
    List<Row> rows = df.collectAsList();
    assertThat(rows.get(0).getDecimal(2)).isEqualByComparingTo("9.99");
    assertThat(rows.get(0).<String>getList(4)).containsExactly("a", "b");
    assertThat(rows.get(0).getStruct(5)).isEqualTo(Row.of("Bern", 3000));
    assertThat(rows.get(1)).isEqualTo(Row.of("INIT", -1L, null, null, null, null));
  }

  @Test
  void beansBecomeRowsInPropertyNameOrder() {
    DataFrame df = spark.createDataFrame(List.of(new Account("ann", 5), new Account("bob", null)), Account.class);
    assertThat(df.columns()).containsExactly("balance", "owner");
    assertThat(df.collectAsList()).containsExactly(Row.of(5, "ann"), Row.of(null, "bob"));
  }

  @Test
  void largeLocalDataIsUploadedOnceAsACachedArtifact() {
    CallCounter calls = new CallCounter();
    try (SparkSession counted = SparkSession.builder()
        .remote(dev.sparkconnect.localserver.LocalSparkConnectServer.shared().remote())
        .interceptor(calls)
        .create()) {
      counted.sql("SET spark.sql.session.localRelationCacheThreshold=10000");
      StructType schema = new StructType().add("id", DataTypes.LongType, false).add("text", DataTypes.StringType);
      List<Row> rows = new java.util.ArrayList<>();
      for (long i = 0; i < 20_000; i++) {
        rows.add(Row.of(i, "row " + i));
      }

      DataFrame first = counted.createDataFrame(rows, schema);
      DataFrame again = counted.createDataFrame(rows, schema);

      assertThat(first.plan().hasCachedLocalRelation()).isTrue();
      assertThat(first.collectAsList()).containsExactlyElementsOf(rows);
      assertThat(again.count()).isEqualTo(20_000);
      assertThat(calls.count("AddArtifacts")).as("uploaded once, found the second time").isEqualTo(1);
      assertThat(calls.count("ArtifactStatus")).isEqualTo(2);
      assertThat(counted.createDataFrame(rows.subList(0, 3), schema).plan().hasLocalRelation()).isTrue();
    }
  }

  @Test
  void localDataJoinsServerData() {
    DataFrame local = spark.createDataFrame(List.of(Row.of(1L, "one"), Row.of(3L, "three")),
        new StructType().add("id", DataTypes.LongType).add("name", DataTypes.StringType));
    assertThat(local.count()).isEqualTo(2);
    assertThat(local.schema().fieldNames()).containsExactly("id", "name");
  }

  @Test
  void anEmptyDataFrameHasNoColumnsAndNoRows() {
    DataFrame empty = spark.emptyDataFrame();
    assertThat(empty.columns()).isEmpty();
    assertThat(empty.count()).isZero();
    DataFrame noRows = spark.createDataFrame(List.of(), ADDRESS);
    assertThat(noRows.collectAsList()).isEmpty();
    assertThat(noRows.schema()).isEqualTo(ADDRESS);
  }

  @Test
  void aValueThatDoesNotFitItsColumnIsRejectedBeforeAnythingIsSent() {
    assertThatThrownBy(() -> spark.createDataFrame(List.of(Row.of("not a number")),
            new StructType().add("amount", new DecimalType(10, 2))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Row 0: field 'amount'")
        .hasMessageContaining("cannot hold java.lang.String value not a number").hasMessageContaining("it takes BigDecimal");
    assertThatThrownBy(() -> spark.createDataFrame(List.of(Row.of("Bern", 3000), Row.of("x")), ADDRESS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Row 1 has 1 values")
        .satisfies(e -> assertThat(e).hasMessageContaining("struct<city:string,zip:int>"));
  }

  @Test
  void rowsTakeTheJavaValuesApachesClientTakes() {
    StructType schema = new StructType().add("dt", DataTypes.DateType).add("ts", DataTypes.TimestampType)
        .add("n", DataTypes.LongType).add("xs", new ArrayType(DataTypes.StringType, true))
        .add("m", new MapType(DataTypes.StringType, DataTypes.IntegerType, true));
    DataFrame df = spark.createDataFrame(List.of(
        Row.of(java.sql.Date.valueOf("2024-02-29"), java.sql.Timestamp.from(Instant.parse("2024-02-29T12:00:00Z")),
            7, new String[] {"a", "b"}, Map.of("k", 1))), schema);

    Row row = df.first();
    assertThat(row.getLocalDate(0)).isEqualTo(LocalDate.of(2024, 2, 29));
    assertThat(row.getInstant(1)).isEqualTo(Instant.parse("2024-02-29T12:00:00Z"));
    assertThat(row.getLong(2)).isEqualTo(7L);
    assertThat(row.<String>getList(3)).containsExactly("a", "b");
    assertThat(row.<String, Integer>getMap(4)).containsEntry("k", 1);
    assertThatThrownBy(() -> spark.createDataFrame(List.of(Row.of("not a date", null, null, null, null)), schema))
        .hasMessageContaining("Row 0: field 'dt' of type date cannot hold java.lang.String");
  }
}
