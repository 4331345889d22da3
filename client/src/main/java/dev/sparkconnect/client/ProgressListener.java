package dev.sparkconnect.client;

/**
 * Told of the progress of every query a session runs, for a progress bar or a log line. Register
 * with {@link SparkSession#addProgressListener(ProgressListener)}. Called on the thread reading the
 * results; keep it quick and do not throw.
 *
 * <pre>{@code
 * spark.addProgressListener(p -> System.err.printf("%s: %.0f%%%n", p.operationId(), 100 * p.fractionDone()));
 * }</pre>
 */
@FunctionalInterface
public interface ProgressListener {

  /** A progress report arrived. */
  void onProgress(ExecutionProgress progress);
}
