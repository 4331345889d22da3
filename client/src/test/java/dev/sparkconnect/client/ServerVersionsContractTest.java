package dev.sparkconnect.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.sparkconnect.client.errors.AnalysisException;
import dev.sparkconnect.client.errors.FeatureNotSupportedByServerException;
import dev.sparkconnect.client.errors.ParseException;
import dev.sparkconnect.client.errors.SparkArithmeticException;
import dev.sparkconnect.client.types.DataTypes;
import dev.sparkconnect.client.types.StructType;
import dev.sparkconnect.localserver.LocalSparkConnectServer;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A representative subset of the contract, against each older Spark Connect server this client
 * supports (the newest, 4.2.0, runs every contract test): SQL, DataFrame operations, every type,
 * typed errors with their conditions and SQLSTATEs, local data, the catalog, streaming. Each server
 * cuts every result stream after 123 bytes or 1 s (as Spark's own reattach tests do), so every
 * query here also reattaches. One server runs at a time.
 */
@Tag("real-server")
@Tag("long-running")
@ParameterizedClass(name = "Spark {0}")
@ValueSource(strings = {"3.5.5", "4.0.1", "4.1.2"})
class ServerVersionsContractTest {

  @Parameter
  static String version;

  private static LocalSparkConnectServer server;
  private static SparkSession spark;

  @org.junit.jupiter.params.BeforeParameterizedClassInvocation
  static void startServer(String sparkVersion) {
    server = LocalSparkConnectServer.builder().sparkVersion(sparkVersion)
        .conf("spark.connect.execute.reattachable.senderMaxStreamSize", "123")
        .conf("spark.connect.execute.reattachable.senderMaxStreamDuration", "1s")
        .start();
    spark = SparkSession.builder().remote(server.remote()).create();
    spark.conf().set("spark.sql.session.timeZone", "UTC");
  }

  @org.junit.jupiter.params.AfterParameterizedClassInvocation
  static void stopServer() {
    spark.close();
    server.close();
  }

  @Test
  void theServerIsTheVersionAsked() {
    assertThat(spark.version()).isEqualTo(version);
  }

  @Test
  void sqlQueriesAndTheirParametersAnswer() {
    assertThat(spark.sql("SELECT id, id * id AS square FROM range(5)").collectAsList())
        .extracting(row -> row.getLong(1)).containsExactly(0L, 1L, 4L, 9L, 16L);
    assertThat(spark.sql("SELECT ? + 1 AS answer", 41).first().getInt(0)).isEqualTo(42);
    assertThat(spark.sql("SELECT :name AS greeting", Map.of("name", "hello")).first().getString(0)).isEqualTo("hello");
    spark.sql("CREATE OR REPLACE TEMPORARY VIEW planets AS SELECT * FROM VALUES ('Earth', 1), ('Mars', 2) AS t(name, moons)");
    assertThat(spark.table("planets").count()).isEqualTo(2);
  }

  @Test
  void aCollectionConstructorAsASqlParameterNeedsSpark40AndSaysSoBeforeSending() {
    if (version.startsWith("3.")) {
      assertThatThrownBy(() -> spark.sql("SELECT ? AS xs", functions.array(functions.lit(1), functions.lit(2))))
          .isInstanceOf(FeatureNotSupportedByServerException.class)
          .hasMessageContaining("SQL parameters that are expressions needs Spark 4.0.0 or later")
          .hasMessageContaining("the server runs Spark " + version);
    } else {
      assertThat(spark.sql("SELECT ? AS xs", functions.array(functions.lit(1), functions.lit(2))).first()
          .<Integer>getList(0)).containsExactly(1, 2);
    }
  }

  /**
   * A plan with a part the server's protocol lacks is refused before it is sent, naming the part
   * and the first Spark line that reads it (an older server would skip the part without a word and
   * run some other query); a server that has the part answers.
   */
  @Test
  void operationsNewerThanTheServerAreRefusedBeforeSendingAndAnsweredWhereKnown() {
    DataFrame numbers = spark.range(4);
    DataFrame lateral = numbers.lateralJoin(spark.range(2).select(functions.col("id").as("k")));
    DataFrame scalar = numbers.where(functions.col("id").lt(spark.range(3).select(functions.max("id")).scalar()));
    DataFrame inSubquery = numbers.where(functions.col("id").isin(spark.range(2).toDF("x")));
    DataFrame byId = numbers.repartitionById(2, functions.col("id").mod(2).cast("int"));
    DataFrame nearest = numbers.nearestByJoin(spark.range(3).toDF("y"),
        functions.abs(functions.col("id").minus(functions.col("y"))), 1, "exact", "distance");

    expectAnswerFrom("4.0", lateral, 8, "relation LateralJoin");
    expectAnswerFrom("4.0", scalar, 2, "relation WithRelations");
    expectAnswerFrom("4.1", inSubquery, 2, "SUBQUERY_TYPE_IN");
    expectAnswerFrom("4.1", byId, 4, "expression DirectShufflePartitionID");
    expectAnswerFrom("4.2", nearest, 4, "relation NearestByJoin");
  }

  /** Each line's server builds Bloom filters in its own format (V1 before 4.1, V2 after); both are read. */
  @Test
  void sketchesFromEveryLineAreRead() {
    DataFrame ids = spark.range(500);
    dev.sparkconnect.client.sketch.BloomFilter filter = ids.stat().bloomFilter("id", 500, 0.02);
    assertThat(filter.version()).isEqualTo(SparkVersionOrder.isBefore(version, "4.1")
        ? dev.sparkconnect.client.sketch.BloomFilter.Version.V1 : dev.sparkconnect.client.sketch.BloomFilter.Version.V2);
    for (long id = 0; id < 500; id++) {
      assertThat(filter.mightContainLong(id)).isTrue();
    }
    dev.sparkconnect.client.sketch.BloomFilter local = dev.sparkconnect.client.sketch.BloomFilter.create(
        filter.version(), 500, dev.sparkconnect.client.sketch.BloomFilter.optimalNumOfBits(500, 0.02), 0);
    for (long id = 0; id < 500; id++) {
      local.putLong(id);
    }
    assertThat(filter).isEqualTo(local);
    assertThat(ids.stat().countMinSketch("id", 4, 50, 1).totalCount()).isEqualTo(500);
  }

  private static void expectAnswerFrom(String firstLine, DataFrame df, long rows, String part) {
    if (SparkVersionOrder.isBefore(version, firstLine)) {
      FeatureNotSupportedByServerException refused = catchThrowableOfType(FeatureNotSupportedByServerException.class,
          df::count);
      assertThat(refused).as("%s on Spark %s", part, version).isNotNull();
      assertThat(refused.feature()).contains(part);
      assertThat(refused.firstVersion()).isEqualTo(firstLine);
      assertThat(refused.serverVersion()).isEqualTo(version);
      assertThat(refused).hasMessageContaining("needs Spark " + firstLine + " or later, but the server runs Spark "
          + version);
    } else {
      assertThat(df.count()).as("%s on Spark %s", part, version).isEqualTo(rows);
    }
  }

  /** Spark versions compared by their major and minor numbers. */
  private static final class SparkVersionOrder {
    static boolean isBefore(String version, String line) {
      String[] v = version.split("\\.");
      String[] l = line.split("\\.");
      int major = Integer.compare(Integer.parseInt(v[0]), Integer.parseInt(l[0]));
      return major < 0 || (major == 0 && Integer.parseInt(v[1]) < Integer.parseInt(l[1]));
    }
  }

  @Test
  void dataFrameOperationsAnswer() {
    DataFrame numbers = spark.range(100);
    List<Row> grouped = numbers.withColumn("bucket", functions.col("id").mod(3))
        .groupBy("bucket").agg(functions.count("*").as("n"), functions.sum("id").as("total"))
        .orderBy("bucket").collectAsList();

    assertThat(grouped).extracting(row -> row.getLong(1)).containsExactly(34L, 33L, 33L);
    assertThat(grouped.get(0).getLong(2)).isEqualTo(1683L);
    DataFrame names = spark.sql("SELECT * FROM VALUES (0, 'zero'), (1, 'one') AS t(id, name)");
    assertThat(numbers.join(names, "id").orderBy("id").collectAsList())
        .extracting(row -> row.getString(1)).containsExactly("zero", "one");
    assertThat(numbers.filter(functions.col("id").gt(97)).select(functions.col("id").multiply(2)).collectAsList())
        .extracting(row -> row.getLong(0)).containsExactly(196L, 198L);
  }

  @Test
  void everyTypeComesBackAsItsExactJavaType() {
    Row row = spark.sql("SELECT CAST(1 AS TINYINT) b, CAST(2 AS SMALLINT) s, 3 i, 4L l, CAST(1.5 AS FLOAT) f,"
        + " 2.5D d, CAST(12.34 AS DECIMAL(10,2)) dec, 'text' str, X'CAFE' bin, true bool, DATE'2024-02-29' dt,"
        + " TIMESTAMP'2024-02-29 12:34:56' ts, TIMESTAMP_NTZ'2024-02-29 12:34:56' ntz, array(1, 2) arr,"
        + " map('k', 1) m, named_struct('a', 1, 'b', 'x') st, INTERVAL '1-2' YEAR TO MONTH ym,"
        + " INTERVAL '1 02:03:04' DAY TO SECOND dts").first();

    assertThat(row.getByte(0)).isEqualTo((byte) 1);
    assertThat(row.getShort(1)).isEqualTo((short) 2);
    assertThat(row.getInt(2)).isEqualTo(3);
    assertThat(row.getLong(3)).isEqualTo(4L);
    assertThat(row.getFloat(4)).isEqualTo(1.5f);
    assertThat(row.getDouble(5)).isEqualTo(2.5);
    assertThat(row.getDecimal(6)).isEqualTo(new BigDecimal("12.34"));
    assertThat(row.getString(7)).isEqualTo("text");
    assertThat(row.getBinary(8)).containsExactly(0xCA, 0xFE);
    assertThat(row.getBoolean(9)).isTrue();
    assertThat(row.getLocalDate(10)).isEqualTo(LocalDate.of(2024, 2, 29));
    assertThat(row.getInstant(11)).isEqualTo(Instant.parse("2024-02-29T12:34:56Z"));
    assertThat(row.getLocalDateTime(12)).isEqualTo(LocalDateTime.of(2024, 2, 29, 12, 34, 56));
    assertThat(row.<Integer>getList(13)).containsExactly(1, 2);
    assertThat(row.<String, Integer>getMap(14)).containsEntry("k", 1);
    assertThat(row.getStruct(15).getString(1)).isEqualTo("x");
    assertThat(row.getPeriod(16)).isEqualTo(Period.ofYears(1).plusMonths(2));
    assertThat(row.getDuration(17)).isEqualTo(Duration.ofDays(1).plusHours(2).plusMinutes(3).plusSeconds(4));
  }

  @Test
  void errorsKeepTheirConditionSqlStateAndParameters() {
    AnalysisException unresolved = catchThrowableOfType(AnalysisException.class,
        () -> spark.sql("SELECT no_such_column FROM range(1)").collectAsList());
    assertThat(unresolved.getCondition()).isEqualTo("UNRESOLVED_COLUMN.WITH_SUGGESTION");
    assertThat(unresolved.getSqlState()).isEqualTo("42703");
    assertThat(unresolved.getMessageParameters()).containsEntry("objectName", "`no_such_column`");

    ParseException syntax = catchThrowableOfType(ParseException.class, () -> spark.sql("SELEC 1").collectAsList());
    assertThat(syntax.getCondition()).isEqualTo("PARSE_SYNTAX_ERROR");
    assertThat(syntax.getSqlState()).isEqualTo("42601");

    try (SparkSession ansi = spark.newSession()) {
      ansi.conf().set("spark.sql.ansi.enabled", "true");
      SparkArithmeticException division = catchThrowableOfType(SparkArithmeticException.class,
          () -> ansi.sql("SELECT 1 / (id - id) FROM range(2)").collectAsList());
      assertThat(division.getCondition()).isEqualTo("DIVIDE_BY_ZERO");
      assertThat(division.getSqlState()).isEqualTo("22012");
    }
  }

  @Test
  void localDataTravelsToTheServerAndBack() {
    StructType schema = new StructType().add("id", DataTypes.LongType).add("name", DataTypes.StringType)
        .add("day", DataTypes.DateType);
    DataFrame people = spark.createDataFrame(List.of(Row.of(1L, "ann", LocalDate.of(2024, 1, 31)),
        Row.of(2L, null, null)), schema);

    assertThat(people.orderBy("id").collectAsList()).extracting(row -> row.get(1)).containsExactly("ann", null);
    assertThat(people.filter(functions.col("day").isNotNull()).first().getLocalDate(2))
        .isEqualTo(LocalDate.of(2024, 1, 31));
  }

  @Test
  void theCatalogAnswers() {
    spark.range(3).createOrReplaceTempView("three");

    assertThat(spark.catalog().tableExists("three")).isTrue();
    assertThat(spark.catalog().currentDatabase()).isEqualTo("default");
    assertThat(spark.catalog().listTables().collectAsList()).extracting(row -> row.getString(0)).contains("three");
  }

  @Test
  void largeResultsSurviveStreamsCutAfterEveryFewBytes() {
    long sum = 0;
    int rows = 0;
    try (var stream = spark.range(20_000).toLocalIterator()) {
      while (stream.hasNext()) {
        sum += stream.next().getLong(0);
        rows++;
      }
    }
    assertThat(rows).isEqualTo(20_000);
    assertThat(sum).isEqualTo(20_000L * 19_999L / 2);
  }

  @Test
  void aStreamingQueryOverArrivingFilesCountsThemAndStops(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws java.io.IOException {
    java.nio.file.Path incoming = java.nio.file.Files.createDirectories(dir.resolve("in"));
    java.nio.file.Files.writeString(incoming.resolve("a.txt"), "red\nblue\nred\n");
    // A stateful query keeps a state store per shuffle partition: two, not 200, keep each batch quick.
    spark.conf().set("spark.sql.shuffle.partitions", "2");
    dev.sparkconnect.client.streaming.StreamingQuery query = spark.readStream().text(incoming.toString())
        .groupBy("value").count().writeStream().outputMode("complete").format("memory").queryName("colours")
        .start();
    try {
      query.processAllAvailable();
      assertThat(spark.sql("SELECT value, count FROM colours ORDER BY value").collectAsList())
          .containsExactly(Row.of("blue", 1L), Row.of("red", 2L));
      assertThat(java.util.Arrays.stream(query.recentProgress()).mapToLong(
          dev.sparkconnect.client.streaming.StreamingQueryProgress::numInputRows).sum()).isEqualTo(3);
      assertThat(spark.streams().active()).extracting(dev.sparkconnect.client.streaming.StreamingQuery::id)
          .contains(query.id());
    } finally {
      query.stop();
      spark.conf().unset("spark.sql.shuffle.partitions");
    }
    assertThat(query.isActive()).isFalse();
  }

  @Test
  void aFailingStreamingQueryEndsWithAStreamingQueryException(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws java.io.IOException {
    java.nio.file.Path incoming = java.nio.file.Files.createDirectories(dir.resolve("in"));
    java.nio.file.Files.writeString(incoming.resolve("a.txt"), "1\n0\n");
    dev.sparkconnect.client.streaming.StreamingQuery query = spark.readStream().text(incoming.toString())
        .select(functions.expr("raise_error(concat('bad line ', value))").as("never"))
        .writeStream().format("memory").queryName("failing").start();
    assertThatThrownBy(() -> query.awaitTermination(60_000))
        .isInstanceOf(dev.sparkconnect.client.errors.StreamingQueryException.class).hasMessageContaining("bad line");
    assertThat(query.exception()).hasValueSatisfying(error -> assertThat(error.getMessage()).contains("bad line"));
    spark.streams().resetTerminated();
  }

  /**
   * A wait longer than the retry policy's patience: the server ends the silent waiting call every
   * second, and each end is reattached, never counted as a failure (a policy of 2 retries would
   * otherwise give up after about 3 s).
   */
  @Test
  void awaitTerminationOutlastsTheServersCutsOfItsSilentCall() {
    try (SparkSession impatient = SparkSession.builder().remote(server.remote())
        .retryPolicy(RetryPolicy.defaults().withMaxRetries(2)).create()) {
      dev.sparkconnect.client.streaming.StreamingQuery query = impatient.readStream().format("rate")
          .option("rowsPerSecond", 1).load().writeStream().format("memory").queryName("patient").start();
      try {
        long started = System.nanoTime();
        assertThat(query.awaitTermination(6_000)).as("a running query has not ended").isFalse();
        assertThat(java.util.concurrent.TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started))
            .isGreaterThanOrEqualTo(6_000);
      } finally {
        query.stop();
      }
    }
  }

  /**
   * The listener bus is one long-running execution: the server cuts it every second like any other,
   * and under a policy of 2 retries every cut is reattached, so that no event is lost or heard twice.
   * Spark 3.5 has no bus for client-side listeners, which is said before anything is sent.
   */
  @Test
  void listenersHearEveryProgressThroughTheServersCutsOrAreRefusedBefore40() throws InterruptedException {
    try (SparkSession impatient = SparkSession.builder().remote(server.remote())
        .retryPolicy(RetryPolicy.defaults().withMaxRetries(2)).create()) {
      HeardEvents listener = new HeardEvents();
      if (version.startsWith("3.")) {
        assertThatThrownBy(() -> impatient.streams().addListener(listener))
            .isInstanceOf(FeatureNotSupportedByServerException.class).hasMessageContaining("4.0");
        assertThat(impatient.streams().listListeners()).isEmpty();
        return;
      }
      impatient.streams().addListener(listener);
      dev.sparkconnect.client.streaming.StreamingQuery query = impatient.readStream().format("rate")
          .option("rowsPerSecond", 10).load().writeStream().format("memory").queryName("listened")
          .trigger(dev.sparkconnect.client.streaming.Trigger.ProcessingTime(200)).start();
      try {
        Thread.sleep(5_000);
      } finally {
        query.stop();
      }
      listener.await(dev.sparkconnect.client.streaming.StreamingQueryListener.QueryTerminatedEvent.class,
          event -> event.id().equals(query.id()));
      impatient.streams().removeListener(listener);
      java.util.List<dev.sparkconnect.client.streaming.StreamingQueryListener.Event> heard = listener.events();

      assertThat(heard.get(0)).isInstanceOf(dev.sparkconnect.client.streaming.StreamingQueryListener.QueryStartedEvent.class);
      assertThat(heard.get(heard.size() - 1))
          .isInstanceOf(dev.sparkconnect.client.streaming.StreamingQueryListener.QueryTerminatedEvent.class);
      java.util.List<Long> heardBatches = heard.stream()
          .filter(dev.sparkconnect.client.streaming.StreamingQueryListener.QueryProgressEvent.class::isInstance)
          .map(event -> ((dev.sparkconnect.client.streaming.StreamingQueryListener.QueryProgressEvent) event).progress())
          .filter(progress -> progress.numInputRows() > 0)
          .map(dev.sparkconnect.client.streaming.StreamingQueryProgress::batchId).toList();
      assertThat(heardBatches).as("batches heard through the cuts of the bus").hasSizeGreaterThanOrEqualTo(3)
          .doesNotHaveDuplicates().isSorted();
      java.util.List<Long> reported = java.util.Arrays.stream(query.recentProgress())
          .filter(progress -> progress.numInputRows() > 0)
          .map(dev.sparkconnect.client.streaming.StreamingQueryProgress::batchId).toList();
      assertThat(heardBatches).as("every batch the query reports was heard").containsAll(reported);
    }
  }
}
