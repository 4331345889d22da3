package dev.sparkconnect.examples.versions;

import static dev.sparkconnect.junit.SparkAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sparkconnect.client.DataFrame;
import dev.sparkconnect.client.Row;
import dev.sparkconnect.client.SparkSession;
import dev.sparkconnect.client.errors.SparkArithmeticException;
import dev.sparkconnect.client.errors.SparkNumberFormatException;
import dev.sparkconnect.junit.SparkConnectTest;
import dev.sparkconnect.junit.SparkVersions;

/**
 * One test, four Spark versions: each method runs once per version, each run a test of its own.
 * Spark 4.0 turned ANSI SQL mode on by default, so two of these queries fail on 4.x where 3.5
 * answers {@code null}; the third answers alike everywhere.
 *
 * <p>The fixtures show it: Spark 4.2.0 (the newest, the reference) answers in each method's
 * folder, and {@code @spark-3.5.5/} beside them holds only what 3.5.5 answers otherwise; 4.0.1
 * and 4.1.2 answer as 4.2.0 does, so their folders hold a note and nothing else. The deviation
 * ledger ({@code src/test/resources/spark-connect/deviations.yaml}) lists each difference with
 * its reason, and every run holds its answers to it.
 *
 * <pre>
 * mvn test -pl examples -Dtest=AnsiDefaultsAcrossVersionsTest                  # replays every version
 * mvn test -pl examples -Dtest=AnsiDefaultsAcrossVersionsTest -Dspark.connect.mode=VERIFY \
 *     -Dspark.connect.backend=LOCAL -Dspark.connect.sparkVersions=3.5.5,4.2.0 # two real servers
 * </pre>
 */
@SparkConnectTest
class AnsiDefaultsAcrossVersionsTest {

  @SparkVersions({"3.5.5", "4.0.1", "4.1.2", "4.2.0"})
  void divisionByZero(SparkSession spark) {
    DataFrame ratio = spark.sql("SELECT 10 / 0 AS ratio");
    if (ansiByDefault(spark)) {
      assertThatThrownBy(ratio::collectAsList).isInstanceOf(SparkArithmeticException.class)
          .hasMessageContaining("DIVIDE_BY_ZERO");
    } else {
      assertThat(ratio).containsExactlyRows(Row.of((Object) null));
    }
  }

  @SparkVersions({"3.5.5", "4.0.1", "4.1.2", "4.2.0"})
  void numbersThatDoNotParse(SparkSession spark) {
    DataFrame parsed = spark.sql("SELECT s, CAST(s AS INT) AS n FROM VALUES ('12'), ('12a') AS t(s) ORDER BY s");
    if (ansiByDefault(spark)) {
      assertThatThrownBy(parsed::collectAsList).isInstanceOf(SparkNumberFormatException.class)
          .hasMessageContaining("CAST_INVALID_INPUT");
    } else {
      assertThat(parsed).containsExactlyRows(Row.of("12", 12), Row.of("12a", null));
    }
  }

  @SparkVersions({"3.5.5", "4.0.1", "4.1.2", "4.2.0"})
  void safeCastsAgreeEverywhere(SparkSession spark) {
    DataFrame parsed = spark.sql("SELECT s, try_cast(s AS INT) AS n FROM VALUES ('12'), ('12a') AS t(s) ORDER BY s");
    assertThat(parsed).containsExactlyRows(Row.of("12", 12), Row.of("12a", null));
  }

  private static boolean ansiByDefault(SparkSession spark) {
    return !spark.version().startsWith("3.");
  }
}
