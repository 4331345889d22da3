package dev.sparkconnect.junit.containers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.sparkconnect.client.Row;
import dev.sparkconnect.client.SparkSession;
import dev.sparkconnect.client.errors.SparkAuthenticationException;
import dev.sparkconnect.localserver.SparkDistribution;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** A real Spark Connect server in a container, queried by our client. Skipped, with the reason, where no engine runs. */
@Tag("container")
class SparkConnectContainerTest {

  @Test
  void theContainerAnswersQueries() {
    Optional<String> unavailable = ContainerEngine.unavailableReason();
    assumeTrue(unavailable.isEmpty(), () -> "skipped: " + unavailable.orElse(""));
    assumeTrue(LocalSparkImage.ensure(SparkDistribution.DEFAULT_VERSION),
        "skipped: the image apache/spark:" + SparkDistribution.DEFAULT_VERSION + "-scala can be neither found nor"
            + " built (no base image " + LocalSparkImage.BASE_IMAGE + ")");

    try (SparkConnectContainer container = new SparkConnectContainer(SparkDistribution.DEFAULT_VERSION)) {
      container.start();
      try (SparkSession spark = SparkSession.builder().remote(container.remote()).create()) {
        List<Row> rows = spark.sql("SELECT id, id * id AS square FROM range(4)").collectAsList();

        assertThat(rows).extracting(row -> row.getLong(1)).containsExactly(0L, 1L, 4L, 9L);
        assertThat(spark.version()).isEqualTo(SparkDistribution.DEFAULT_VERSION);
      }
    }
  }

  @Test
  void aTokenProtectedContainerAdmitsOnlyItsToken() {
    Optional<String> unavailable = ContainerEngine.unavailableReason();
    assumeTrue(unavailable.isEmpty(), () -> "skipped: " + unavailable.orElse(""));
    assumeTrue(LocalSparkImage.ensure(SparkDistribution.DEFAULT_VERSION), "skipped: no image can be had");
    String token = SparkConnectContainer.newToken();

    try (SparkConnectContainer container = new SparkConnectContainer(SparkDistribution.DEFAULT_VERSION)
        .withAuthenticationToken(token)) {
      container.start();
      assertThat(container.remote()).contains(";token=" + token);
      assertThat(container.address()).doesNotContain(token);
      try (SparkSession spark = SparkSession.builder().remote(container.remote()).create()) {
        assertThat(spark.range(5).count()).isEqualTo(5);
      }
      try (SparkSession stranger = SparkSession.builder().remote(container.address()).create()) {
        assertThatThrownBy(() -> stranger.range(1).count()).isInstanceOf(SparkAuthenticationException.class);
      }
    }
  }
}
