package dev.sparkconnect.client.internal.transport;

import dev.sparkconnect.client.RetryPolicy;
import dev.sparkconnect.proto.ExecutePlanResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.function.BiConsumer;

/**
 * How a session's client talks to the server. Made by {@code SparkSession.Builder}; every field
 * has a sensible default ({@link #defaults()}).
 *
 * @param retryPolicy how retryable failures are retried
 * @param allowArrowChunking whether the server may split large Arrow batches (Spark 4.1+)
 * @param preferredArrowChunkSize the chunk size to ask for, in bytes; 0 for the server's choice
 * @param callDeadline the longest a single request-response call (analyze, config, interrupt) may
 *     take; null for no limit. Result streams are not limited: a long query is not a failure.
 * @param keepAliveTime how long a connection with calls in flight may be silent before an HTTP/2
 *     ping checks it; null for no pings. Spark's server refuses pings more often than every 5
 *     minutes, and any ping while no call is in flight (GOAWAY {@code too_many_pings}).
 * @param keepAliveTimeout how long to wait for the ping's answer before the connection counts as dead
 * @param streamIdleTimeout how long a result stream may bring nothing before it is given up and
 *     reattached (a frozen connection, or a server that stopped sending); null for never. Spark's
 *     server ends every stream within 2 minutes ({@code senderMaxStreamDuration}) and reports
 *     progress every 2 seconds (4.x), so a healthy stream is never silent that long.
 * @param trustedCertificates a PEM file of CA certificates to trust for TLS instead of the
 *     system's; null for the system trust store
 * @param progressSink receives (operation id, progress report) for every report
 */
public record ClientOptions(
    RetryPolicy retryPolicy,
    boolean allowArrowChunking,
    long preferredArrowChunkSize,
    Duration callDeadline,
    Duration keepAliveTime,
    Duration keepAliveTimeout,
    Duration streamIdleTimeout,
    Path trustedCertificates,
    BiConsumer<String, ExecutePlanResponse.ExecutionProgress> progressSink) {

  /**
   * Options as given, checked: durations must be positive and the chunk size 0 or more.
   * Most code starts from the defaults and changes one option through the session builder.
   *
   * @throws IllegalArgumentException naming the option that is out of range
   */
  public ClientOptions {
    Objects.requireNonNull(retryPolicy, "retryPolicy");
    Objects.requireNonNull(keepAliveTimeout, "keepAliveTimeout");
    Objects.requireNonNull(progressSink, "progressSink");
    if (preferredArrowChunkSize < 0) {
      throw new IllegalArgumentException("preferredArrowChunkSize is " + preferredArrowChunkSize + "; use 0 or more");
    }
    requirePositive(callDeadline, "callDeadline");
    requirePositive(keepAliveTime, "keepAliveTime");
    requirePositive(keepAliveTimeout, "keepAliveTimeout");
    requirePositive(streamIdleTimeout, "streamIdleTimeout");
  }

  /** Spark's server's minimum interval between keep-alive pings (grpc-java's {@code permitKeepAliveTime}). */
  public static final Duration SERVER_PING_INTERVAL_LIMIT = Duration.ofMinutes(5);

  /** The default ping interval: just over what Spark's server permits, so it never refuses them. */
  public static final Duration DEFAULT_KEEP_ALIVE_TIME = Duration.ofMinutes(6);

  /** The default wait for a ping's answer. */
  public static final Duration DEFAULT_KEEP_ALIVE_TIMEOUT = Duration.ofSeconds(20);

  /** The default silence after which a result stream is reattached. */
  public static final Duration DEFAULT_STREAM_IDLE_TIMEOUT = Duration.ofMinutes(3);

  /**
   * Spark's retry defaults, chunking allowed at the server's size, no call deadline, pings every 6
   * minutes while calls are in flight, silent streams reattached after 3 minutes, system trust.
   */
  public static ClientOptions defaults() {
    return new ClientOptions(RetryPolicy.defaults(), true, 0, null, DEFAULT_KEEP_ALIVE_TIME, DEFAULT_KEEP_ALIVE_TIMEOUT,
        DEFAULT_STREAM_IDLE_TIMEOUT, null, (operation, progress) -> { });
  }

  /** These options with progress reports going to {@code sink}. */
  public ClientOptions withProgressSink(BiConsumer<String, ExecutePlanResponse.ExecutionProgress> sink) {
    return new ClientOptions(retryPolicy, allowArrowChunking, preferredArrowChunkSize, callDeadline, keepAliveTime,
        keepAliveTimeout, streamIdleTimeout, trustedCertificates, sink);
  }

  private static void requirePositive(Duration duration, String name) {
    if (duration != null && (duration.isNegative() || duration.isZero())) {
      throw new IllegalArgumentException(name + " is " + duration + "; give a positive duration or leave it out");
    }
  }
}
