package dev.sparkconnect.client.internal.streaming;

import dev.sparkconnect.client.SparkSession;
import dev.sparkconnect.client.errors.ServerError;
import dev.sparkconnect.client.errors.StreamingQueryException;
import dev.sparkconnect.client.streaming.StreamingQuery;
import dev.sparkconnect.client.streaming.StreamingQueryProgress;
import dev.sparkconnect.client.streaming.StreamingQueryStatus;
import dev.sparkconnect.proto.Command;
import dev.sparkconnect.proto.StreamingQueryCommand;
import dev.sparkconnect.proto.StreamingQueryCommandResult;
import dev.sparkconnect.proto.StreamingQueryInstanceId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/** A streaming query on the server, known by its id and run id; every call is one {@code StreamingQueryCommand}. */
public final class RemoteStreamingQuery implements StreamingQuery {

  private static final String EXCEPTION_CLASS = "org.apache.spark.sql.streaming.StreamingQueryException";

  private final SparkSession session;
  private final StreamingCommands commands;
  private final StreamingQueryInstanceId instance;
  private final String name;

  /** The query {@code instance} of {@code session}, named {@code name} (null or empty: no name). */
  public RemoteStreamingQuery(SparkSession session, StreamingCommands commands, StreamingQueryInstanceId instance,
      String name) {
    this.session = Objects.requireNonNull(session, "session");
    this.commands = Objects.requireNonNull(commands, "commands");
    this.instance = Objects.requireNonNull(instance, "instance");
    this.name = name == null || name.isEmpty() ? null : name;
  }

  @Override
  public UUID id() {
    return UUID.fromString(instance.getId());
  }

  @Override
  public UUID runId() {
    return UUID.fromString(instance.getRunId());
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public SparkSession sparkSession() {
    return session;
  }

  @Override
  public boolean isActive() {
    return run(command -> command.setStatus(true)).getStatus().getIsActive();
  }

  @Override
  public StreamingQueryStatus status() {
    StreamingQueryCommandResult.StatusResult status = run(command -> command.setStatus(true)).getStatus();
    return new StreamingQueryStatus(status.getStatusMessage(), status.getIsDataAvailable(), status.getIsTriggerActive());
  }

  @Override
  public StreamingQueryProgress lastProgress() {
    List<String> progress = run(command -> command.setLastProgress(true)).getRecentProgress()
        .getRecentProgressJsonList();
    return progress.isEmpty() ? null : StreamingQueryProgress.fromJson(progress.get(progress.size() - 1));
  }

  @Override
  public StreamingQueryProgress[] recentProgress() {
    return run(command -> command.setRecentProgress(true)).getRecentProgress().getRecentProgressJsonList().stream()
        .map(StreamingQueryProgress::fromJson).toArray(StreamingQueryProgress[]::new);
  }

  @Override
  public void awaitTermination() {
    run(command -> command.setAwaitTermination(StreamingQueryCommand.AwaitTerminationCommand.getDefaultInstance()));
  }

  @Override
  public boolean awaitTermination(long timeoutMs) {
    if (timeoutMs <= 0) {
      throw new IllegalArgumentException("Timeout has to be positive, not " + timeoutMs + " ms");
    }
    return run(command -> command.setAwaitTermination(StreamingQueryCommand.AwaitTerminationCommand.newBuilder()
        .setTimeoutMs(timeoutMs))).getAwaitTermination().getTerminated();
  }

  @Override
  public void processAllAvailable() {
    run(command -> command.setProcessAllAvailable(true));
  }

  @Override
  public void stop() {
    run(command -> command.setStop(true));
  }

  /**
   * {@inheritDoc}
   *
   * <p>Asked as Apache Spark's client asks it: Spark 4.1 and later answer by failing with the
   * query's own error, which arrives whole (condition, parameters, cause); older servers answer
   * with its message, condition and stack trace as text.
   */
  @Override
  public Optional<StreamingQueryException> exception() {
    StreamingQueryCommandResult.ExceptionResult exception;
    try {
      exception = run(command -> command.setException(false)).getException();
    } catch (StreamingQueryException failed) {
      return Optional.of(failed);
    }
    if (!exception.hasExceptionMessage()) {
      return Optional.empty();
    }
    String condition = exception.hasErrorClass() ? exception.getErrorClass() : null;
    return Optional.of(new StreamingQueryException(new ServerError(exception.getExceptionMessage(), condition, null,
        Map.of(), List.of(EXCEPTION_CLASS), null, List.of(), stackTrace(exception), null)));
  }

  /** The server's stack trace, from the text a Spark 4.0 or older server sends ("\tat class.method(File.java:12)" lines). */
  private static List<StackTraceElement> stackTrace(StreamingQueryCommandResult.ExceptionResult exception) {
    if (!exception.hasStackTrace()) {
      return List.of();
    }
    java.util.List<StackTraceElement> frames = new java.util.ArrayList<>();
    java.util.regex.Matcher frame = FRAME.matcher(exception.getStackTrace());
    while (frame.find()) {
      String method = frame.group(1);
      int dot = method.lastIndexOf('.');
      if (dot <= 0) {
        continue;
      }
      String file = frame.group(2);
      int line = frame.group(3) == null ? -1 : Integer.parseInt(frame.group(3));
      frames.add(new StackTraceElement(method.substring(0, dot), method.substring(dot + 1), file, line));
    }
    return List.copyOf(frames);
  }

  private static final java.util.regex.Pattern FRAME =
      java.util.regex.Pattern.compile("at ([\\w$.<>/]+)\\(([^:)]*)(?::(\\d+))?\\)");

  @Override
  public void explain() {
    explain(false);
  }

  @Override
  public void explain(boolean extended) {
    System.out.println(run(command -> command.setExplain(StreamingQueryCommand.ExplainCommand.newBuilder()
        .setExtended(extended))).getExplain().getResult());
  }

  private StreamingQueryCommandResult run(Consumer<StreamingQueryCommand.Builder> what) {
    StreamingQueryCommand.Builder command = StreamingQueryCommand.newBuilder().setQueryId(instance);
    what.accept(command);
    dev.sparkconnect.proto.ExecutePlanResponse response =
        commands.run(Command.newBuilder().setStreamingQueryCommand(command).build());
    if (!response.hasStreamingQueryCommandResult()) {
      throw new IllegalStateException("The server answered the streaming query command " + command.getCommandCase()
          + " of query " + instance.getId() + " with " + response.getResponseTypeCase() + ", not its result");
    }
    return response.getStreamingQueryCommandResult();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RemoteStreamingQuery that && instance.equals(that.instance) && session == that.session;
  }

  @Override
  public int hashCode() {
    return instance.hashCode();
  }

  @Override
  public String toString() {
    return "StreamingQuery " + (name == null ? "" : name + " ") + "[id = " + instance.getId() + ", runId = "
        + instance.getRunId() + "]";
  }
}
