package dev.sparkconnect.client.internal.streaming;

import dev.sparkconnect.client.SparkSession;
import dev.sparkconnect.client.streaming.StreamingQuery;
import dev.sparkconnect.client.streaming.StreamingQueryListener;
import dev.sparkconnect.client.streaming.StreamingQueryManager;
import dev.sparkconnect.proto.Command;
import dev.sparkconnect.proto.StreamingQueryManagerCommand;
import dev.sparkconnect.proto.StreamingQueryManagerCommandResult;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * A session's streaming queries on the server: every call is one {@code StreamingQueryManagerCommand},
 * and listeners hear the server's listener bus ({@link ListenerBus}).
 */
public final class RemoteStreamingQueryManager implements StreamingQueryManager, AutoCloseable {

  private final SparkSession session;
  private final StreamingCommands commands;
  private final ListenerBus listeners;

  /** The streaming queries of {@code session}. */
  public RemoteStreamingQueryManager(SparkSession session, StreamingCommands commands) {
    this.session = Objects.requireNonNull(session, "session");
    this.commands = Objects.requireNonNull(commands, "commands");
    this.listeners = new ListenerBus(commands);
  }

  @Override
  public StreamingQuery[] active() {
    return run(command -> command.setActive(true)).getActive().getActiveQueriesList().stream()
        .map(this::query).toArray(StreamingQuery[]::new);
  }

  @Override
  public StreamingQuery get(UUID id) {
    return get(Objects.requireNonNull(id, "id").toString());
  }

  @Override
  public StreamingQuery get(String id) {
    StreamingQueryManagerCommandResult result = run(command -> command.setGetQuery(Objects.requireNonNull(id, "id")));
    return result.hasQuery() ? query(result.getQuery()) : null;
  }

  @Override
  public void awaitAnyTermination() {
    run(command -> command.setAwaitAnyTermination(
        StreamingQueryManagerCommand.AwaitAnyTerminationCommand.getDefaultInstance()));
  }

  @Override
  public boolean awaitAnyTermination(long timeoutMs) {
    if (timeoutMs <= 0) {
      throw new IllegalArgumentException("Timeout has to be positive, not " + timeoutMs + " ms");
    }
    return run(command -> command.setAwaitAnyTermination(StreamingQueryManagerCommand.AwaitAnyTerminationCommand
        .newBuilder().setTimeoutMs(timeoutMs))).getAwaitAnyTermination().getTerminated();
  }

  @Override
  public void resetTerminated() {
    run(command -> command.setResetTerminated(true));
  }

  @Override
  public void addListener(StreamingQueryListener listener) {
    listeners.add(listener);
  }

  @Override
  public void removeListener(StreamingQueryListener listener) {
    listeners.remove(listener);
  }

  @Override
  public StreamingQueryListener[] listListeners() {
    return listeners.list();
  }

  /** Tells the listeners of a query that started, with the event its start returned. */
  public void queryStarted(String eventJson) {
    listeners.started(eventJson);
  }

  /** Closes the listener bus, the session ending. */
  @Override
  public void close() {
    listeners.close();
  }

  private StreamingQuery query(StreamingQueryManagerCommandResult.StreamingQueryInstance instance) {
    return new RemoteStreamingQuery(session, commands, instance.getId(), instance.hasName() ? instance.getName() : null);
  }

  private StreamingQueryManagerCommandResult run(Consumer<StreamingQueryManagerCommand.Builder> what) {
    StreamingQueryManagerCommand.Builder command = StreamingQueryManagerCommand.newBuilder();
    what.accept(command);
    dev.sparkconnect.proto.ExecutePlanResponse response =
        commands.run(Command.newBuilder().setStreamingQueryManagerCommand(command).build());
    if (!response.hasStreamingQueryManagerCommandResult()) {
      throw new IllegalStateException("The server answered the streaming query manager command "
          + command.getCommandCase() + " with " + response.getResponseTypeCase() + ", not its result");
    }
    return response.getStreamingQueryManagerCommandResult();
  }
}
