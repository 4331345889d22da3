package dev.sparkconnect.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectMethod;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import com.google.protobuf.ByteString;
import dev.sparkconnect.arrow.ArrowField;
import dev.sparkconnect.arrow.ArrowSchema;
import dev.sparkconnect.arrow.ArrowStreamWriter;
import dev.sparkconnect.arrow.ArrowType;
import dev.sparkconnect.client.DataFrame;
import dev.sparkconnect.client.Row;
import dev.sparkconnect.client.SparkSession;
import dev.sparkconnect.fixtures.Fixture;
import dev.sparkconnect.fixtures.FixtureFiles;
import dev.sparkconnect.fixtures.FixtureStore;
import dev.sparkconnect.fixtures.FixtureWriter;
import dev.sparkconnect.mock.Fault;
import dev.sparkconnect.mock.FaultableServer;
import dev.sparkconnect.mock.MockSparkConnectServer;
import dev.sparkconnect.mock.network.FaultyNetwork;
import dev.sparkconnect.mock.network.NetworkFault;
import dev.sparkconnect.proto.ExecutePlanResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;

/**
 * The extension's modes, run on sample test classes through JUnit's own engine: what a user's
 * build would see.
 */
class SparkConnectExtensionTest {

  @TempDir
  Path fixtures;

  private EngineExecutionResults run(String mode, DiscoverySelector selector) {
    return EngineTestKit.engine("junit-jupiter")
        .configurationParameter(ExtensionSettings.FIXTURES, fixtures.toString())
        .configurationParameter(ExtensionSettings.MODE, mode)
        .configurationParameter(ExtensionSettings.BACKEND, "LOCAL")
        .selectors(selector)
        .execute();
  }

  private Path folderOf(Class<?> sample, String method) {
    return fixtures.resolve(sample.getName().replace('$', '.')).resolve(method);
  }

  // ---- sample test classes, run only through the engine test kit ----

  @SparkConnectTest
  static class Planets {
    @Test
    void countsPlanetsWithMoons(SparkSession spark) {
      DataFrame withMoons = spark.sql("SELECT * FROM VALUES ('Earth', 1), ('Mars', 2), ('Venus', 0) AS t(name, moons)")
          .filter("moons > 0");
      SparkAssertions.assertThat(withMoons).hasColumns("name", "moons").ignoringRowOrder()
          .containsExactlyRows(Row.of("Mars", 2), Row.of("Earth", 1));
    }

    @Test
    void aQueryNeverRecorded(SparkSession spark) {
      spark.range(7).collectAsList();
    }
  }

  @SparkConnectTest
  static class AskedTwice {
    @Test
    void readsThePlanetsTwice(SparkSession spark) {
      DataFrame planets = spark.sql("SELECT * FROM VALUES ('Earth', 1), ('Mars', 2) AS t(name, moons)");
      assertThat(planets.collectAsList()).hasSize(2);
      assertThat(planets.collectAsList()).hasSize(2);
    }
  }

  @SparkConnectTest
  static class Ranges {
    static final List<Mode> MODES = new ArrayList<>();

    @ParameterizedTest
    @ValueSource(ints = {3, 5})
    void ranges(int size, SparkSession spark, SparkConnectEndpoint endpoint) {
      MODES.add(endpoint.mode());
      SparkAssertions.assertThat(spark.range(size)).hasRowCount(size);
    }
  }

  @SparkConnectTest
  @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
  static class Isolation {
    @Test
    @Order(1)
    void leavesAViewAndASetting(SparkSession spark) {
      spark.sql("CREATE OR REPLACE TEMPORARY VIEW leaked AS SELECT 1 AS one");
      spark.conf().set("spark.sql.shuffle.partitions", "3");
    }

    @Test
    @Order(2)
    void findsNeither(SparkSession spark) {
      assertThat(spark.catalog().tableExists("leaked")).isFalse();
      assertThat(spark.conf().get("spark.sql.shuffle.partitions")).isEqualTo("200");
    }
  }

  @SparkConnectTest(authenticate = true)
  static class Authenticated {
    @Test
    void talksToATokenProtectedServerWithTheToken(SparkSession spark, SparkConnectEndpoint endpoint) {
      assertThat(endpoint.remote()).contains(";token=");
      String token = endpoint.remote().substring(endpoint.remote().indexOf(";token=") + ";token=".length());
      assertThat(endpoint.toString()).doesNotContain(token).contains("token=<redacted>");
      assertThat(spark.range(4).count()).isEqualTo(4);
      try (SparkSession withoutToken = SparkSession.builder()
          .remote(endpoint.remote().substring(0, endpoint.remote().indexOf("/;token="))).create()) {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> withoutToken.range(1).count())
            .isInstanceOf(dev.sparkconnect.client.errors.SparkAuthenticationException.class);
      }
    }
  }

  @SparkConnectTest
  static class WantsTheMock {
    @Test
    void stubs(MockSparkConnectServer server) {
      assertThat(server).isNotNull();
    }
  }

  @SparkConnectTest
  static class Stubbed {
    static final List<Mode> MODES = new ArrayList<>();

    @BeforeEach
    void stub(MockSparkConnectServer server) {
      server.stubSql("SELECT answer FROM oracle").returns("answer INT", new Object[] {42});
    }

    @Test
    void answersFromTheStub(SparkSession spark, SparkConnectEndpoint endpoint) {
      MODES.add(endpoint.mode());
      assertThat(spark.sql("SELECT answer FROM oracle").collectAsList()).containsExactly(Row.of(42));
    }
  }

  @SparkConnectTest(mode = Mode.REPLAY, pinMode = true)
  static class PinnedToReplay {
    static final List<Mode> MODES = new ArrayList<>();

    @Test
    void noticesItsMode(SparkConnectEndpoint endpoint) {
      MODES.add(endpoint.mode());
    }
  }

  @SparkConnectTest
  static class CutsAStream {
    static final List<Integer> REATTACHES = new ArrayList<>();

    @Test
    void losesNoRow(SparkSession spark, FaultableServer server) {
      server.inject(Fault.endStream().afterResponses(1));
      assertThat(spark.sql("SELECT id, id * 2 AS twice FROM range(0, 40, 1, 4)").collectAsList())
          .extracting(row -> row.getLong(0)).containsExactlyElementsOf(java.util.stream.LongStream.range(0, 40).boxed().toList());
      REATTACHES.add(server.journal().reattachCount());
    }
  }

  @SparkConnectTest
  static class ThroughAFlakyNetwork {
    static final List<Long> RESETS = new ArrayList<>();

    @Test
    void losesNoRow(SparkSession spark, FaultyNetwork network) {
      network.add(NetworkFault.reset().afterBytes(50_000).times(1));
      assertThat(spark.sql("SELECT id FROM range(0, 20000, 1, 4)").collectAsList())
          .extracting(row -> row.getLong(0)).containsExactlyElementsOf(java.util.stream.LongStream.range(0, 20_000).boxed().toList());
      RESETS.add(network.events().stream().filter(event -> event.contains("reset after")).count());
    }
  }

  @SparkConnectTest
  static class UsesANamedUdf {
    static Path jar;

    @Test
    void shoutsFromSql(SparkSession spark) {
      spark.addArtifact(jar);
      spark.udf().registerJava("shout", "demo.udfs.Shout", dev.sparkconnect.client.types.DataTypes.StringType);
      assertThat(spark.sql("SELECT shout(name) FROM VALUES ('ann'), ('bob') AS t(name)").collectAsList())
          .extracting(row -> row.getString(0)).containsExactly("ANN!", "BOB!");
    }
  }

  @SparkConnectTest
  static class ReadsRecords {
    public record Planet(String name, int moons, double au) {}

    @Test
    void readsTypedValuesAndRunsALambda(SparkSession spark) {
      dev.sparkconnect.client.Dataset<Planet> planets = spark.createDataset(List.of(new Planet("Earth", 1, 1.0),
          new Planet("Mars", 2, 1.52), new Planet("Venus", 0, 0.72)), dev.sparkconnect.client.Encoders.bean(Planet.class));
      assertThat(planets.filter(dev.sparkconnect.client.functions.col("moons").gt(0)).orderBy("name").collectAsList())
          .containsExactly(new Planet("Earth", 1, 1.0), new Planet("Mars", 2, 1.52));
      assertThat(planets.map((org.apache.spark.api.java.function.MapFunction<Planet, String>) p -> p.name() + "/" + p.moons(),
          dev.sparkconnect.client.Encoders.STRING()).collectAsList())
          .containsExactlyInAnyOrder("Earth/1", "Mars/2", "Venus/0");
    }
  }

  @SparkConnectTest
  static class FailsOnDemand {
    static int size;
    static boolean fail;

    @Test
    void countsARange(SparkSession spark) {
      assertThat(spark.range(size).count()).isEqualTo(size);
      assertThat(fail).as("asked to fail").isFalse();
    }
  }

  @SparkConnectTest
  static class SharedSetUp {
    @BeforeEach
    void createTheView(SparkSession spark) {
      spark.sql("CREATE OR REPLACE TEMPORARY VIEW moons AS SELECT * FROM VALUES ('Earth', 1), ('Mars', 2) AS t(planet, n)");
    }

    @Test
    void countsThem(SparkSession spark) {
      assertThat(spark.table("moons").count()).isEqualTo(2);
    }

    @Test
    void sumsThem(SparkSession spark) {
      assertThat(spark.sql("SELECT sum(n) FROM moons").collectAsList()).containsExactly(Row.of(3L));
    }
  }

  @SparkConnectTest(detectVolatileColumns = true)
  static class Noisy {
    @Test
    void drawsRandomNumbers(SparkSession spark) {
      assertThat(spark.sql("SELECT id, rand() AS r, uuid() AS u FROM range(3)").collectAsList()).hasSize(3);
    }
  }

  @SparkConnectTest
  static class FaultsOutOfReach {
    @Test
    void armsAFaultPastTheEnd(SparkSession spark, MockSparkConnectServer server) {
      DataFrame numbers = spark.range(3);
      server.stub(numbers.plan()).returns("id BIGINT NOT NULL", new Object[] {0L});
      server.inject(Fault.endStream().afterResponses(99));
      server.inject(Fault.unavailable().onRpc("AnalyzePlan").forPlan(numbers.plan()));
      numbers.collectAsList();
    }

    @Test
    @SparkConnectTest(requireFaultsFired = false)
    void mayLeaveItArmed(SparkSession spark, MockSparkConnectServer server) {
      armsAFaultPastTheEnd(spark, server);
    }
  }

  @SparkConnectTest
  static class TwoWaysIn {
    static final List<String> SEEN = new ArrayList<>();

    @Test
    void asksTheVersionBothWays(SparkSession spark, SparkConnectEndpoint endpoint) {
      try (SparkSession overTcp = SparkSession.builder().remote(endpoint.remote()).create()) {
        SEEN.add(spark.version());
        SEEN.add(overTcp.version());
        SEEN.add(spark.toString());
        SEEN.add(endpoint.remote());
      }
    }
  }

  // ---- the tests ----

  @Test
  void aReplayedTestsSessionReachesTheMockInProcessWhileItsEndpointStillHasAPort() {
    TwoWaysIn.SEEN.clear();

    run("REPLAY", selectClass(TwoWaysIn.class)).testEvents().assertStatistics(stats -> stats.succeeded(1).failed(0));

    assertThat(TwoWaysIn.SEEN).hasSize(4);
    assertThat(TwoWaysIn.SEEN.get(1)).as("the same mock answers over TCP").isEqualTo(TwoWaysIn.SEEN.get(0));
    assertThat(TwoWaysIn.SEEN.get(2)).contains("a channel of its own");
    assertThat(TwoWaysIn.SEEN.get(3)).matches("sc://localhost:\\d+");
  }

  @Test
  @Tag("real-server")
  void recordWritesTheTestsFixturesAndReplayServesThem() throws IOException {
    EngineExecutionResults recorded = run("RECORD", selectMethod(Planets.class, "countsPlanetsWithMoons", SparkSession.class.getName()));
    recorded.testEvents().assertStatistics(stats -> stats.succeeded(1).failed(0));

    Path folder = folderOf(Planets.class, "countsPlanetsWithMoons");
    assertThat(fixtureFolders(folder)).isNotEmpty().allSatisfy(fixture ->
        assertThat(fixture.resolve(FixtureFiles.REQUEST)).exists());
    assertThat(FixtureStore.load(folder).all()).extracting(Fixture::name)
        .anyMatch(name -> name.startsWith("execute-filter-") || name.startsWith("analyze-schema-"));

    run("REPLAY", selectMethod(Planets.class, "countsPlanetsWithMoons", SparkSession.class.getName()))
        .testEvents().assertStatistics(stats -> stats.succeeded(1).failed(0));
  }

  @Test
  @Tag("real-server")
  void aReplayMissFailsWithTheNearestRecordingAndTheDifference() {
    run("RECORD", selectMethod(Planets.class, "countsPlanetsWithMoons", SparkSession.class.getName()));
    EngineExecutionResults replay = run("REPLAY", selectClass(Planets.class));

    replay.testEvents().assertStatistics(stats -> stats.succeeded(1).failed(1));
    replay.testEvents().assertThatEvents().haveExactly(1, event(finishedWithFailure(
        message(text -> text.contains("MOCK_SERVER.NO_RECORDING") && text.contains("No recording or stub answers")))));
  }

  @Test
  @Tag("real-server")
  void verifyPassesWhileTheRecordingsTellTheTruth() {
    run("RECORD", selectMethod(Planets.class, "countsPlanetsWithMoons", SparkSession.class.getName()));

    run("VERIFY", selectMethod(Planets.class, "countsPlanetsWithMoons", SparkSession.class.getName()))
        .testEvents().assertStatistics(stats -> stats.succeeded(1).failed(0));
  }

  @Test
  @Tag("real-server")
  void verifyCatchesAnAnswerThatChanged() throws IOException {
    run("RECORD", selectMethod(Planets.class, "countsPlanetsWithMoons", SparkSession.class.getName()));
    Path folder = folderOf(Planets.class, "countsPlanetsWithMoons");
    Fixture filtered = FixtureStore.load(folder).all().stream()
        .filter(fixture -> fixture.name().startsWith("execute-")).filter(fixture -> !fixture.arrowBatches().isEmpty())
        .findFirst().orElseThrow();
    ArrowSchema schema = ArrowSchema.of(List.of(ArrowField.of("name", false, new ArrowType.Utf8(false)),
        ArrowField.of("moons", false, new ArrowType.Int(32, true))));
    byte[] tampered = ArrowStreamWriter.write(schema, List.of(new Object[] {"Earth", 1}, new Object[] {"Mars", 3}));
    deleteRecursively(folder.resolve(filtered.name()));
    FixtureWriter.write(folder, Fixture.execution(dev.sparkconnect.proto.Plan.newBuilder()
        .mergeFrom(filtered.request().toByteString()).build(), List.of(
            ExecutePlanResponse.newBuilder().setArrowBatch(ExecutePlanResponse.ArrowBatch.newBuilder()
                .setRowCount(2).setData(ByteString.copyFrom(tampered))).build(),
            ExecutePlanResponse.newBuilder().setResultComplete(ExecutePlanResponse.ResultComplete.getDefaultInstance()).build()),
        null));

    EngineExecutionResults verify = run("VERIFY", selectMethod(Planets.class, "countsPlanetsWithMoons",
        SparkSession.class.getName()));

    verify.testEvents().assertStatistics(stats -> stats.succeeded(0).failed(1));
    verify.testEvents().assertThatEvents().haveExactly(1, event(finishedWithFailure(message(text ->
        text.contains("no longer match the fixtures") && text.contains("the server's answer changed")
            && text.contains("recorded 3, now 2")))));
  }

  @Test
  @Tag("real-server")
  void verifyChecksALaterAnswerEvenWhenTheServerNowAnswersAsBefore() throws IOException {
    run("RECORD", selectClass(AskedTwice.class)).testEvents().assertStatistics(stats -> stats.succeeded(1));
    Path folder = folderOf(AskedTwice.class, "readsThePlanetsTwice");
    Fixture query = FixtureStore.load(folder).all().stream().filter(fixture -> !fixture.arrowBatches().isEmpty())
        .findFirst().orElseThrow();
    assertThat(query.occurrence()).as("asked twice, answered the same: one recording").isEqualTo(1);
    // As if the recording had seen the second asking answered with one planet only.
    ArrowSchema schema = ArrowSchema.of(List.of(ArrowField.of("name", false, new ArrowType.Utf8(false)),
        ArrowField.of("moons", false, new ArrowType.Int(32, true))));
    FixtureWriter.write(folder, Fixture.execution(dev.sparkconnect.proto.Plan.newBuilder()
        .mergeFrom(query.request().toByteString()).build(), List.of(
            ExecutePlanResponse.newBuilder().setArrowBatch(ExecutePlanResponse.ArrowBatch.newBuilder().setRowCount(1)
                .setData(ByteString.copyFrom(ArrowStreamWriter.write(schema, List.<Object[]>of(new Object[] {"Earth", 1})))))
                .build(),
            ExecutePlanResponse.newBuilder().setResultComplete(ExecutePlanResponse.ResultComplete.getDefaultInstance()).build()),
        null).withOccurrence(2));

    EngineExecutionResults verify = run("VERIFY", selectClass(AskedTwice.class));

    verify.testEvents().assertStatistics(stats -> stats.failed(1));
    verify.testEvents().assertThatEvents().haveExactly(1, event(finishedWithFailure(message(text ->
        text.contains("the recording saw 2 different answers in turn, the server now gives 1")
            && text.contains(query.name() + "-2") && text.contains("never came")))));
  }

  @Test
  @Tag("real-server")
  void recordMissingRecordsOnlyWhatHasNoFixturesAndParameterizedRunsAreKeptApart() {
    Ranges.MODES.clear();
    run("RECORD_MISSING", selectClass(Ranges.class)).testEvents().assertStatistics(stats -> stats.succeeded(2));
    assertThat(Ranges.MODES).containsExactly(Mode.RECORD, Mode.RECORD);
    Path method = folderOf(Ranges.class, "ranges");
    assertThat(method.resolve("invocation-1")).isDirectory();
    assertThat(method.resolve("invocation-2")).isDirectory();

    Ranges.MODES.clear();
    run("RECORD_MISSING", selectClass(Ranges.class)).testEvents().assertStatistics(stats -> stats.succeeded(2));
    assertThat(Ranges.MODES).containsExactly(Mode.REPLAY, Mode.REPLAY);
  }

  @Test
  @Tag("real-server")
  void sessionsDoNotLeakBetweenTests() {
    run("LIVE", selectClass(Isolation.class)).testEvents().assertStatistics(stats -> stats.succeeded(2).failed(0));
  }

  @Test
  @Tag("real-server")
  void aTokenProtectedLocalServerGetsItsTokenToTheSessionAndNowhereElse() {
    run("LIVE", selectClass(Authenticated.class)).testEvents().assertStatistics(stats -> stats.succeeded(1).failed(0));
  }

  @ParameterizedTest
  @ValueSource(strings = {"REPLAY", "RECORD", "RECORD_MISSING", "VERIFY", "LIVE"})
  void aTestThatTakesTheMockRunsOnItsStubsInEveryMode(String mode) {
    Stubbed.MODES.clear();

    run(mode, selectClass(Stubbed.class)).testEvents().assertStatistics(stats -> stats.succeeded(1).failed(0));

    assertThat(Stubbed.MODES).containsExactly(Mode.REPLAY);
    assertThat(folderOf(Stubbed.class, "answersFromTheStub")).doesNotExist();
  }

  @Test
  void aPinnedModeWinsOverTheSystemProperty() {
    PinnedToReplay.MODES.clear();

    run("LIVE", selectClass(PinnedToReplay.class)).testEvents().assertStatistics(stats -> stats.succeeded(1));

    assertThat(PinnedToReplay.MODES).containsExactly(Mode.REPLAY);
  }

  @Test
  void aFaultThatNeverFiredFailsTheTestUnlessAllowed() {
    EngineExecutionResults results = run("REPLAY", selectClass(FaultsOutOfReach.class));

    results.testEvents().assertStatistics(stats -> stats.succeeded(1).failed(1));
    results.testEvents().assertThatEvents().haveExactly(1, event(finishedWithFailure(message(text ->
        text.startsWith("2 faults were armed but never fired as asked") && text.contains("after 99 responses")
            && text.contains("AnalyzePlan") && text.contains("requireFaultsFired = false")))));
  }

  @Test
  @Tag("real-server")
  void aFaultTestRunsOnTheRealServerThroughTheProxyAndOnTheMockFromWhatItRecorded() throws IOException {
    CutsAStream.REATTACHES.clear();

    run("RECORD", selectClass(CutsAStream.class)).testEvents().assertStatistics(stats -> stats.succeeded(1).failed(0));
    run("REPLAY", selectClass(CutsAStream.class)).testEvents().assertStatistics(stats -> stats.succeeded(1).failed(0));
    run("LIVE", selectClass(CutsAStream.class)).testEvents().assertStatistics(stats -> stats.succeeded(1).failed(0));

    assertThat(CutsAStream.REATTACHES).as("reattaches in RECORD, REPLAY and LIVE").containsExactly(1, 1, 1);
    assertThat(fixtureFolders(folderOf(CutsAStream.class, "losesNoRow"))).isNotEmpty();
  }

  @Test
  @Tag("real-server")
  void aTestThatTakesTheFaultyNetworkReachesItsServerThroughItInEveryMode() {
    ThroughAFlakyNetwork.RESETS.clear();

    run("RECORD", selectClass(ThroughAFlakyNetwork.class)).testEvents().assertStatistics(stats -> stats.succeeded(1).failed(0));
    run("REPLAY", selectClass(ThroughAFlakyNetwork.class)).testEvents().assertStatistics(stats -> stats.succeeded(1).failed(0));
    run("LIVE", selectClass(ThroughAFlakyNetwork.class)).testEvents().assertStatistics(stats -> stats.succeeded(1).failed(0));

    assertThat(ThroughAFlakyNetwork.RESETS).as("connection resets in RECORD, REPLAY and LIVE").containsExactly(1L, 1L, 1L);
  }

  /**
   * A UDF test records against the real server (its jar uploaded, its class registered by name, its
   * query run) and replays on the mock from what it recorded, with the same jar: a plan holding a
   * named-class UDF has a key that does not change from run to run.
   */
  @Test
  @Tag("real-server")
  void aTestWithANamedUdfRecordsAndReplays(@TempDir Path work) throws IOException {
    Path sources = Files.createDirectories(work.resolve("demo/udfs"));
    Files.writeString(sources.resolve("Shout.java"), "package demo.udfs;\n"
        + "public final class Shout implements org.apache.spark.sql.api.java.UDF1<String, String> {\n"
        + "  @Override public String call(String s) { return s == null ? null : s.toUpperCase() + \"!\"; }\n}\n");
    String sparkJars = dev.sparkconnect.localserver.SparkJars.resolve(
        dev.sparkconnect.localserver.SparkDistribution.defaultDistribution()).stream().map(Path::toString)
        .collect(java.util.stream.Collectors.joining(java.io.File.pathSeparator));
    Path classes = Files.createDirectories(work.resolve("classes"));
    assertThat(javax.tools.ToolProvider.getSystemJavaCompiler().run(null, null, null, "--release", "11", "-cp",
        sparkJars, "-d", classes.toString(), sources.resolve("Shout.java").toString())).isZero();
    UsesANamedUdf.jar = work.resolve("udfs.jar");
    try (java.util.jar.JarOutputStream out = new java.util.jar.JarOutputStream(Files.newOutputStream(UsesANamedUdf.jar))) {
      out.putNextEntry(new java.util.jar.JarEntry("demo/udfs/Shout.class"));
      out.write(Files.readAllBytes(classes.resolve("demo/udfs/Shout.class")));
      out.closeEntry();
    }

    run("RECORD", selectClass(UsesANamedUdf.class)).testEvents().assertStatistics(stats -> stats.succeeded(1).failed(0));
    List<Path> recorded = fixtureFolders(folderOf(UsesANamedUdf.class, "shoutsFromSql"));
    run("REPLAY", selectClass(UsesANamedUdf.class)).testEvents().assertStatistics(stats -> stats.succeeded(1).failed(0));
    run("RECORD", selectClass(UsesANamedUdf.class)).testEvents().assertStatistics(stats -> stats.succeeded(1).failed(0));

    assertThat(recorded).hasSizeGreaterThanOrEqualTo(2);
    assertThat(fixtureFolders(folderOf(UsesANamedUdf.class, "shoutsFromSql"))).as("the same keys when recorded again")
        .containsExactlyInAnyOrderElementsOf(recorded);
  }

  /**
   * A typed Dataset test with a lambda that runs on the server records against the real server
   * (the lambda's packet and its classes uploaded) and replays on the mock, and recording it again
   * gives the same fixture keys: the packet's bytes do not change from run to run.
   */
  @Test
  @Tag("real-server")
  void aTypedDatasetTestWithALambdaRecordsAndReplays() throws IOException {
    run("RECORD", selectClass(ReadsRecords.class)).testEvents().assertStatistics(stats -> stats.succeeded(1).failed(0));
    List<Path> recorded = fixtureFolders(folderOf(ReadsRecords.class, "readsTypedValuesAndRunsALambda"));
    run("REPLAY", selectClass(ReadsRecords.class)).testEvents().assertStatistics(stats -> stats.succeeded(1).failed(0));
    run("RECORD", selectClass(ReadsRecords.class)).testEvents().assertStatistics(stats -> stats.succeeded(1).failed(0));

    assertThat(recorded).hasSizeGreaterThanOrEqualTo(2);
    assertThat(fixtureFolders(folderOf(ReadsRecords.class, "readsTypedValuesAndRunsALambda")))
        .as("the same keys when recorded again").containsExactlyInAnyOrderElementsOf(recorded);
  }

  @Test
  @Tag("real-server")
  void aFailedRecordKeepsTheFixturesItWouldHaveReplaced() throws IOException {
    FailsOnDemand.size = 3;
    FailsOnDemand.fail = false;
    run("RECORD", selectClass(FailsOnDemand.class)).testEvents().assertStatistics(stats -> stats.succeeded(1));
    Path folder = folderOf(FailsOnDemand.class, "countsARange");
    List<Path> recorded = fixtureFolders(folder);
    assertThat(recorded).isNotEmpty();

    FailsOnDemand.size = 4;
    FailsOnDemand.fail = true;
    run("RECORD", selectClass(FailsOnDemand.class)).testEvents().assertStatistics(stats -> stats.failed(1));

    assertThat(fixtureFolders(folder)).containsExactlyInAnyOrderElementsOf(recorded);
    FailsOnDemand.size = 3;
    FailsOnDemand.fail = false;
    run("REPLAY", selectClass(FailsOnDemand.class)).testEvents().assertStatistics(stats -> stats.succeeded(1));
  }

  @Test
  void aFixturesFolderThatDoesNotExistFailsNamingIt() {
    EngineExecutionResults results = EngineTestKit.engine("junit-jupiter")
        .configurationParameter(ExtensionSettings.FIXTURES, fixtures.resolve("mistyped").toString())
        .selectors(selectClass(PinnedToReplay.class))
        .execute();

    results.testEvents().assertThatEvents().haveExactly(1, event(finishedWithFailure(message(text ->
        text.startsWith("The fixtures folder " + fixtures.resolve("mistyped") + " does not exist")
            && text.contains("RECORD_MISSING")))));
  }

  @Test
  @Tag("real-server")
  void whatBeforeEachAsksIsRecordedOnceForTheClass() throws IOException {
    run("RECORD", selectClass(SharedSetUp.class)).testEvents().assertStatistics(stats -> stats.succeeded(2));

    Path setUp = fixtures.resolve(SharedSetUp.class.getName().replace('$', '.')).resolve("@BeforeEach");
    Path setUpFixture = fixtureFolders(setUp).stream().map(Path::getFileName)
        .filter(name -> name.toString().startsWith("execute-sql-command-")).findFirst().orElseThrow();
    for (String test : List.of("countsThem", "sumsThem")) {
      assertThat(fixtureFolders(folderOf(SharedSetUp.class, test))).isNotEmpty()
          .noneMatch(path -> path.getFileName().equals(setUpFixture));
    }
    run("REPLAY", selectClass(SharedSetUp.class)).testEvents().assertStatistics(stats -> stats.succeeded(2).failed(0));
    run("VERIFY", selectClass(SharedSetUp.class)).testEvents().assertStatistics(stats -> stats.succeeded(2).failed(0));
  }

  @Test
  @Tag("real-server")
  void columnsThatChangeBetweenRunsAreRecordedVolatileAndVerifyLeavesThemOut() throws IOException {
    EngineTestKit.engine("junit-jupiter").configurationParameter(ExtensionSettings.FIXTURES, fixtures.toString())
        .configurationParameter(ExtensionSettings.MODE, "RECORD").configurationParameter(ExtensionSettings.BACKEND, "LOCAL")
        .configurationParameter(ExtensionSettings.DETECT_VOLATILE_COLUMNS, "false")
        .selectors(selectClass(Noisy.class)).execute().testEvents().assertStatistics(stats -> stats.succeeded(1));
    run("VERIFY", selectClass(Noisy.class)).testEvents().assertStatistics(stats -> stats.failed(1));

    run("RECORD", selectClass(Noisy.class)).testEvents().assertStatistics(stats -> stats.succeeded(1));

    Path query = fixtureFolders(folderOf(Noisy.class, "drawsRandomNumbers")).stream()
        .filter(path -> path.getFileName().toString().startsWith("execute-"))
        .filter(path -> !path.getFileName().toString().startsWith("execute-sql-command-")).findFirst().orElseThrow();
    assertThat(dev.sparkconnect.fixtures.FixtureReader.read(query).volatileColumns()).containsExactly("r", "u");
    run("VERIFY", selectClass(Noisy.class)).testEvents().assertStatistics(stats -> stats.succeeded(1).failed(0));
  }

  @Test
  void aBadSettingListsTheValidValues() {
    EngineExecutionResults results = run("REPLAYY", selectClass(WantsTheMock.class));

    results.testEvents().assertThatEvents().haveExactly(1, event(finishedWithFailure(message(text ->
        text.contains("spark.connect.mode (or SPARK_CONNECT_MODE) is 'REPLAYY'")
            && text.contains("[REPLAY, RECORD, RECORD_MISSING, VERIFY, LIVE]")))));
  }

  private static List<Path> fixtureFolders(Path folder) throws IOException {
    try (Stream<Path> list = Files.list(folder)) {
      return list.filter(Files::isDirectory).toList();
    }
  }

  private static void deleteRecursively(Path folder) throws IOException {
    try (Stream<Path> walk = Files.walk(folder)) {
      for (Path path : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
