package dev.sparkconnect.examples.golden;

import dev.sparkconnect.client.SparkSession;
import dev.sparkconnect.junit.SparkConnectTest;
import dev.sparkconnect.junit.SqlFile;
import dev.sparkconnect.junit.SqlGoldenFiles;

/**
 * A folder of SQL files as tests, with no Java per query: each file of
 * {@code src/test/resources/queries} is a run on Spark 3.5.5 and one on 4.2.0, whose answers are
 * fixtures. {@code reports/revenue.sql} includes the set-up of {@code _shop.sql},
 * {@code session-settings.sql} sets the session's time zone in its header, and
 * {@code ansi-defaults.sql} answers differently on the two versions, as the deviation ledger says.
 *
 * <pre>
 * mvn test -pl examples -Dtest=ShopQueriesGoldenTest                                 # replay
 * mvn test -pl examples -Dtest=ShopQueriesGoldenTest -Dspark.connect.mode=VERIFY -Dspark.connect.backend=LOCAL
 * mvn test -pl examples -Dtest=ShopQueriesGoldenTest -Dspark.connect.mode=RECORD_MISSING -Dspark.connect.backend=LOCAL
 * </pre>
 */
@SparkConnectTest
class ShopQueriesGoldenTest {

  @SqlGoldenFiles(value = "queries", sparkVersions = {"3.5.5", "4.2.0"})
  void queries(SqlFile file, SparkSession spark) {
    file.runOn(spark);
  }
}
