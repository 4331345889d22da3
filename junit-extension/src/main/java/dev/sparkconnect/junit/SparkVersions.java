package dev.sparkconnect.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs a {@link SparkConnectTest} once per Spark version (or per backend), each run a test of its
 * own named after its server, and holds the ways their answers differ to a committed ledger.
 *
 * <pre>{@code
 * @SparkConnectTest
 * class DivisionTest {
 *   @SparkVersions({"3.5.5", "4.0.1", "4.1.2", "4.2.0"})     // instead of @Test
 *   void divisionByZero(SparkSession spark) {
 *     ...
 *   }
 * }
 * }</pre>
 *
 * <p><b>Servers.</b> Each version runs on a LOCAL (or TESTCONTAINERS) server of that version,
 * started once per test run and shared by every test that asks for it. An entry {@code external}
 * stands for the EXTERNAL endpoint ({@code spark.connect.remote} or {@code SPARK_REMOTE}), so
 * {@code @SparkVersions({"4.2.0", "external"})} compares a vendor's or another engine's answers
 * with Apache Spark's. {@code -Dspark.connect.sparkVersions=3.5.5,4.2.0} runs a subset (a CI job
 * per version, or a representative few).
 *
 * <p><b>Fixtures.</b> The {@link #reference} version's answers are the test's fixtures, in its
 * usual folder; another version's answers are kept, in {@code @spark-<version>/} (or
 * {@code @external/}) beside them, only where they differ from the reference's. So a test whose
 * answers agree everywhere has one set of fixtures, and the differences sit in small folders a
 * reviewer reads. REPLAY serves each version its own answers, on a mock that reports that version.
 *
 * <p><b>The deviation ledger.</b> After each run of a version other than the reference, its
 * answers are compared with the reference's, value by value: live answers in RECORD, VERIFY and
 * LIVE (so two servers are compared with no fixtures at all), recorded ones in REPLAY. Every
 * difference must be listed in the {@link #ledger} with a reason, and every listed difference must
 * still happen: the run fails on a new difference, naming it and showing the entry to add, and on
 * an entry that no longer happens, because the boundary it documented has moved.
 *
 * <pre>
 * # src/test/resources/spark-connect/deviations.yaml
 * - test: DivisionTest.divisionByZero
 *   version: 3.5.5
 *   difference: outcome
 *   reason: ANSI mode is off by default before Spark 4.0, so 1 / 0 is null instead of an error
 * </pre>
 *
 * <p>An entry's {@code difference} is text that the difference, as the failure prints it, contains
 * (the place, such as {@code row 0 column x}, or a value); an optional {@code query} names the
 * fixture. Which server answered how is in the failure message and in the fixtures, so the ledger
 * says only what differs and why.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@TestTemplate
@ExtendWith(VersionMatrixExtension.class)
public @interface SparkVersions {

  /** The Spark versions to run on, such as {@code "3.5.5"}, and {@code "external"} for the EXTERNAL endpoint. */
  String[] value();

  /**
   * The version whose answers are the fixtures and the standard the others are compared with; by
   * default the newest version listed. It runs first.
   */
  String reference() default "";

  /** The deviation ledger, relative to the fixtures root ({@link SparkConnectTest#fixtures}) unless absolute. */
  String ledger() default "deviations.yaml";
}
