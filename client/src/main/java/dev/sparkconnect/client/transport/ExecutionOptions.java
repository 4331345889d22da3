package dev.sparkconnect.client.transport;

import dev.sparkconnect.proto.ExecutePlanResponse;
import java.util.Objects;
import java.util.function.BiConsumer;

/**
 * How a session runs its executions: the retry policy, whether the server may split large Arrow
 * batches into chunks (Spark 4.1 and later; the client joins them again), and where progress
 * reports go.
 *
 * @param retryPolicy how retryable failures are retried
 * @param allowArrowChunking whether to let the server chunk Arrow batches
 * @param preferredArrowChunkSize the chunk size to ask for, in bytes; 0 for the server's choice
 * @param progressSink receives (operation id, progress report) for every report
 */
public record ExecutionOptions(
    RetryPolicy retryPolicy,
    boolean allowArrowChunking,
    long preferredArrowChunkSize,
    BiConsumer<String, ExecutePlanResponse.ExecutionProgress> progressSink) {

  public ExecutionOptions {
    Objects.requireNonNull(retryPolicy, "retryPolicy");
    Objects.requireNonNull(progressSink, "progressSink");
    if (preferredArrowChunkSize < 0) {
      throw new IllegalArgumentException("preferredArrowChunkSize is " + preferredArrowChunkSize + "; use 0 or more");
    }
  }

  /** Spark's retry defaults, chunking allowed at the server's size, progress ignored. */
  public static ExecutionOptions defaults() {
    return new ExecutionOptions(RetryPolicy.defaults(), true, 0, (operation, progress) -> { });
  }
}
