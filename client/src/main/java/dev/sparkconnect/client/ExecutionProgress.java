package dev.sparkconnect.client;

import java.util.List;

/**
 * How far a running query has come, as the server reports it every so often while it runs (Spark
 * 4.0 and later; the interval is the session setting {@code spark.connect.progress.reportInterval}).
 *
 * @param operationId the execution this is about
 * @param stages the stages so far, done or not
 * @param inflightTasks tasks running now
 */
public record ExecutionProgress(String operationId, List<Stage> stages, long inflightTasks) {

  /** A progress report; the stage list is copied. */
  public ExecutionProgress {
    stages = List.copyOf(stages);
  }

  /** One stage of the query. */
  public record Stage(long stageId, long tasks, long completedTasks, long inputBytesRead, boolean done) {}

  /** Completed tasks over all tasks of all stages so far, from 0 to 1; 0 before any stage. */
  public double fractionDone() {
    long tasks = 0;
    long completed = 0;
    for (Stage stage : stages) {
      tasks += stage.tasks();
      completed += stage.completedTasks();
    }
    return tasks == 0 ? 0 : (double) completed / tasks;
  }

  /** Bytes read by all stages so far. */
  public long inputBytesRead() {
    return stages.stream().mapToLong(Stage::inputBytesRead).sum();
  }
}
