package dev.sparkconnect.mock.verify;

import dev.sparkconnect.arrow.ArrowRecordBatch;
import dev.sparkconnect.arrow.ArrowStream;
import dev.sparkconnect.arrow.ArrowStreamReader;
import dev.sparkconnect.fixtures.Fixture;
import dev.sparkconnect.fixtures.PlanDiff;
import dev.sparkconnect.fixtures.RecordedError;
import dev.sparkconnect.fixtures.ResultPreview;
import dev.sparkconnect.proto.AnalyzePlanResponse;
import dev.sparkconnect.proto.ExecutePlanResponse;
import dev.sparkconnect.proto.Plan;
import dev.sparkconnect.protocol.errors.SparkErrorInfo;
import dev.sparkconnect.protocol.plans.CanonicalPlans;
import dev.sparkconnect.protocol.plans.SqlCommands;
import dev.sparkconnect.protocol.show.ShowText;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * How two answers to the same question differ, in terms a reader acts on: the outcome (success or
 * which error condition), the SQL command result, the schema, the row count and every cell.
 * Timings and metrics are not compared. Used by {@link FixtureVerifier} and by the JUnit
 * extension's VERIFY mode.
 */
public final class FixtureComparison {

  private FixtureComparison() {}

  /** Every difference between a recorded fixture and a new answer to the same request. */
  public static List<Difference> differences(Fixture recorded, Fixture now) {
    if (recorded.rpc() != now.rpc()) {
      return List.of(new Difference("rpc", recorded.rpc().methodName(), now.rpc().methodName()));
    }
    return recorded.rpc() == Fixture.Rpc.EXECUTE_PLAN ? executionDifferences(recorded, now)
        : analysisDifferences(recorded, now);
  }

  private static List<Difference> executionDifferences(Fixture recorded, Fixture now) {
    List<Difference> differences = new ArrayList<>();
    errorDifferences(recorded, now, differences);
    Optional<ExecutePlanResponse.SqlCommandResult> recordedCommand = sqlCommandResult(recorded);
    Optional<ExecutePlanResponse.SqlCommandResult> nowCommand = sqlCommandResult(now);
    if (recordedCommand.isPresent() != nowCommand.isPresent()) {
      differences.add(new Difference("sql command result", recordedCommand.isPresent() ? "a relation" : "none",
          nowCommand.isPresent() ? "a relation" : "none"));
    } else if (recordedCommand.isPresent()) {
      for (PlanDiff.Difference difference : PlanDiff.between(asCommand(recordedCommand.get()), asCommand(nowCommand.get()))) {
        differences.add(new Difference("sql command result " + difference.path(), difference.recorded(),
            difference.requested()));
      }
    }
    List<List<String>> recordedRows = rows(recorded);
    List<List<String>> nowRows = rows(now);
    String recordedSchema = schema(recorded);
    String nowSchema = schema(now);
    if (!recordedSchema.equals(nowSchema)) {
      differences.add(new Difference("schema", recordedSchema, nowSchema));
    }
    if (recordedRows.size() != nowRows.size()) {
      differences.add(new Difference("row count", String.valueOf(recordedRows.size()), String.valueOf(nowRows.size())));
    }
    for (int row = 0; row < Math.min(recordedRows.size(), nowRows.size()); row++) {
      List<String> before = recordedRows.get(row);
      List<String> after = nowRows.get(row);
      for (int column = 0; column < Math.min(before.size(), after.size()); column++) {
        if (!before.get(column).equals(after.get(column))) {
          differences.add(new Difference("row " + row + " column " + column, before.get(column), after.get(column)));
        }
      }
    }
    return differences;
  }

  /** A command result's relation in canonical form (as the input of a SQL command: no plan id of its own). */
  private static Plan asCommand(ExecutePlanResponse.SqlCommandResult result) {
    return CanonicalPlans.canonicalize(SqlCommands.plan(result.getRelation()));
  }

  private static void errorDifferences(Fixture recorded, Fixture now, List<Difference> differences) {
    String before = recorded.error().map(FixtureComparison::describe).orElse("success");
    String after = now.error().map(FixtureComparison::describe).orElse("success");
    if (!before.equals(after)) {
      differences.add(new Difference("outcome", before, after));
    }
  }

  private static String describe(RecordedError error) {
    return "error " + error.condition().orElse(com.google.rpc.Code.forNumber(error.status().getCode()).name())
        + error.errorInfo().map(info -> " (SQLSTATE " + info.getMetadataOrDefault(SparkErrorInfo.SQL_STATE, "?") + ")").orElse("");
  }

  private static List<Difference> analysisDifferences(Fixture recorded, Fixture now) {
    List<Difference> differences = new ArrayList<>();
    errorDifferences(recorded, now, differences);
    if (recorded.analyzeResponse().isPresent() && now.analyzeResponse().isPresent()) {
      AnalyzePlanResponse before = recorded.analyzeResponse().get();
      AnalyzePlanResponse after = now.analyzeResponse().get();
      for (PlanDiff.Difference difference : PlanDiff.between(before, after)) {
        differences.add(new Difference(difference.path(), difference.recorded(), difference.requested()));
      }
    }
    return differences;
  }

  private static Optional<ExecutePlanResponse.SqlCommandResult> sqlCommandResult(Fixture fixture) {
    return fixture.responses().stream().filter(ExecutePlanResponse::hasSqlCommandResult)
        .map(ExecutePlanResponse::getSqlCommandResult).findFirst();
  }

  private static String schema(Fixture fixture) {
    List<byte[]> batches = fixture.arrowBatches();
    return batches.isEmpty() ? "none" : ArrowStreamReader.read(batches.get(0)).schema().fields().toString();
  }

  private static List<List<String>> rows(Fixture fixture) {
    List<List<String>> rows = new ArrayList<>();
    for (byte[] bytes : fixture.arrowBatches()) {
      ArrowStream stream = ArrowStreamReader.read(bytes);
      for (ArrowRecordBatch batch : stream.batches()) {
        for (int row = 0; row < batch.rowCount(); row++) {
          List<String> cells = new ArrayList<>();
          for (int column = 0; column < batch.columns().size(); column++) {
            cells.add(ShowText.cell(batch.column(column), row));
          }
          rows.add(cells);
        }
      }
    }
    return rows;
  }

}
