package dev.sparkconnect.client.errors;

import java.util.List;
import java.util.Map;

/**
 * An error the Spark Connect server reported while analysing or running a query.
 *
 * <p>The message is the server's own. {@link #getCondition()}, {@link #getSqlState()} and
 * {@link #getMessageParameters()} make it testable without parsing text;
 * {@link #getServerClasses()} names the exception classes the server threw, most specific first.
 * Subclasses mirror Apache Spark's, so that {@code catch (AnalysisException e)} reads the same.
 */
public class SparkException extends RuntimeException implements SparkThrowable {

  private static final long serialVersionUID = 1L;

  private final String condition;
  private final String sqlState;
  private final Map<String, String> messageParameters;
  private final List<String> serverClasses;
  private final String errorId;

  /** Made by the client when it maps a server error; see {@link ServerErrors}. */
  public SparkException(ServerError error) {
    super(error.message(), error.cause());
    this.condition = error.condition();
    this.sqlState = error.sqlState();
    this.messageParameters = Map.copyOf(error.messageParameters());
    this.serverClasses = List.copyOf(error.serverClasses());
    this.errorId = error.errorId();
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

  /** The server's id for this error, with which further details can be fetched; null if none. */
  public String getErrorId() {
    return errorId;
  }
}
