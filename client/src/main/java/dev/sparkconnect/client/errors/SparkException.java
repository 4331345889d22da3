package dev.sparkconnect.client.errors;

import java.util.List;
import java.util.Map;

/**
 * An error the Spark Connect server reported while analysing or running a query.
 *
 * <p>The message is the server's own. {@link #getCondition()}, {@link #getSqlState()} and
 * {@link #getMessageParameters()} make it testable without parsing text;
 * {@link #getServerClasses()} names the exception classes the server threw, most specific first;
 * {@link #getQueryContext()} points into the query; the cause is the server-side cause, when there
 * is one, as the server reported it.
 * Subclasses mirror Apache Spark's, so that {@code catch (AnalysisException e)} reads the same.
 */
public class SparkException extends RuntimeException implements SparkThrowable {

  private static final long serialVersionUID = 1L;

  private final String condition;
  private final String sqlState;
  private final Map<String, String> messageParameters;
  private final List<String> serverClasses;
  private final String errorId;
  private final List<QueryContext> queryContexts;
  private final List<StackTraceElement> serverStackTrace;

  /** Made by the client when it maps a server error; see {@code ServerErrors}. */
  public SparkException(ServerError error) {
    super(error.message(), error.cause());
    this.condition = error.condition();
    this.sqlState = error.sqlState();
    this.messageParameters = Map.copyOf(error.messageParameters());
    this.serverClasses = List.copyOf(error.serverClasses());
    this.errorId = error.errorId();
    this.queryContexts = List.copyOf(error.queryContexts());
    this.serverStackTrace = List.copyOf(error.serverStackTrace());
  }

  @Override
  public String getCondition() {
    return condition;
  }

  @Override
  public String getSqlState() {
    return sqlState;
  }

  @Override
  public Map<String, String> getMessageParameters() {
    return messageParameters;
  }

  /** The server-side exception class names, most specific first; empty when the server gave none. */
  public List<String> getServerClasses() {
    return serverClasses;
  }

  /** Where in the query the error arose (SQL fragments or DataFrame call sites); empty if unknown. */
  public List<QueryContext> getQueryContext() {
    return queryContexts;
  }

  /**
   * The stack trace on the server, where the error was thrown; empty unless the server sends it
   * (Spark does when {@code spark.sql.connect.serverStacktrace.enabled} is true). This exception's
   * own stack trace is the client's.
   */
  public List<StackTraceElement> getServerStackTrace() {
    return serverStackTrace;
  }

  /** The server's id for this error, with which further details can be fetched; null if none. */
  public String getErrorId() {
    return errorId;
  }
}
