package dev.sparkconnect.client.errors;

/**
 * The query cannot be analysed: a column, table or function that does not exist, a type mismatch,
 * and the like. As Apache Spark's {@code org.apache.spark.sql.AnalysisException}.
 */
public class AnalysisException extends SparkException {

  private static final long serialVersionUID = 1L;

  public AnalysisException(ServerError error) {
    super(error);
  }
}
