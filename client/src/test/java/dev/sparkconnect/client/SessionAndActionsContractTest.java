package dev.sparkconnect.client;

import static dev.sparkconnect.client.functions.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

/** Configuration, new sessions, parameterised SQL and the small actions, against a real server. */
class SessionAndActionsContractTest extends RealServerTest {

  @Test
  void configurationIsReadAndWrittenPerSession() {
    spark.conf().set("spark.sql.shuffle.partitions", 7);
    assertThat(spark.conf().get("spark.sql.shuffle.partitions")).isEqualTo("7");
    assertThat(spark.conf().getAll()).containsEntry("spark.sql.shuffle.partitions", "7");
    assertThat(spark.conf().get("spark.no.such.key", "fallback")).isEqualTo("fallback");
    assertThat(spark.conf().getOption("spark.no.such.key")).isEmpty();
    assertThat(spark.conf().contains("spark.no.such.key")).isFalse();
    assertThat(spark.conf().contains("spark.sql.shuffle.partitions")).isTrue();
    assertThatThrownBy(() -> spark.conf().get("spark.no.such.key"))
        .isInstanceOf(NoSuchElementException.class).hasMessageContaining("spark.no.such.key");
    assertThat(spark.conf().isModifiable("spark.sql.shuffle.partitions")).isTrue();
    assertThat(spark.conf().isModifiable("spark.sql.warehouse.dir")).isFalse();
    spark.conf().unset("spark.sql.shuffle.partitions");
    assertThat(spark.conf().get("spark.sql.shuffle.partitions")).isEqualTo("200");
  }

  @Test
  void anObservationHoldsTheMetricsOfTheActionThatRan() throws Exception {
    Observation stats = new Observation("stats");
    DataFrame observed = spark.range(10)
        .observe(stats, count(lit(1)).as("rows"), sum("id").as("total"), max(col("id")).as("largest"));
    assertThat(stats.isDone()).as("no metrics before an action").isFalse();

    assertThat(observed.filter(col("id").gt(4)).count()).isEqualTo(5);

    assertThat(stats.get(java.time.Duration.ofSeconds(30)))
        .containsExactly(Map.entry("rows", 10L), Map.entry("total", 45L), Map.entry("largest", 9L));
    assertThatThrownBy(() -> spark.range(1).observe(stats, count(lit(1))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'stats'");
  }

  @Test
  void namedObservationsRunWithoutAnObserverOnThisSide() {
    assertThat(spark.range(4).observe("checks", sum("id").as("total")).collectAsList()).hasSize(4);
  }

  @Test
  void aNewSessionSharesNothingButTheServer() {
    spark.range(3).createOrReplaceTempView("only_in_the_first");
    try (SparkSession other = spark.newSession()) {
      assertThat(other.sessionId()).isNotEqualTo(spark.sessionId());
      assertThatThrownBy(() -> other.sql("SELECT * FROM only_in_the_first"))
          .isInstanceOf(dev.sparkconnect.client.errors.AnalysisException.class)
          .hasMessageContaining("only_in_the_first");
      assertThat(other.range(4).count()).isEqualTo(4);
    }
  }

  @Test
  void sqlTakesNamedAndPositionalParameters() {
    assertThat(spark.sql("SELECT id FROM range(10) WHERE id > :low AND id < :high", Map.of("low", 3L, "high", 6L))
        .collectAsList()).containsExactly(Row.of(4L), Row.of(5L));
    assertThat(spark.sql("SELECT ? + ?, ?", 40, 2, "x").collectAsList()).containsExactly(Row.of(42, "x"));
  }

  @Test
  @SuppressWarnings("deprecation")
  void emptyFramesAndOldViewNames() {
    dev.sparkconnect.client.types.StructType schema = new dev.sparkconnect.client.types.StructType()
        .add("id", dev.sparkconnect.client.types.DataTypes.LongType);
    DataFrame empty = spark.emptyDataFrame(schema);
    assertThat(empty.schema()).isEqualTo(schema);
    assertThat(empty.count()).isZero();
    spark.range(3).registerTempTable("old_style");
    assertThat(spark.table("old_style").count()).isEqualTo(3);
  }

  @Test
  void aSessionBuiltWhereNoneIsAliveBecomesTheDefaultAndActiveOne() throws Exception {
    SparkSession.clearDefaultSession();
    SparkSession.clearActiveSession();
    try (SparkSession first = newSession()) {
      assertThat(SparkSession.active()).isSameAs(first);
      try (SparkSession second = newSession()) {
        assertThat(SparkSession.active()).as("a live active session stays active").isSameAs(first).isNotSameAs(second);
      }
      assertThat(SparkSession.getDefaultSession()).contains(first);
      SparkSession.setActiveSession(spark);
      java.util.concurrent.atomic.AtomicReference<SparkSession> seen = new java.util.concurrent.atomic.AtomicReference<>();
      Thread child = new Thread(() -> seen.set(SparkSession.active()));
      child.start();
      child.join();
      assertThat(seen.get()).as("a thread started later inherits the active session").isSameAs(spark);
      SparkSession.clearActiveSession();
      assertThat(SparkSession.active()).as("the default one").isSameAs(first);
    }
    assertThat(SparkSession.getDefaultSession()).as("a stopped default session is forgotten").isEmpty();
    assertThatThrownBy(SparkSession::active).isInstanceOf(IllegalStateException.class).hasMessageContaining("getOrCreate");
    SparkSession.setDefaultSession(spark);
    assertThat(SparkSession.active().range(2).count()).isEqualTo(2);
  }

  @Test
  void smallActions() {
    DataFrame ten = spark.range(10);
    assertThat(ten.first()).isEqualTo(Row.of(0L));
    assertThat(ten.head(3)).containsExactly(Row.of(0L), Row.of(1L), Row.of(2L));
    assertThat(ten.take(2)).hasSize(2);
    assertThat(ten.tail(2)).containsExactly(Row.of(8L), Row.of(9L));
    assertThat(ten.isEmpty()).isFalse();
    assertThat(ten.filter(col("id").gt(100)).isEmpty()).isTrue();
    assertThatThrownBy(() -> ten.filter(col("id").gt(100)).first()).isInstanceOf(NoSuchElementException.class);
    assertThat(ten.transform(df -> df.filter(col("id").lt(5))).count()).isEqualTo(5);
  }

  @Test
  void inspectionAsksTheServer() {
    DataFrame doubled = spark.range(5).select(col("id").multiply(2).as("twice"));
    assertThat(doubled.explainString("extended")).contains("== Physical Plan ==").contains("twice");
    assertThatThrownBy(() -> doubled.explainString("loud")).hasMessageContaining("'loud'");
    assertThat(doubled.isStreaming()).isFalse();
    assertThat(spark.createDataFrame(List.of(Row.of(1L)), new dev.sparkconnect.client.types.StructType()
        .add("x", dev.sparkconnect.client.types.DataTypes.LongType)).isLocal()).isTrue();
    DataFrame same = spark.range(5).select(col("id").multiply(2).as("twice"));
    assertThat(doubled.sameSemantics(same)).isTrue();
    assertThat(doubled.semanticHash()).isEqualTo(same.semanticHash());
    assertThat(doubled.sameSemantics(spark.range(6))).isFalse();
    assertThat(spark.range(3).inputFiles()).isEmpty();
  }

  @Test
  void showPrintSchemaAndExplainPrintWhatTheServerRenders() {
    DataFrame words = spark.sql("SELECT * FROM VALUES (1, 'a rather long sentence'), (2, 'short') AS t(n, text)");
    assertThat(words.showString(1, 8, false)).isEqualTo(
        "+---+--------+\n|  n|    text|\n+---+--------+\n|  1|a rat...|\n+---+--------+\nonly showing top 1 row");
    assertThat(words.showString(2, 0, true)).isEqualTo(
        "-RECORD 0----------------------\n n    | 1                      \n text | a rather long sentence \n"
            + "-RECORD 1----------------------\n n    | 2                      \n text | short                  \n");

    String shown = printed(() -> words.show(1, false));
    assertThat(shown).contains("|a rather long sentence|").contains("only showing top 1 row");
    assertThat(printed(() -> words.show(false))).contains("|a rather long sentence|");
    assertThat(printed(() -> words.show(1, 3))).contains("|  1| a r|").endsWith("only showing top 1 row\n");
    assertThat(printed(words::printSchema)).isEqualTo(
        "root\n |-- n: integer (nullable = false)\n |-- text: string (nullable = false)\n\n");
    DataFrame nested = spark.sql("SELECT named_struct('a', 1) AS s");
    assertThat(printed(() -> nested.printSchema(1))).isEqualTo("root\n |-- s: struct (nullable = false)\n\n");
    assertThat(printed(nested::printSchema)).contains(" |    |-- a: integer (nullable = false)");
    assertThat(printed(() -> words.explain(true))).contains("== Parsed Logical Plan ==").contains("== Physical Plan ==");
    assertThat(printed(() -> words.explain("formatted"))).contains("LocalTableScan");
    assertThat(printed(words::explain)).startsWith("== Physical Plan ==");
  }

  /** What {@code action} prints to standard output. */
  private static String printed(Runnable action) {
    java.io.PrintStream original = System.out;
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    System.setOut(new java.io.PrintStream(bytes, true, java.nio.charset.StandardCharsets.UTF_8));
    try {
      action.run();
    } finally {
      System.setOut(original);
    }
    return bytes.toString(java.nio.charset.StandardCharsets.UTF_8);
  }

  @Test
  void cachingIsVisibleAndReversible() {
    DataFrame cached = spark.range(1000).filter(col("id").mod(7).equalTo(0)).cache();
    assertThat(cached.isCached()).isTrue();
    assertThat(cached.count()).isEqualTo(143);
    cached.unpersist();
    assertThat(cached.isCached()).isFalse();
  }
}
