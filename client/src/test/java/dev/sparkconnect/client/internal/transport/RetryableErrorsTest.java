package dev.sparkconnect.client.internal.transport;

import static org.assertj.core.api.Assertions.assertThat;

import io.grpc.Status;
import org.junit.jupiter.api.Test;

/** Which failures the client retries, among them a server's refusal of too frequent pings. */
class RetryableErrorsTest {

  @Test
  void aGoawayForTooManyPingsIsRetriedOnANewConnectionOtherResourceLimitsAreNot() {
    assertThat(RetryableErrors.isRetryable(Status.RESOURCE_EXHAUSTED
        .withDescription("Connection closed after GOAWAY. HTTP/2 error code: ENHANCE_YOUR_CALM, debug data: too_many_pings")
        .asRuntimeException())).isTrue();
    assertThat(RetryableErrors.isRetryable(Status.RESOURCE_EXHAUSTED
        .withDescription("gRPC message exceeds maximum size 134217728").asRuntimeException())).isFalse();
    assertThat(RetryableErrors.isRetryable(Status.UNAVAILABLE.asRuntimeException())).isTrue();
    assertThat(RetryableErrors.isRetryable(Status.CANCELLED.asRuntimeException())).isFalse();
  }

  @Test
  void aStreamTheServerResetIsRetriedACancelOfOurOwnIsNot() {
    assertThat(RetryableErrors.isRetryable(Status.CANCELLED
        .withDescription("RST_STREAM closed stream. HTTP/2 error code: CANCEL").asRuntimeException())).isTrue();
    assertThat(RetryableErrors.isRetryable(Status.CANCELLED
        .withDescription("io.grpc.Context was cancelled without error").asRuntimeException())).isFalse();
  }

  @Test
  void theDefaultsPingNoMoreOftenThanSparkPermitsAndWatchStreams() {
    ClientOptions defaults = ClientOptions.defaults();
    assertThat(defaults.keepAliveTime()).isGreaterThan(ClientOptions.SERVER_PING_INTERVAL_LIMIT);
    assertThat(defaults.streamIdleTimeout()).isEqualTo(java.time.Duration.ofMinutes(3));
  }
}
