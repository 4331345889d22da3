package dev.sparkconnect.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Turns a folder of {@code .sql} files into tests, one per file, whose answers are fixtures: with
 * no Java per query, a folder of queries records, replays, verifies and runs across Spark versions
 * like any {@link SparkConnectTest}.
 *
 * <pre>{@code
 * @SparkConnectTest
 * class ShopQueriesTest {
 *   @SqlGoldenFiles("src/test/resources/queries")            // instead of @Test
 *   void queries(SqlFile file, SparkSession spark) {
 *     file.runOn(spark);
 *   }
 * }
 * }</pre>
 *
 * <p>Each file is a run named after it ({@code reports/orders.sql}), its fixtures in
 * {@code <class>/<method>/<file>/}. A file may begin with {@code -- conf: KEY=VALUE} and
 * {@code -- setup: ...} lines ({@link SqlFile}); files whose names start with {@code _} are set-up
 * to include, not tests. A statement's answer is its fixture, an error included (as in Spark's
 * own golden files: the error is the answer); in REPLAY a statement with no recording fails naming
 * its file and line, and in VERIFY each changed answer is named by its file and line.
 *
 * <p>{@link #sparkVersions} runs every file on each version, as {@link SparkVersions} runs a
 * test: each version's own answers kept only where they differ, every difference held to the
 * deviation ledger, whose {@code test} is {@code Class.method/file.sql}.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@TestTemplate
@ExtendWith(SqlGoldenFilesExtension.class)
public @interface SqlGoldenFiles {

  /**
   * The folder of {@code .sql} files (searched at any depth): a path, relative to the working
   * directory (the module, under Maven), or else a folder on the test class path.
   */
  String value();

  /** The Spark versions (or {@code "external"}) to run each file on; none to run each once. */
  String[] sparkVersions() default {};

  /** As {@link SparkVersions#reference}: by default the newest version listed. */
  String reference() default "";

  /** As {@link SparkVersions#ledger}. */
  String ledger() default "deviations.yaml";
}
