package dev.sparkconnect.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs a test class or method against a Spark Connect server: the mock server replaying the
 * test's recorded fixtures by default, or a real server to record, verify or simply run against.
 *
 * <pre>{@code
 * @SparkConnectTest
 * class OrdersTest {
 *   @Test
 *   void revenueByStatus(SparkSession spark) {
 *     DataFrame revenue = spark.sql("SELECT status, sum(amount) AS revenue FROM orders GROUP BY status");
 *     assertThat(revenue).hasRowCount(4);
 *   }
 * }
 * }</pre>
 *
 * <p>Test and {@code @BeforeEach} methods may take a {@code SparkSession} (a fresh one per test,
 * closed after it), a {@code FaultableServer} (to inject faults and read the journal, in every
 * mode: the mock in REPLAY, the proxy in front of the real server otherwise), a
 * {@code FaultyNetwork} (the test's mock or proxy is then reached through it, to break the network
 * below gRPC), the {@code MockSparkConnectServer} and the {@link SparkConnectEndpoint} in use. A test that takes the
 * {@code MockSparkConnectServer} gets its answers from stubs, so it runs on the mock in every mode:
 * a whole-suite RECORD records the other tests and leaves it as it is.
 *
 * <p>Every attribute can be overridden without touching code, by a JUnit configuration parameter
 * or system property ({@code spark.connect.mode}, {@code spark.connect.backend},
 * {@code spark.connect.fixtures}, {@code spark.connect.sparkVersion}, {@code spark.connect.remote},
 * {@code spark.connect.authenticate}) or an environment variable ({@code SPARK_CONNECT_MODE},
 * {@code SPARK_CONNECT_BACKEND}, {@code SPARK_CONNECT_FIXTURES}, {@code SPARK_CONNECT_SPARK_VERSION},
 * {@code SPARK_REMOTE}, {@code SPARK_CONNECT_AUTHENTICATE}), in that order of precedence, except
 * that a {@link #pinMode pinned} mode wins over all. An
 * EXTERNAL server's token comes from {@code spark.connect.token} or {@code SPARK_CONNECT_TOKEN},
 * added to its {@code sc://} string when that has none. Run a whole suite as a contract test with {@code -Dspark.connect.mode=VERIFY}.
 *
 * <p>{@code spark.connect.keepWarm} (or {@code SPARK_CONNECT_KEEP_WARM}), such as {@code 10m}, keeps
 * a LOCAL server running for that long unused after the test JVM ends, so that the next test JVM
 * (the next class run from an IDE, the next {@code mvn test}) reuses it instead of starting Spark.
 *
 * <p>To run a test on several Spark versions, or compare a backend with Spark, use
 * {@link SparkVersions} instead of {@code @Test}; {@link FaultSweep} breaks its streams at every
 * position.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(SparkConnectExtension.class)
public @interface SparkConnectTest {

  /** REPLAY unless configured otherwise (a system property wins over this unless {@link #pinMode}). */
  Mode mode() default Mode.REPLAY;

  /**
   * Whether {@link #mode} holds whatever the configuration says: {@code @SparkConnectTest(mode =
   * REPLAY, pinMode = true)} keeps a class on its recordings while the rest of the suite runs with
   * {@code -Dspark.connect.mode=RECORD}. The nearest annotation (the method's, else the class's)
   * decides.
   */
  boolean pinMode() default false;

  /**
   * Whether a test fails when a fault it armed never fired as asked (placed past the end of a
   * stream, on an RPC or plan the test never calls, or a second fault ending the same call at the
   * same position), listing those faults. Turn off for tests whose faults may rightly not fire.
   */
  boolean requireFaultsFired() default true;

  /**
   * In VERIFY, how far a floating-point or decimal cell may be from its recording and still match
   * (0, exact, by default); other cells must be the same value.
   */
  double verifyTolerance() default 0;

  /**
   * In RECORD, whether each query runs twice so that the columns whose values change between runs
   * ({@code rand()}, {@code current_timestamp()}, {@code uuid()}) are marked volatile in its fixture;
   * VERIFY then leaves them out and says so. Off by default: it doubles the queries' time.
   */
  boolean detectVolatileColumns() default false;

  /** The real server for RECORD, RECORD_MISSING, VERIFY and LIVE. */
  Backend backend() default Backend.AUTO;

  /** The root folder of fixtures; each test's own are under {@code <root>/<class name>/<method name>}. */
  String fixtures() default "src/test/resources/spark-connect";

  /** The Spark version of a LOCAL or TESTCONTAINERS server; empty for the project's default (4.2.0). */
  String sparkVersion() default "";

  /** The endpoint of an EXTERNAL server; empty to take it from configuration or {@code SPARK_REMOTE}. */
  String remote() default "";

  /**
   * Whether the LOCAL or TESTCONTAINERS server requires a bearer token, as Spark's
   * {@code spark.connect.authenticate.token} makes it: the server gets a token made for the run,
   * and the session a test receives carries it. For an EXTERNAL server, give its token with
   * {@code spark.connect.token} or {@code SPARK_CONNECT_TOKEN} instead (never in code).
   */
  boolean authenticate() default false;
}
