package dev.sparkconnect.lambdas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sparkconnect.client.Dataset;
import dev.sparkconnect.client.Encoders;
import dev.sparkconnect.client.SparkSession;
import dev.sparkconnect.client.UserDefinedFunction;
import dev.sparkconnect.client.types.DataTypes;
import dev.sparkconnect.client.errors.SparkException;
import dev.sparkconnect.client.tuples.Tuple2;
import dev.sparkconnect.localserver.LocalSparkConnectServer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FilterFunction;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.api.java.function.ForeachFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.api.java.function.MapGroupsFunction;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.api.java.function.ReduceFunction;
import org.apache.spark.sql.api.java.UDF0;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.api.java.UDF2;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Java lambdas run on a real Spark server, as Java Spark code writes them: the client writes
 * Spark's UDF packets with this module and uploads, on its own, the test class that wrote each
 * lambda, the records it reads and the helper class {@link Words} it calls.
 */
@Tag("real-server")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LambdasContractTest {

  public record Sale(String shop, String item, int quantity, double price) {}

  /** A bean, as older Java Spark code has them. */
  public static class Line {
    private String text;

    public Line() {}

    Line(String text) {
      this.text = text;
    }

    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
  }

  private static final List<Sale> SALES = List.of(new Sale("north", "apple", 3, 0.5),
      new Sale("north", "pear", 1, 0.75), new Sale("south", "apple", 10, 0.45), new Sale("south", "fig", 2, 2.0),
      new Sale("east", "apple", 4, 0.5));

  private SparkSession spark;
  private Dataset<Sale> sales;

  @BeforeAll
  void openSession() {
    spark = SparkSession.builder().remote(remote()).create();
    sales = spark.createDataset(SALES, Encoders.bean(Sale.class));
  }

  @AfterAll
  void closeSession() {
    try {
      spark.close();
    } finally {
      stopServer();
    }
  }

  /** The server to run on: the build's shared local one. */
  String remote() {
    return LocalSparkConnectServer.shared().remote();
  }

  /** Stops a server of this class's own, once its session is closed. */
  void stopServer() {}

  @Test
  void mapAndFilterRunJavaLambdasOnTheServer() {
    assertThat(sales.collectAsList()).containsExactlyElementsOf(SALES);
    List<String> shops = sales.filter((FilterFunction<Sale>) s -> s.quantity() >= 3)
        .map((MapFunction<Sale, String>) s -> s.shop() + ":" + s.item(), Encoders.STRING())
        .collectAsList();
    assertThat(shops).containsExactlyInAnyOrder("north:apple", "south:apple", "east:apple");
    List<Double> totals = sales.map((MapFunction<Sale, Double>) s -> s.quantity() * s.price(), Encoders.DOUBLE())
        .collectAsList();
    assertThat(totals).containsExactlyInAnyOrder(1.5, 0.75, 4.5, 4.0, 2.0);
  }

  @Test
  void aLambdaCallingAHelperClassOfTheTestGetsItShippedWithoutBeingAsked() {
    Dataset<Line> lines = spark.createDataset(List.of(new Line("The cat sat."), new Line("A cat, a hat!")),
        Encoders.bean(Line.class));
    assertThat(lines.collectAsList()).extracting(Line::getText).containsExactly("The cat sat.", "A cat, a hat!");
    List<String> words = lines.flatMap((FlatMapFunction<Line, String>) line -> Words.of(line.getText()).iterator(),
        Encoders.STRING()).collectAsList();
    assertThat(words).containsExactlyInAnyOrder("the", "cat", "sat", "a", "cat", "a", "hat");
  }

  @Test
  void mapPartitionsAndReduce() {
    Dataset<Integer> numbers = spark.range(1, 101).as(Encoders.LONG())
        .map((MapFunction<Long, Integer>) Long::intValue, Encoders.INT()).repartition(4);
    List<Integer> partitionSums = numbers.mapPartitions((MapPartitionsFunction<Integer, Integer>) values -> {
      int sum = 0;
      while (values.hasNext()) {
        sum += values.next();
      }
      return List.of(sum).iterator();
    }, Encoders.INT()).collectAsList();
    assertThat(partitionSums).hasSize(4);
    assertThat(partitionSums.stream().mapToInt(Integer::intValue).sum()).isEqualTo(5050);
    assertThat(numbers.reduce((ReduceFunction<Integer>) Integer::sum)).isEqualTo(5050);
    Sale biggest = sales.reduce((ReduceFunction<Sale>) (a, b) -> a.quantity() >= b.quantity() ? a : b);
    assertThat(biggest).isEqualTo(SALES.get(2));
  }

  @Test
  void groupByKeyMapsGroupsAndCounts() {
    var byShop = sales.groupByKey((MapFunction<Sale, String>) Sale::shop, Encoders.STRING());
    List<Tuple2<String, Integer>> quantities = byShop.mapGroups((MapGroupsFunction<String, Sale, Tuple2<String, Integer>>)
        (shop, shopSales) -> {
          int total = 0;
          while (shopSales.hasNext()) {
            total += shopSales.next().quantity();
          }
          return new Tuple2<>(shop, total);
        }, Encoders.tuple(Encoders.STRING(), Encoders.INT())).collectAsList();
    assertThat(quantities).containsExactlyInAnyOrder(new Tuple2<>("north", 4), new Tuple2<>("south", 12),
        new Tuple2<>("east", 4));
    List<Tuple2<String, Long>> counts = new ArrayList<>(byShop.count().collectAsList());
    counts.sort(Comparator.comparing(Tuple2::_1));
    assertThat(counts).containsExactly(new Tuple2<>("east", 1L), new Tuple2<>("north", 2L), new Tuple2<>("south", 2L));
    List<Sale> cheapest = byShop.flatMapGroups((FlatMapGroupsFunction<String, Sale, Sale>) (shop, shopSales) -> {
      List<Sale> all = new ArrayList<>();
      shopSales.forEachRemaining(all::add);
      all.sort(Comparator.comparingDouble(Sale::price));
      return all.subList(0, 1).iterator();
    }, Encoders.bean(Sale.class)).collectAsList();
    assertThat(cheapest).containsExactlyInAnyOrder(SALES.get(0), SALES.get(2), SALES.get(4));
    assertThat(byShop.keys().collectAsList()).containsExactlyInAnyOrder("north", "south", "east");
    List<Tuple2<String, Sale>> biggest = byShop.reduceGroups((ReduceFunction<Sale>) (a, b) ->
        a.quantity() >= b.quantity() ? a : b).collectAsList();
    assertThat(biggest).containsExactlyInAnyOrder(new Tuple2<>("north", SALES.get(0)),
        new Tuple2<>("south", SALES.get(2)), new Tuple2<>("east", SALES.get(4)));
    List<dev.sparkconnect.client.tuples.Tuple3<String, Long, Double>> sums = byShop.agg(
        dev.sparkconnect.client.functions.sum("quantity").as(Encoders.LONG()),
        dev.sparkconnect.client.functions.max("price").as(Encoders.DOUBLE())).collectAsList();
    assertThat(sums).containsExactlyInAnyOrder(new dev.sparkconnect.client.tuples.Tuple3<>("north", 4L, 0.75),
        new dev.sparkconnect.client.tuples.Tuple3<>("south", 12L, 2.0),
        new dev.sparkconnect.client.tuples.Tuple3<>("east", 4L, 0.5));
    Dataset<String> visits = spark.createDataset(List.of("north", "west", "north"), Encoders.STRING());
    var visitsByShop = visits.groupByKey((MapFunction<String, String>) v -> v, Encoders.STRING());
    List<String> both = byShop.cogroup(visitsByShop,
        (org.apache.spark.api.java.function.CoGroupFunction<String, Sale, String, String>) (shop, shopSales, shopVisits) -> {
          int sold = 0;
          int seen = 0;
          while (shopSales.hasNext()) {
            shopSales.next();
            sold++;
          }
          while (shopVisits.hasNext()) {
            shopVisits.next();
            seen++;
          }
          return List.of(shop + ":" + sold + "/" + seen).iterator();
        }, Encoders.STRING()).collectAsList();
    assertThat(both).containsExactlyInAnyOrder("north:2/2", "south:2/0", "east:1/0", "west:0/1");
    List<String> firstItems = byShop.flatMapSortedGroups(new dev.sparkconnect.client.Column[] {
        dev.sparkconnect.client.functions.col("item").desc()},
        (FlatMapGroupsFunction<String, Sale, String>) (shop, shopSales) -> List.of(shop + "=" + shopSales.next().item())
            .iterator(), Encoders.STRING()).collectAsList();
    assertThat(firstItems).containsExactlyInAnyOrder("north=pear", "south=fig", "east=apple");
  }

  @Test
  void foreachRunsOnTheServerAndItsFailureComesBack() {
    sales.foreach((ForeachFunction<Sale>) sale -> {
      if (sale.quantity() < 0) {
        throw new IllegalStateException("never");
      }
    });
    assertThatThrownBy(() -> sales.foreach((ForeachFunction<Sale>) sale -> {
      if (sale.item().equals("fig")) {
        throw new IllegalStateException("no figs here");
      }
    })).isInstanceOf(SparkException.class).hasMessageContaining("no figs here");
  }

  @Test
  void aFunctionThatCapturesTheSessionIsRefusedBeforeAnythingIsSent() {
    SparkSession captured = spark;
    assertThatThrownBy(() -> sales.map((MapFunction<Sale, String>) s -> captured.version(), Encoders.STRING()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cannot be serialized");
  }

  @Test
  void javaUdfsFromLambdasRunOnColumnsAndFromSql() {
    UserDefinedFunction shout = JavaUdfs.udf((UDF1<String, String>) s -> s.toUpperCase() + "!", DataTypes.StringType);
    UserDefinedFunction repeat = JavaUdfs.udf((UDF2<String, Integer, String>) (s, n) -> String.join("-",
        java.util.Collections.nCopies(n, Words.of(s).get(0))), DataTypes.StringType).asNonNullable();
    List<String> shouted = sales.toDF().orderBy("shop", "item")
        .select(shout.apply(dev.sparkconnect.client.functions.col("item"))).collectAsList().stream()
        .map(row -> row.getString(0)).toList();
    assertThat(shouted).containsExactly("APPLE!", "APPLE!", "PEAR!", "APPLE!", "FIG!");
    spark.udf().register("repeat_word", repeat);
    assertThat(spark.sql("SELECT repeat_word('Hello, world', 3)").first().getString(0))
        .isEqualTo("hello-hello-hello");
    UserDefinedFunction dice = JavaUdfs.udf((UDF0<Integer>) () -> 4, DataTypes.IntegerType).asNondeterministic();
    assertThat(dice.deterministic()).isFalse();
    assertThat(spark.range(2).select(dice.apply()).collectAsList()).extracting(row -> row.getInt(0))
        .containsExactly(4, 4);
  }

  @Test
  void anAggregatorRunsAsAUdafOnColumnsAndFromSql() {
    UserDefinedFunction total = JavaUdfs.udaf(new TotalQuantity(), Encoders.INT());
    assertThat(total.isAggregate()).isTrue();
    List<String> totals = sales.toDF().groupBy("shop")
        .agg(total.apply(dev.sparkconnect.client.functions.col("quantity")).as("total")).orderBy("shop")
        .collectAsList().stream().map(row -> row.getString(0) + "=" + row.getLong(1)).toList();
    assertThat(totals).containsExactly("east=4", "north=4", "south=12");
    spark.udf().register("total_quantity", total);
    sales.toDF().createOrReplaceTempView("sales");
    assertThat(spark.sql("SELECT total_quantity(quantity) FROM sales").first().getLong(0)).isEqualTo(20L);
  }

  /** Keeps {@link Iterator} imported for the lambdas' parameter types. */
  @SuppressWarnings("unused")
  private static Iterator<Object> none() {
    return List.of().iterator();
  }
}
