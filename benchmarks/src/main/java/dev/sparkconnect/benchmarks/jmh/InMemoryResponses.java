package dev.sparkconnect.benchmarks.jmh;

import dev.sparkconnect.client.internal.transport.ResponseStream;
import dev.sparkconnect.proto.ExecutePlanResponse;
import java.util.Iterator;
import java.util.List;

/** Recorded responses served as an execution's stream, so that decoding is measured without a network. */
final class InMemoryResponses implements ResponseStream {
  private final Iterator<ExecutePlanResponse> responses;

  InMemoryResponses(List<ExecutePlanResponse> responses) {
    this.responses = responses.iterator();
  }

  @Override
  public String operationId() {
    return "in-memory";
  }

  @Override
  public boolean hasNext() {
    return responses.hasNext();
  }

  @Override
  public ExecutePlanResponse next() {
    return responses.next();
  }

  @Override
  public void close() {}
}
