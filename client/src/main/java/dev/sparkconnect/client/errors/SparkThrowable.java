package dev.sparkconnect.client.errors;

import java.util.Map;

/**
 * What every error reported by Spark carries, as in Apache Spark's {@code SparkThrowable}: an
 * error condition such as {@code UNRESOLVED_COLUMN.WITH_SUGGESTION}, a SQL state such as
 * {@code 42703}, and the parameters of its message.
 */
public interface SparkThrowable {

  /** The error condition (formerly "error class"), or null when the server gave none. */
  String getCondition();

  /** The same as {@link #getCondition()}, under its older name. */
  default String getErrorClass() {
    return getCondition();
  }

  /** The five-character SQL state, or null. */
  String getSqlState();

  /** The named values in the message, for example the column that was not found. */
  Map<String, String> getMessageParameters();
}
