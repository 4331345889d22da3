package dev.sparkconnect.client.errors;

/**
 * The query cannot be analysed: a column, table or function that does not exist, a type mismatch,
 * and the like. As Apache Spark's {@code org.apache.spark.sql.AnalysisException}.
 */
public class AnalysisException extends SparkException {

  private static final long serialVersionUID = 1L;

  /** Made by the client from the error the server sent; see {@code ServerErrors}. */
  public AnalysisException(ServerError error) {
    super(error);
  }
}
