package dev.sparkconnect.mock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sparkconnect.client.SparkSession;
import dev.sparkconnect.proto.ConfigRequest;
import org.junit.jupiter.api.Test;

/** The journal stays within its bound on a long run, and says how much it let go. */
class JournalTest {

  @Test
  void aBoundedJournalKeepsTheNewestAndCountsEveryRequest() {
    Journal journal = new Journal(3);
    for (int i = 0; i < 10; i++) {
      journal.add(i % 2 == 0 ? "Config" : "AnalyzePlan", "s" + i, ConfigRequest.getDefaultInstance());
    }

    assertThat(journal.entries()).extracting(Journal.Entry::sessionId).containsExactly("s7", "s8", "s9");
    assertThat(journal.dropped()).isEqualTo(7);
    assertThat(journal.count("Config")).isEqualTo(5);
    assertThat(journal.count("AnalyzePlan")).isEqualTo(5);
    journal.clear();
    assertThat(journal.dropped()).isZero();
    assertThat(journal.count("Config")).isZero();
  }

  @Test
  void sessionsJournallingAtOnceKeepTheBoundAndEveryCount() throws Exception {
    Journal journal = new Journal(1);
    int threads = 8;
    int each = 5_000;
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
    java.util.List<java.util.concurrent.Future<?>> adding = new java.util.ArrayList<>();
    for (int t = 0; t < threads; t++) {
      String session = "s" + t;
      adding.add(pool.submit(() -> {
        for (int i = 0; i < each; i++) {
          journal.add("Config", session, ConfigRequest.getDefaultInstance());
          assertThat(journal.entries()).as("the newest always stays").isNotEmpty();
        }
      }));
    }
    for (java.util.concurrent.Future<?> future : adding) {
      future.get(60, java.util.concurrent.TimeUnit.SECONDS);
    }
    pool.shutdown();

    assertThat(journal.entries()).hasSize(1);
    assertThat(journal.count("Config")).isEqualTo(threads * each);
    assertThat(journal.dropped()).isEqualTo(threads * each - 1);
  }

  @Test
  void aServerJournalIsBoundedByDefaultAndCanKeepItAll() {
    try (MockSparkConnectServer server = MockSparkConnectServer.builder().journalLimit(5).start();
         SparkSession spark = SparkSession.builder().remote(server.remote()).create()) {
      for (int i = 0; i < 12; i++) {
        spark.conf().set("spark.sql.shuffle.partitions", Integer.toString(i + 1));
      }
      assertThat(server.journal().entries()).hasSize(5);
      assertThat(server.journal().count("Config")).isEqualTo(12);
      assertThat(server.journal().dropped()).isEqualTo(7);
    }
    assertThatThrownBy(() -> MockSparkConnectServer.builder().journalLimit(0)).hasMessageContaining("at least 1");
  }

  @Test
  void aSecretSettingIsJournaledRedactedAndStillSet() {
    try (MockSparkConnectServer server = MockSparkConnectServer.builder().start();
         SparkSession spark = SparkSession.builder().remote(server.remote()).create()) {
      spark.conf().set("spark.hadoop.fs.s3a.secret.key", "s3cr3t");
      spark.conf().set("spark.sql.shuffle.partitions", "4");

      assertThat(server.journal().entries("Config")).extracting(entry -> ((ConfigRequest) entry.request())
          .getOperation().getSet().getPairs(0).getValue()).containsExactly("*********(redacted)", "4");
      assertThat(server.journal().toString()).doesNotContain("s3cr3t");
      assertThat(spark.conf().get("spark.hadoop.fs.s3a.secret.key")).isEqualTo("s3cr3t");
    }
  }
}
