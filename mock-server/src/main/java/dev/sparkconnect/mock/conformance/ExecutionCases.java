package dev.sparkconnect.mock.conformance;

import static dev.sparkconnect.mock.conformance.Plans.filter;
import static dev.sparkconnect.mock.conformance.Plans.range;

import dev.sparkconnect.arrow.ArrowField;
import dev.sparkconnect.arrow.ArrowType;
import dev.sparkconnect.proto.ExecutePlanResponse;
import dev.sparkconnect.proto.Relation;
import dev.sparkconnect.proto.ShowString;
import java.util.List;

/**
 * ExecutePlan: what every execution's stream must look like (ids, result_complete, a schema even
 * with no rows, many rows none lost), on plans simple enough that only the stream is in question.
 */
final class ExecutionCases {

  private static final String AREA = "execution";

  private ExecutionCases() {}

  static List<ConformanceCase> all() {
    return List.of(
        ConformanceCase.of(AREA, "range", "Range(0, 5) answers 0 to 4 in one BIGINT NOT NULL column named id", session -> {
          Execution result = session.execute(range(0, 5)).expectSuccess();
          ArrowField id = result.schema().orElseThrow(() -> Expect.fail("no Arrow batch came")).fields().get(0);
          Expect.equal("id", id.name(), "the column's name");
          Expect.equal(new ArrowType.Int(64, true), id.type(), "the column's Arrow type");
          Expect.equal(false, id.nullable(), "whether id is nullable");
          Expect.equal(List.of("0", "1", "2", "3", "4"), result.column(), "the rows");
          Expect.equal(result.rowCount(), result.declaredRowCount(), "the row_count declared beside the Arrow data");
        }),
        ConformanceCase.of(AREA, "range-negative-step", "Range(10, 0, -3) counts down: 10, 7, 4, 1", session ->
            Expect.equal(List.of("10", "7", "4", "1"), session.execute(range(10, 0, -3)).expectSuccess().column(),
                "the rows")),
        ConformanceCase.of(AREA, "empty-result-keeps-schema", "a query with no rows still sends an Arrow batch with its "
            + "schema", session -> {
          Execution result = session.execute(range(0, 0)).expectSuccess();
          Expect.equal(0L, result.rowCount(), "the rows");
          Expect.equal(List.of("id"), result.columnNames(), "the columns of the empty result");
        }),
        ConformanceCase.of(AREA, "stream-ends-with-result-complete", "a reattachable execution's last response is "
            + "result_complete, and nothing follows it", session -> {
          Execution result = session.execute(range(0, 3)).expectSuccess();
          Expect.that(result.last().map(ExecutePlanResponse::hasResultComplete).orElse(false),
              "the last response is result_complete");
          long completes = result.responses().stream().filter(ExecutePlanResponse::hasResultComplete).count();
          Expect.equal(1L, completes, "the number of result_complete responses");
        }),
        ConformanceCase.of(AREA, "one-server-side-session", "every response of a session carries the same "
            + "server_side_session_id, and another session's differs", session -> {
          Execution first = session.execute(range(0, 2)).expectSuccess();
          Execution second = session.execute(range(0, 2)).expectSuccess();
          List<String> ids = java.util.stream.Stream.concat(first.responses().stream(), second.responses().stream())
              .map(ExecutePlanResponse::getServerSideSessionId).distinct().toList();
          Expect.equal(1, ids.size(), "the distinct server-side session ids of one session " + ids);
          Expect.equal(ids.get(0), session.serverSideSessionId(), "the server-side session id of a Config call");
          String other = session.another().serverSideSessionId();
          Expect.that(!other.equals(ids.get(0)), "another session has another server-side session id");
        }).since("4.0.0"),
        ConformanceCase.of(AREA, "show-string", "a ShowString relation answers one row with the table as Spark's "
            + "show() prints it", session -> {
          Relation show = Relation.newBuilder().setShowString(ShowString.newBuilder().setInput(range(0, 2))
              .setNumRows(20).setTruncate(20)).build();
          Execution result = session.execute(show).expectSuccess();
          Expect.equal(List.of("show_string"), result.columnNames(), "the column");
          Expect.equal(List.of("+---+\n| id|\n+---+\n|  0|\n|  1|\n+---+\n"), result.column(), "the table");
        }),
        ConformanceCase.of(AREA, "many-rows-none-lost", "20,000 rows arrive whole, each once, in order", session -> {
          Execution result = session.execute(range(0, 20_000)).expectSuccess();
          Expect.equal(20_000L, result.rowCount(), "the rows");
          Expect.equal(result.rowCount(), result.declaredRowCount(), "the row_count declared beside the Arrow data");
          for (int row = 0; row < 20_000; row += 997) {
            Expect.equal(String.valueOf(row), result.cell(row, 0).text(), "row " + row);
          }
          Expect.equal("19999", result.cell(19_999, 0).text(), "the last row");
        }));
  }
}
