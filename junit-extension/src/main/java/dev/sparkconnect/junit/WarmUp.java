package dev.sparkconnect.junit;

import dev.sparkconnect.client.internal.results.ResultCollector;
import dev.sparkconnect.client.internal.transport.ClientOptions;
import dev.sparkconnect.client.internal.transport.SparkConnectClient;
import dev.sparkconnect.fixtures.FixtureStore;
import dev.sparkconnect.mock.MockSparkConnectServer;
import dev.sparkconnect.proto.Plan;
import dev.sparkconnect.proto.Relation;
import dev.sparkconnect.proto.SQL;
import dev.sparkconnect.protocol.connection.ConnectionString;
import dev.sparkconnect.protocol.versions.ServerProtocol;
import dev.sparkconnect.protocol.versions.SparkVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes, once per JVM and on two background threads, the path every first test takes: a first
 * query to an in-process mock, answered, decoded and checked against the oldest server's protocol;
 * and, beside it, a fixture read from disk (the one-row fixture kept in {@code warm-up/} beside
 * this class, copied to a temporary folder). It starts as soon as JUnit begins discovering tests
 * ({@link WarmUpDiscoveryListener}), so the classes, protobuf descriptors and gRPC plumbing the
 * first test needs are loaded and initialized beside JUnit's own start instead of after it: on a
 * machine with a core to spare, the first answer comes sooner (Spring Boot's background
 * pre-initializer does the same for an application). Nothing it does is visible to tests: its
 * mock, client and files are its own, and it opens no {@code SparkSession}, so it never becomes a
 * default or active session.
 *
 * <p>Off with {@code -Dspark.connect.warmUp=false}, and by default on a machine with a single core,
 * which would gain nothing.
 * A failure here is logged at debug level and changes nothing for the tests.
 */
final class WarmUp {

  /** The system property that turns the warm-up off when {@code false}. */
  static final String PROPERTY = "spark.connect.warmUp";

  private static final Logger LOG = LoggerFactory.getLogger(WarmUp.class);
  /** The fixture kept in {@code warm-up/} beside this class, and its files. */
  private static final String FIXTURE = "execute-sql-85c0083dfcf9";
  private static final List<String> FIXTURE_FILES = List.of("request.json", "responses.json", "data.arrow", "preview.txt");
  private static final java.util.concurrent.atomic.AtomicBoolean STARTED = new java.util.concurrent.atomic.AtomicBoolean();
  /** What stopped the reading of the fixture, if anything. */
  private static volatile Exception fixtureFailure;
  /** How the warm-up ended: normally, or with what stopped it. */
  private static final java.util.concurrent.CompletableFuture<Void> DONE = new java.util.concurrent.CompletableFuture<>();

  private WarmUp() {}

  /** Starts the warm-up unless it ran already or is turned off. */
  static void startOnce() {
    // With a single core the warm-up would only take turns with the tests it means to help.
    String defaultSetting = Runtime.getRuntime().availableProcessors() > 1 ? "true" : "false";
    if (!Boolean.parseBoolean(System.getProperty(PROPERTY, defaultSetting)) || !STARTED.compareAndSet(false, true)) {
      return;
    }
    Thread thread = new Thread(WarmUp::run, "spark-connect-warm-up");
    thread.setDaemon(true);
    thread.start();
  }

  private static void run() {
    long start = System.nanoTime();
    try {
      // Two threads: a test reads its fixtures while the query's path is still warming.
      Thread fixture = new Thread(WarmUp::readFixtureQuietly, "spark-connect-warm-up-fixture");
      fixture.setDaemon(true);
      fixture.start();
      firstQuery();
      fixture.join();
      if (fixtureFailure != null) {
        throw fixtureFailure;
      }
      LOG.debug("Warm-up done in {} ms", (System.nanoTime() - start) / 1_000_000);
      DONE.complete(null);
    } catch (Exception | LinkageError e) {
      LOG.debug("Warm-up stopped early; tests are not affected", e);
      DONE.completeExceptionally(e);
    }
  }

  /**
   * Waits for the warm-up started in this JVM to end, for tests of it; throws what stopped it early.
   *
   * @throws IllegalStateException if it was never started
   */
  static void awaitDone(java.time.Duration timeout) throws Exception {
    if (!STARTED.get()) {
      throw new IllegalStateException("the warm-up was not started (is " + PROPERTY + " false?)");
    }
    try {
      DONE.get(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
    } catch (java.util.concurrent.ExecutionException e) {
      throw e.getCause() instanceof Exception cause ? cause : e;
    }
  }

  /** A query to an in-process mock through the client's transport, its result decoded into rows. */
  private static void firstQuery() {
    String query = "SELECT 1 AS one";
    Plan plan = Plan.newBuilder().setRoot(Relation.newBuilder().setSql(SQL.newBuilder().setQuery(query))).build();
    ServerProtocol.unreadablePart(plan, SparkVersion.parse("3.5.0"));
    try (MockSparkConnectServer mock = MockSparkConnectServer.builder().inProcess().start()) {
      mock.stub(plan).returns("one INT", new Object[] {1});
      try (SparkConnectClient client = SparkConnectClient.connect(ConnectionString.parse("sc://localhost"),
          mock::inProcessChannel, List.of(), ClientOptions.defaults())) {
        ResultCollector.collect(client.execute(plan));
      }
    }
  }

  private static void readFixtureQuietly() {
    try {
      readFixture();
    } catch (Exception e) {
      fixtureFailure = e;
    }
  }

  /**
   * Reads the one-row fixture kept beside this class ({@code warm-up/}), copied to a temporary
   * folder as a test's fixtures sit in one: JSON into protobuf, the plan's canonical form, the
   * Arrow data against its preview.
   */
  private static void readFixture() throws IOException {
    Path folder = Files.createTempDirectory("spark-connect-warm-up");
    folder.toFile().deleteOnExit();
    try {
      Path fixture = Files.createDirectory(folder.resolve(FIXTURE));
      fixture.toFile().deleteOnExit();
      for (String file : FIXTURE_FILES) {
        try (java.io.InputStream in = WarmUp.class.getResourceAsStream("warm-up/" + FIXTURE + "/" + file)) {
          if (in == null) {
            throw new IOException("warm-up/" + FIXTURE + "/" + file + " is missing beside " + WarmUp.class.getName());
          }
          Path copy = fixture.resolve(file);
          copy.toFile().deleteOnExit();
          Files.copy(in, copy);
        }
      }
      if (FixtureStore.load(folder).size() != 1) {
        throw new IllegalStateException("the warm-up's fixture did not load");
      }
    } finally {
      try (Stream<Path> files = Files.walk(folder)) {
        for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(file);
        }
      }
    }
  }
}
