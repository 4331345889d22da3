package dev.sparkconnect.client.streaming;

import dev.sparkconnect.client.SparkSession;
import dev.sparkconnect.client.errors.StreamingQueryException;
import java.util.Optional;
import java.util.UUID;

/**
 * A streaming query running on the server, as Apache Spark's {@code StreamingQuery}: every method
 * asks the server, so a handle is cheap and can be had again from the session's
 * {@link StreamingQueryManager#get(UUID)} while the query runs. The server keeps a session's
 * queries to that session: another session cannot find or stop them.
 *
 * <pre>{@code
 * StreamingQuery query = df.writeStream().format("memory").queryName("out").start();
 * query.processAllAvailable();          // every row there now has reached the sink
 * StreamingQueryProgress last = query.lastProgress();
 * query.stop();
 * }</pre>
 */
public interface StreamingQuery {

  /** The query's id, the same across restarts from its checkpoint. */
  UUID id();

  /** The id of this run of the query. */
  UUID runId();

  /** The query's name ({@code queryName}), or null when it has none. */
  String name();

  /** The session that started the query. */
  SparkSession sparkSession();

  /** Whether the query is running. */
  boolean isActive();

  /** What the query is doing now. */
  StreamingQueryStatus status();

  /** The progress of the last micro-batch, or null before the first one. */
  StreamingQueryProgress lastProgress();

  /** The progress of the recent micro-batches, oldest first (the server keeps the last 100 by default). */
  StreamingQueryProgress[] recentProgress();

  /**
   * Waits until the query ends, by {@link #stop()} (from another thread of the client) or by an
   * error, which is thrown. The wait may last as long as the query: the server's periodic cuts of
   * the waiting call are reattached, not counted as failures.
   *
   * @throws StreamingQueryException if the query failed
   */
  void awaitTermination();

  /**
   * Waits at most {@code timeoutMs} milliseconds (more than 0) for the query to end: true if it ended.
   *
   * @throws StreamingQueryException if the query failed
   */
  boolean awaitTermination(long timeoutMs);

  /**
   * Waits until every row available in the sources when called has been processed and written:
   * for tests, not for production queries that never stop receiving.
   */
  void processAllAvailable();

  /** Stops the query; a query already stopped stays stopped. */
  void stop();

  /** The error that ended the query, if it failed. */
  Optional<StreamingQueryException> exception();

  /** Prints the query's physical plan to standard output. */
  void explain();

  /** Prints the query's plans (logical and physical with {@code extended}) to standard output. */
  void explain(boolean extended);
}
