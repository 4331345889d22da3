package dev.sparkconnect.mock;

import static dev.sparkconnect.client.functions.col;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sparkconnect.client.DataFrame;
import dev.sparkconnect.client.SparkSession;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * A DataFrame transformed 5,000 times in a loop is built, canonicalised and sent without a
 * {@code StackOverflowError} on a thread with the default stack, and the server's answer (here:
 * deeper than Spark's 1,024-level limit, refused by name) reaches the caller.
 */
class DeepPlanRequestTest {

  @Test
  void aFiveThousandStepPlanGetsTheServersAnswerNotAStackOverflow() throws Exception {
    AtomicReference<Throwable> outcome = new AtomicReference<>();
    try (MockSparkConnectServer server = MockSparkConnectServer.builder().start();
        SparkSession spark = SparkSession.builder().remote(server.remote()).create()) {
      Thread caller = new Thread(() -> {
        try {
          DataFrame df = spark.range(10);
          for (int i = 0; i < 5_000; i++) {
            df = df.filter(col("id").gt(i));
          }
          df.collectAsList();
        } catch (Throwable t) {
          outcome.set(t);
        }
      });
      caller.start();
      caller.join();
    }
    assertThat(outcome.get()).isNotNull().isNotInstanceOf(StackOverflowError.class)
        .hasMessageContaining("INVALID_ARGUMENT").hasMessageContaining("too many levels of nesting");
  }
}
