package dev.sparkconnect.client;

import static dev.sparkconnect.client.functions.col;
import static dev.sparkconnect.client.functions.struct;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sparkconnect.client.tuples.Tuple2;
import dev.sparkconnect.client.tuples.Tuple3;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Typed Datasets on a real server: beans and records go up as Arrow data and come back equal,
 * results of any column order bind by name, typed columns, {@code joinWith} and parsing a Dataset
 * of lines give what Spark gives.
 */
class TypedDatasetsContractTest extends RealServerTest {

  public enum Tier { BRONZE, GOLD }

  public record Address(String city, int zip) {}

  public record Customer(long id, String name, Address address, List<String> tags, Map<String, Integer> visits,
      Tier tier, BigDecimal balance, LocalDate since, Instant lastSeen) {}

  /** A bean, as Java Spark code has them. */
  public static class Order {
    private long id;
    private long customerId;
    private double amount;
    private String note;

    public Order() {}

    Order(long id, long customerId, double amount, String note) {
      this.id = id;
      this.customerId = customerId;
      this.amount = amount;
      this.note = note;
    }

    public long getId() { return id; }
    public void setId(long id) { this.id = id; }
    public long getCustomerId() { return customerId; }
    public void setCustomerId(long customerId) { this.customerId = customerId; }
    public double getAmount() { return amount; }
    public void setAmount(double amount) { this.amount = amount; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }

    @Override
    public boolean equals(Object o) {
      return o instanceof Order other && other.id == id && other.customerId == customerId && other.amount == amount
          && java.util.Objects.equals(other.note, note);
    }

    @Override
    public int hashCode() {
      return Long.hashCode(id);
    }

    @Override
    public String toString() {
      return "Order" + id;
    }
  }

  private static final List<Customer> CUSTOMERS = List.of(
      new Customer(1, "Ann", new Address("Oslo", 150), List.of("vip", "eu"), Map.of("web", 3), Tier.GOLD,
          new BigDecimal("12.500000000000000000"), LocalDate.of(2019, 4, 1), Instant.parse("2024-05-01T08:30:00Z")),
      new Customer(2, "Bo", new Address("Lima", 15001), List.of(), Map.of(), Tier.BRONZE,
          new BigDecimal("0E-18"), LocalDate.of(2023, 1, 31), Instant.parse("2024-06-02T23:59:59.123456Z")),
      new Customer(3, "Cy", null, null, null, null, null, null, null));

  private static final List<Order> ORDERS = List.of(new Order(10, 1, 9.5, "first"), new Order(11, 1, 20.25, null),
      new Order(12, 2, 3.0, "small"), new Order(13, 9, 1.0, "nobody's"));

  @Test
  void recordsGoUpAndComeBackEqual() {
    Dataset<Customer> customers = spark.createDataset(CUSTOMERS, Encoders.bean(Customer.class));
    assertThat(customers.collectAsList()).isEqualTo(CUSTOMERS);
    assertThat(customers.schema().fieldNames()).containsExactly("id", "name", "address", "tags", "visits", "tier",
        "balance", "since", "lastSeen");
    assertThat(customers.filter(col("address.city").equalTo("Lima")).first()).isEqualTo(CUSTOMERS.get(1));
  }

  @Test
  void beansKeepTheirTypeThroughFiltersSortsAndSetOperations() {
    Dataset<Order> orders = spark.createDataset(ORDERS, Encoders.bean(Order.class));
    List<Order> big = orders.filter(col("amount").gt(5)).orderBy(col("amount").desc()).collectAsList();
    assertThat(big).containsExactly(ORDERS.get(1), ORDERS.get(0));
    assertThat(orders.union(orders).distinct().count()).isEqualTo(4);
    assertThat(orders.except(orders.limit(1)).collectAsList()).hasSize(3);
    assertThat(orders.orderBy("id").take(2)).containsExactly(ORDERS.get(0), ORDERS.get(1));
    assertThat(orders.orderBy("id").tail(1)).containsExactly(ORDERS.get(3));
    Order[] all = orders.orderBy("id").collect();
    assertThat(all).containsExactlyElementsOf(ORDERS);
  }

  @Test
  void aQuerysColumnsBindByNameInAnyOrderWithExtraColumnsIgnored() {
    List<Order> read = spark.sql("SELECT 'x' AS extra, 'n' AS NOTE, CAST(7 AS INT) AS customerId, 2.5D AS amount, "
        + "100L AS id").as(Encoders.bean(Order.class)).collectAsList();
    assertThat(read).containsExactly(new Order(100, 7, 2.5, "n"));
  }

  @Test
  void typedColumnsGiveScalarsTuplesAndFlattenedStructs() {
    DataFrame orders = spark.createDataset(ORDERS, Encoders.bean(Order.class)).toDF().orderBy("id");
    List<String> notes = orders.select(col("note").as(Encoders.STRING())).collectAsList();
    assertThat(notes).containsExactly("first", null, "small", "nobody's");
    List<Tuple2<Long, Double>> pairs = orders.select(col("id").as(Encoders.LONG()), col("amount").as(Encoders.DOUBLE()))
        .collectAsList();
    assertThat(pairs.get(1)).isEqualTo(new Tuple2<>(11L, 20.25));
    Dataset<Address> flattened = orders.select(struct(col("note").as("city"), col("id").cast("int").as("zip"))
        .as(Encoders.bean(Address.class)));
    assertThat(flattened.schema().fieldNames()).containsExactly("city", "zip");
    assertThat(flattened.first()).isEqualTo(new Address("first", 10));
    List<Tuple3<Long, String, Integer>> triples = orders.select(col("id").as(Encoders.LONG()),
        col("note").as(Encoders.STRING()), col("customerId").cast("int").as(Encoders.INT())).collectAsList();
    assertThat(triples.get(2)).isEqualTo(new Tuple3<>(12L, "small", 2));
  }

  @Test
  void joinWithPairsWholeValuesAndALeftJoinLeavesTheMissingSideNull() {
    Dataset<Order> orders = spark.createDataset(ORDERS, Encoders.bean(Order.class)).as("o");
    Dataset<Customer> customers = spark.createDataset(CUSTOMERS, Encoders.bean(Customer.class)).as("c");
    List<Tuple2<Order, Customer>> pairs = orders.joinWith(customers, col("o.customerId").equalTo(col("c.id")), "left")
        .collectAsList();
    List<Tuple2<Order, Customer>> sorted = new ArrayList<>(pairs);
    sorted.sort(Comparator.comparingLong(p -> p._1().getId()));
    assertThat(sorted).containsExactly(new Tuple2<>(ORDERS.get(0), CUSTOMERS.get(0)),
        new Tuple2<>(ORDERS.get(1), CUSTOMERS.get(0)), new Tuple2<>(ORDERS.get(2), CUSTOMERS.get(1)),
        new Tuple2<>(ORDERS.get(3), null));
    Dataset<String> names = spark.createDataset(List.of("Ann", "Zed"), Encoders.STRING()).as("n");
    assertThat(names.joinWith(customers, col("n.value").equalTo(col("c.name"))).collectAsList())
        .containsExactly(new Tuple2<>("Ann", CUSTOMERS.get(0)));
  }

  @Test
  void aDatasetOfLinesParsesAsCsvAndJson() {
    Dataset<String> csv = spark.createDataset(List.of("c1,c2", "a,1", "b,2"), Encoders.STRING());
    List<Row> rows = spark.read().schema("c1 STRING, c2 INT").option("header", true).csv(csv).collectAsList();
    assertThat(rows).containsExactly(Row.of("a", 1), Row.of("b", 2));
    Dataset<String> json = spark.createDataset(List.of("{'c1': 'x', 'c2': 5}"), Encoders.STRING());
    assertThat(spark.read().option("allowSingleQuotes", true).json(json).as(Encoders.bean(JsonLine.class)).first())
        .isEqualTo(new JsonLine("x", 5L));
  }

  public record JsonLine(String c1, long c2) {}

  @Test
  void scalarEncodersRoundTripThroughTheServer() {
    List<java.time.LocalTime> times = List.of(java.time.LocalTime.of(9, 30, 15, 123_456_000), java.time.LocalTime.MIDNIGHT);
    try (SparkSession withTimes = newSession()) {
      withTimes.conf().set("spark.sql.timeType.enabled", "true");
      assertThat(withTimes.createDataset(times, Encoders.LOCALTIME()).collectAsList()).isEqualTo(times);
    }
    List<java.sql.Timestamp> stamps = List.of(java.sql.Timestamp.from(Instant.parse("2024-02-29T12:00:00.5Z")));
    assertThat(spark.createDataset(stamps, Encoders.TIMESTAMP()).collectAsList()).isEqualTo(stamps);
    List<byte[]> blobs = spark.createDataset(List.of(new byte[] {1, 2, 3}), Encoders.BINARY()).collectAsList();
    assertThat(blobs.get(0)).containsExactly(1, 2, 3);
    assertThat(spark.range(3).as(Encoders.LONG()).orderBy("id").collectAsList()).containsExactly(0L, 1L, 2L);
    assertThat(spark.sql("SELECT CAST(7 AS SMALLINT) AS v").as(Encoders.LONG()).first()).isEqualTo(7L);
  }

  @Test
  void aLargeResultStreamsIntoValuesBatchByBatch() {
    Dataset<Order> orders = spark.range(0, 50_000).selectExpr("id", "id % 7 AS customerId",
        "CAST(id AS DOUBLE) / 2 AS amount", "CAST(id AS STRING) AS note").as(Encoders.bean(Order.class));
    long sum = 0;
    int count = 0;
    try (Dataset.CloseableIterator<Order> values = orders.toLocalIterator()) {
      while (values.hasNext()) {
        Order order = values.next();
        assertThat(order.getNote()).isEqualTo(Long.toString(order.getId()));
        sum += order.getId();
        count++;
      }
    }
    assertThat(count).isEqualTo(50_000);
    assertThat(sum).isEqualTo(IntStream.range(0, 50_000).asLongStream().sum());
  }

  @Test
  void emptyDatasetsAndMismatchedColumnsSayWhatTheyAre() {
    Dataset<Customer> none = spark.emptyDataset(Encoders.bean(Customer.class));
    assertThat(none.collectAsList()).isEmpty();
    assertThat(none.schema().fieldNames()).contains("address", "lastSeen");
    Dataset<Address> wrong = spark.sql("SELECT 'Oslo' AS town, 1 AS zip").as(Encoders.bean(Address.class));
    assertThatThrownBy(wrong::collectAsList).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("'city'").hasMessageContaining("[town, zip]");
    Dataset<Address> nullZip = spark.sql("SELECT 'Oslo' AS city, CAST(NULL AS INT) AS zip")
        .as(Encoders.bean(Address.class));
    assertThatThrownBy(nullZip::first).hasMessageContaining("Field 'zip'").hasMessageContaining("Integer");
  }
}
