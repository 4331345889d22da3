package dev.sparkconnect.client.internal.results;

import com.google.protobuf.ByteString;
import dev.sparkconnect.proto.ExecutePlanResponse;

/**
 * Joins the chunks of an Arrow batch that the server split (Spark 4.1 and later, when the client
 * allows it): chunks arrive in order, numbered from 0, each saying how many make the batch. A
 * chunk out of order or from another batch is an error, never silently mis-joined.
 */
final class ArrowChunks {

  private ByteString pending = ByteString.EMPTY;
  private long expectedIndex;
  private long expectedCount;

  /**
   * Adds {@code batch}; returns the whole batch's bytes when it is complete, else null.
   *
   * @throws IllegalStateException if the chunk does not continue the batch being joined
   */
  ByteString add(ExecutePlanResponse.ArrowBatch batch) {
    if (!batch.hasNumChunksInBatch() || batch.getNumChunksInBatch() <= 1) {
      if (expectedCount > 0) {
        throw new IllegalStateException("An unchunked Arrow batch arrived while chunk " + expectedIndex + " of "
            + expectedCount + " was expected");
      }
      return batch.getData();
    }
    long index = batch.hasChunkIndex() ? batch.getChunkIndex() : 0;
    if (expectedCount == 0) {
      expectedCount = batch.getNumChunksInBatch();
      expectedIndex = 0;
    }
    if (index != expectedIndex || batch.getNumChunksInBatch() != expectedCount) {
      throw new IllegalStateException("Arrow chunk " + index + " of " + batch.getNumChunksInBatch()
          + " arrived where chunk " + expectedIndex + " of " + expectedCount + " was expected");
    }
    pending = pending.concat(batch.getData());
    expectedIndex++;
    if (expectedIndex < expectedCount) {
      return null;
    }
    ByteString whole = pending;
    pending = ByteString.EMPTY;
    expectedCount = 0;
    expectedIndex = 0;
    return whole;
  }

  /** Whether a batch is half joined. */
  boolean isPartial() {
    return expectedCount > 0;
  }
}
