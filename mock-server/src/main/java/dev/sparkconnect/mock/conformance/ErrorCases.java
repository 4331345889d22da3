package dev.sparkconnect.mock.conformance;

import com.google.rpc.ErrorInfo;
import dev.sparkconnect.proto.FetchErrorDetailsRequest;
import dev.sparkconnect.proto.FetchErrorDetailsResponse;
import dev.sparkconnect.protocol.errors.SparkErrorInfo;
import io.grpc.Status;
import java.util.List;
import java.util.UUID;

/** Errors: how a failure is put on the wire, the conditions of common failures, and their details on request. */
final class ErrorCases {

  private static final String AREA = "error";

  private ErrorCases() {}

  static List<ConformanceCase> all() {
    return List.of(
        ConformanceCase.of(AREA, "error-envelope", "a failed query ends with INTERNAL and an ErrorInfo of domain "
            + "org.apache.spark naming the exception class, the condition and the SQL state", session -> {
          WireError error = session.sql("SELEC 1").expectError();
          Expect.equal(Status.Code.INTERNAL, error.code(), "the gRPC status of an ordinary failure");
          ErrorInfo info = error.errorInfo().orElseThrow(() -> Expect.fail("the status carries no ErrorInfo: "
              + error.describe()));
          Expect.equal("org.apache.spark", info.getDomain(), "the ErrorInfo's domain");
          Expect.equal("org.apache.spark.sql.catalyst.parser.ParseException", info.getReason(), "the ErrorInfo's reason");
          Expect.that(SparkErrorInfo.of(info).classes().contains(info.getReason()), "the classes metadata lists the "
              + "reason");
          error.expectCondition("PARSE_SYNTAX_ERROR").expectSqlState("42601");
        }),
        ConformanceCase.of(AREA, "unresolved-column", "a query naming a missing column fails with "
            + "UNRESOLVED_COLUMN.WITH_SUGGESTION and SQL state 42703", session ->
            session.sql("SELECT idd FROM range(1)").expectError()
                .expectCondition("UNRESOLVED_COLUMN.WITH_SUGGESTION").expectSqlState("42703")),
        ConformanceCase.of(AREA, "missing-table", "a query of a missing table fails with TABLE_OR_VIEW_NOT_FOUND and "
            + "SQL state 42P01", session ->
            session.sql("SELECT * FROM conformance_no_such_table").expectError()
                .expectCondition("TABLE_OR_VIEW_NOT_FOUND").expectSqlState("42P01")),
        ConformanceCase.of(AREA, "divide-by-zero", "dividing by zero fails with DIVIDE_BY_ZERO and SQL state 22012 "
            + "under ANSI mode, the default since Spark 4.0", session ->
            session.sql("SELECT 1 / 0 AS conformance_quotient").expectError()
                .expectCondition("DIVIDE_BY_ZERO").expectSqlState("22012")).since("4.0.0"),
        ConformanceCase.of(AREA, "raise-error", "raise_error fails with USER_RAISED_EXCEPTION, SQL state P0001 and the "
            + "message given", session -> {
          WireError error = session.sql("SELECT raise_error('conformance boom') AS never").expectError()
              .expectCondition("USER_RAISED_EXCEPTION").expectSqlState("P0001");
          Expect.contains(error.message(), "conformance boom", "the error's message");
        }).since("4.0.0"),
        ConformanceCase.of(AREA, "details-on-request", "the error id in a failure's ErrorInfo fetches its details: the "
            + "exception class hierarchy, the message and the condition", session -> {
          WireError error = session.sql("SELEC 2").expectError();
          String errorId = error.info().map(SparkErrorInfo::errorId).orElse(null);
          Expect.that(errorId != null, "the failure's ErrorInfo has an errorId: " + error.describe());
          FetchErrorDetailsResponse details = session.stub().fetchErrorDetails(FetchErrorDetailsRequest.newBuilder()
              .setSessionId(session.id()).setUserContext(session.user()).setErrorId(errorId).build());
          Expect.that(details.hasRootErrorIdx(), "the details have a root error");
          FetchErrorDetailsResponse.Error root = details.getErrors(details.getRootErrorIdx());
          Expect.that(root.getErrorTypeHierarchyList().contains("org.apache.spark.sql.catalyst.parser.ParseException"),
              "the root error's type hierarchy names ParseException: " + root.getErrorTypeHierarchyList());
          Expect.contains(root.getMessage(), "PARSE_SYNTAX_ERROR", "the root error's message");
          Expect.equal("PARSE_SYNTAX_ERROR", root.getSparkThrowable().getErrorClass(), "the root error's condition");
        }).since("4.0.0"),
        ConformanceCase.of(AREA, "details-of-unknown-error", "FetchErrorDetails of an id never given out answers no "
            + "error", session -> {
          session.serverSideSessionId();
          FetchErrorDetailsResponse details = session.stub().fetchErrorDetails(FetchErrorDetailsRequest.newBuilder()
              .setSessionId(session.id()).setUserContext(session.user()).setErrorId(UUID.randomUUID().toString())
              .build());
          Expect.that(!details.hasRootErrorIdx(), "no root error");
          Expect.equal(0, details.getErrorsCount(), "the errors");
        }).since("4.0.0"));
  }
}
