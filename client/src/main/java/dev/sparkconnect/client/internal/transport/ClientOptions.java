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
 * @param keepAliveTime how long the connection may be idle before an HTTP/2 ping checks it; null
 *     for gRPC's default (no pings)
 * @param keepAliveTimeout how long to wait for the ping's answer before the connection counts as dead
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
  }

  /** Spark's retry defaults, chunking allowed at the server's size, no deadline, no pings, system trust. */
  public static ClientOptions defaults() {
    return new ClientOptions(RetryPolicy.defaults(), true, 0, null, null, Duration.ofSeconds(20), null,
        (operation, progress) -> { });
  }

  /** These options with progress reports going to {@code sink}. */
  public ClientOptions withProgressSink(BiConsumer<String, ExecutePlanResponse.ExecutionProgress> sink) {
    return new ClientOptions(retryPolicy, allowArrowChunking, preferredArrowChunkSize, callDeadline, keepAliveTime,
        keepAliveTimeout, trustedCertificates, sink);
  }

  private static void requirePositive(Duration duration, String name) {
    if (duration != null && (duration.isNegative() || duration.isZero())) {
      throw new IllegalArgumentException(name + " is " + duration + "; give a positive duration or leave it out");
    }
  }
}
