package dev.sparkconnect.client.errors;

/** SQL text that does not parse. As Apache Spark's {@code ParseException}, a kind of analysis error. */
public class ParseException extends AnalysisException {

  private static final long serialVersionUID = 1L;

  /** Made by the client from the error the server sent; see {@code ServerErrors}. */
  public ParseException(ServerError error) {
    super(error);
  }
}
