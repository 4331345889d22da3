package dev.sparkconnect.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.sparkconnect.client.errors.AnalysisException;
import dev.sparkconnect.client.errors.QueryContext;
import dev.sparkconnect.client.errors.SparkArithmeticException;
import dev.sparkconnect.client.errors.SparkDateTimeException;
import dev.sparkconnect.client.errors.SparkException;
import dev.sparkconnect.client.errors.SparkNumberFormatException;
import dev.sparkconnect.client.errors.SparkRuntimeException;
import dev.sparkconnect.client.errors.SparkSessionClosedException;
import org.junit.jupiter.api.Test;

/** Server errors from a real server become the matching typed exception, with all their details. */
class TypedErrorsContractTest extends RealServerTest {


  private static <T extends SparkException> T failureOf(String query, Class<T> type) {
    T error = catchThrowableOfType(type, () -> spark.sql(query).collectAsList());
    assertThat(error).as("%s fails with %s", query, type.getSimpleName()).isNotNull();
    return error;
  }

  @Test
  void divisionByZeroIsAnArithmeticErrorPointingAtTheFragment() {
    SparkArithmeticException error = failureOf("SELECT id, 10 / (id - id) AS boom FROM range(3)",
        SparkArithmeticException.class);

    assertThat(error.getCondition()).isEqualTo("DIVIDE_BY_ZERO");
    assertThat(error.getSqlState()).isEqualTo("22012");
    assertThat(error.getMessage()).contains("DIVIDE_BY_ZERO");
    assertThat(error.getQueryContext()).extracting(QueryContext::fragment).contains("10 / (id - id)");
  }

  @Test
  void anInvalidCastIsANumberFormatError() {
    SparkNumberFormatException error = failureOf("SELECT CAST('abc' AS INT)", SparkNumberFormatException.class);
    assertThat(error.getCondition()).isEqualTo("CAST_INVALID_INPUT");
    assertThat(error.getSqlState()).isEqualTo("22018");
    assertThat(error.getMessageParameters()).containsEntry("expression", "'abc'");
  }

  @Test
  void anUnparseableDateIsADateTimeError() {
    SparkDateTimeException error = failureOf("SELECT to_date('2024-13-45', 'yyyy-MM-dd')", SparkDateTimeException.class);
    assertThat(error.getSqlState()).startsWith("22");
    assertThat(error.getCondition()).isNotBlank();
  }

  @Test
  void aUserRaisedErrorCarriesItsMessage() {
    SparkRuntimeException error = failureOf("SELECT raise_error('custom failure 42')", SparkRuntimeException.class);
    assertThat(error.getCondition()).isEqualTo("USER_RAISED_EXCEPTION");
    assertThat(error.getSqlState()).isEqualTo("P0001");
    assertThat(error.getMessage()).contains("custom failure 42");
  }

  @Test
  void aMissingTableIsAnAnalysisError() {
    AnalysisException error = catchThrowableOfType(AnalysisException.class,
        () -> spark.sql("SELECT * FROM no_such_table_anywhere"));
    assertThat(error.getCondition()).isEqualTo("TABLE_OR_VIEW_NOT_FOUND");
    assertThat(error.getSqlState()).isEqualTo("42P01");
    assertThat(error.getServerClasses()).contains("org.apache.spark.sql.AnalysisException");
  }

  @Test
  void aClosedSessionHasItsOwnException() {
    SparkSession session = newSession();
    session.close();
    SparkSessionClosedException error = catchThrowableOfType(SparkSessionClosedException.class,
        () -> session.range(1).count());
    assertThat(error).hasMessageContaining(session.sessionId()).hasMessageContaining("Build a new session");
  }
}
