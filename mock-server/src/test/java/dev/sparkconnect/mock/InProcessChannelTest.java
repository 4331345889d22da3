package dev.sparkconnect.mock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sparkconnect.client.Row;
import dev.sparkconnect.client.SparkSession;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A session reaches the mock through grpc-java's in-process transport when given the mock's
 * {@code inProcessChannel}, and the mock opens a free port only once someone asks for its address.
 */
class InProcessChannelTest {

  @Test
  void aSessionReachesTheMockInProcessAndThePortOpensOnlyWhenAskedFor() {
    try (MockSparkConnectServer mock = MockSparkConnectServer.builder().start()) {
      mock.stubSql("SELECT 1 AS one").returns("one INT", new Object[] {1});
      try (SparkSession inProcess = SparkSession.builder().channelBuilder(mock::inProcessChannel).create()) {
        assertThat(inProcess.sql("SELECT 1 AS one").collectAsList()).containsExactly(Row.of(1));
      }
      assertThat(mock.toString()).contains("no port opened yet");
      int inProcessRequests = mock.journal().entries().size();
      assertThat(inProcessRequests).as("the in-process calls are journaled as any").isPositive();

      try (SparkSession overTcp = SparkSession.builder().remote(mock.remote()).create()) {
        assertThat(overTcp.sql("SELECT 1 AS one").collectAsList()).containsExactly(Row.of(1));
      }
      assertThat(mock.port()).isPositive();
      assertThat(mock.journal().entries().size()).as("both ways land in one journal").isGreaterThan(inProcessRequests);
    }
  }

  @Test
  void anInProcessOnlyMockHasNoAddressAndSaysHowToReachIt() {
    try (MockSparkConnectServer mock = MockSparkConnectServer.builder().inProcess().start()) {
      assertThatThrownBy(mock::remote).isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("channelBuilder(server::inProcessChannel)");
      try (SparkSession spark = SparkSession.builder().channelBuilder(mock::inProcessChannel).create()) {
        assertThat(spark.version()).isEqualTo(mock.sparkVersion());
      }
    }
  }

  @Test
  void sessionsOnAChannelOfTheirOwnAreNeverShared() {
    try (MockSparkConnectServer mock = MockSparkConnectServer.builder().inProcess().start();
        SparkSession first = SparkSession.builder().channelBuilder(mock::inProcessChannel).getOrCreate();
        SparkSession second = SparkSession.builder().channelBuilder(mock::inProcessChannel).getOrCreate()) {
      assertThat(second).isNotSameAs(first);
      try (SparkSession another = first.newSession()) {
        assertThat(another.version()).isEqualTo(mock.sparkVersion());
      }
    }
  }

  @Test
  void trustedCertificatesBelongOnTheChannelBuilderThatIsGiven(@TempDir Path dir) {
    try (MockSparkConnectServer mock = MockSparkConnectServer.builder().inProcess().start()) {
      assertThatThrownBy(() -> SparkSession.builder().channelBuilder(mock::inProcessChannel)
          .trustedCertificates(dir.resolve("ca.pem")).create())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("set its TLS on that builder");
    }
  }
}
