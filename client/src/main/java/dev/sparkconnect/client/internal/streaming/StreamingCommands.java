package dev.sparkconnect.client.internal.streaming;

import dev.sparkconnect.proto.Command;
import dev.sparkconnect.proto.ExecutePlanResponse;

/** Runs one streaming command in a session and returns the response that carries its result. */
@FunctionalInterface
public interface StreamingCommands {

  /**
   * Runs {@code command} to its end.
   *
   * @throws IllegalStateException if the server answered without the command's result
   */
  ExecutePlanResponse run(Command command);
}
