package dev.sparkconnect.client.internal.transport;

import dev.sparkconnect.proto.ExecutePlanResponse;
import java.util.Iterator;

/**
 * The responses of one execution, in order, each exactly once. Closing it before the end cancels
 * the call and tells the server to drop the execution's remaining results.
 */
public interface ResponseStream extends Iterator<ExecutePlanResponse>, AutoCloseable {

  /** The operation id the execution runs under, for interrupting it. */
  String operationId();

  /** Stops reading: cancels the call and releases the execution on the server, if not complete. */
  @Override
  void close();
}
