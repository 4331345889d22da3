package dev.sparkconnect.protocol.errors;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ErrorConditionsTest {

  @Test
  void sqlStatesComeFromSparksOwnTable() {
    assertThat(ErrorConditions.count()).isGreaterThan(1000);
    assertThat(ErrorConditions.sqlState("DIVIDE_BY_ZERO")).hasValue("22012");
    assertThat(ErrorConditions.sqlState("UNRESOLVED_COLUMN.WITH_SUGGESTION")).hasValue("42703");
    assertThat(ErrorConditions.sqlState("PARSE_SYNTAX_ERROR")).hasValue("42601");
    assertThat(ErrorConditions.sqlState("NO_SUCH_CONDITION")).isEmpty();
    assertThat(ErrorConditions.sqlState(null)).isEmpty();
    assertThat(ErrorConditions.isKnown("TABLE_OR_VIEW_NOT_FOUND")).isTrue();
    assertThat(ErrorConditions.isKnown("NO_SUCH_CONDITION")).isFalse();
  }

  @Test
  void eachConditionHasTheExceptionClassSparkRaisesForIt() {
    assertThat(ErrorConditions.exceptionClass("DIVIDE_BY_ZERO")).isEqualTo(ErrorConditions.ARITHMETIC_EXCEPTION);
    assertThat(ErrorConditions.exceptionClass("PARSE_SYNTAX_ERROR")).isEqualTo(ErrorConditions.PARSE_EXCEPTION);
    assertThat(ErrorConditions.exceptionClass("CAST_INVALID_INPUT")).isEqualTo(ErrorConditions.NUMBER_FORMAT_EXCEPTION);
    assertThat(ErrorConditions.exceptionClass("INVALID_HANDLE.SESSION_NOT_FOUND")).isEqualTo(ErrorConditions.SQL_EXCEPTION);
    // By the SQLSTATE's class where nothing more specific is written:
    assertThat(ErrorConditions.exceptionClass("TABLE_OR_VIEW_NOT_FOUND")).isEqualTo(ErrorConditions.ANALYSIS_EXCEPTION);
    assertThat(ErrorConditions.exceptionClass("NO_SUCH_CONDITION")).isEqualTo(ErrorConditions.SPARK_EXCEPTION);
  }

  @Test
  void aSpark35MessageGivesItsConditionAndParametersBack() {
    String message = "[UNRESOLVED_COLUMN.WITH_SUGGESTION] A column or function parameter with name `no_such_column`"
        + " cannot be resolved. Did you mean one of the following? [`id`].; line 1 pos 7;\n'Project ['no_such_column]";

    assertThat(ErrorConditions.inMessage(message)).hasValue("UNRESOLVED_COLUMN.WITH_SUGGESTION");
    assertThat(ErrorConditions.parametersIn("UNRESOLVED_COLUMN.WITH_SUGGESTION", message))
        .containsEntry("objectName", "`no_such_column`").containsEntry("proposal", "`id`");
  }

  @Test
  void aParseErrorOfSpark35StartsWithANewLine() {
    String message = "\n[PARSE_SYNTAX_ERROR] Syntax error at or near 'SELEC'.(line 1, pos 0)\n\n== SQL ==\nSELEC 1\n^^^\n";

    assertThat(ErrorConditions.inMessage(message)).hasValue("PARSE_SYNTAX_ERROR");
    assertThat(ErrorConditions.parametersIn("PARSE_SYNTAX_ERROR", message)).containsEntry("error", "'SELEC'");
  }

  @Test
  void aMessageOfAnotherShapeGivesNothingBack() {
    assertThat(ErrorConditions.inMessage("[NOT_A_CONDITION_AT_ALL] text")).isEmpty();
    assertThat(ErrorConditions.inMessage("no brackets")).isEmpty();
    assertThat(ErrorConditions.parametersIn("DIVIDE_BY_ZERO", "[DIVIDE_BY_ZERO] something else entirely")).isEmpty();
  }
}
