package dev.sparkconnect.client.internal.streaming;

import dev.sparkconnect.client.internal.transport.ResponseStream;
import dev.sparkconnect.proto.Command;
import dev.sparkconnect.proto.ExecutePlanResponse;

/** Runs streaming commands in a session: to the response with their result, to the end, or as a stream. */
public interface StreamingCommands {

  /**
   * Runs {@code command} to its end and returns the response that carries its result.
   *
   * @throws IllegalStateException if the server answered without the command's result
   */
  ExecutePlanResponse run(Command command);

  /** Runs {@code command} to its end, whatever it answers. */
  void drain(Command command);

  /** Starts {@code command} and returns its responses as they come (a long-running command's events). */
  ResponseStream open(Command command);
}
