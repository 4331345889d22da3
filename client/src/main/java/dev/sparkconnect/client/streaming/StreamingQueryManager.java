package dev.sparkconnect.client.streaming;

import java.util.UUID;

/**
 * The streaming queries of a session, as Apache Spark's {@code StreamingQueryManager}
 * ({@code spark.streams()}): the active ones, one by id, waiting for any to end, and listeners of
 * their events.
 */
public interface StreamingQueryManager {

  /** The queries of this session that are running. */
  StreamingQuery[] active();

  /** The running query with id {@code id}, or null when none runs. */
  StreamingQuery get(UUID id);

  /** The running query with id {@code id} (a UUID as text), or null when none runs. */
  StreamingQuery get(String id);

  /**
   * Waits until any query of this session ends (since the last {@link #resetTerminated()}).
   *
   * @throws dev.sparkconnect.client.errors.StreamingQueryException if the query that ended failed
   */
  void awaitAnyTermination();

  /**
   * Waits at most {@code timeoutMs} milliseconds (more than 0) for any query of this session to end:
   * true if one did.
   *
   * @throws dev.sparkconnect.client.errors.StreamingQueryException if the query that ended failed
   */
  boolean awaitAnyTermination(long timeoutMs);

  /** Forgets the queries that ended, so that {@link #awaitAnyTermination()} waits for a new one. */
  void resetTerminated();

  /**
   * Tells {@code listener} of this session's query events from now on (see
   * {@link StreamingQueryListener}); the first listener opens the server's listener bus and returns
   * once the server confirmed it.
   *
   * @throws dev.sparkconnect.client.errors.FeatureNotSupportedByServerException on a server before
   *     Spark 4.0, which has no listener bus for clients
   */
  void addListener(StreamingQueryListener listener);

  /** Stops telling {@code listener}; removing the last one closes the listener bus. */
  void removeListener(StreamingQueryListener listener);

  /** The listeners added and not removed, in the order added. */
  StreamingQueryListener[] listListeners();
}
