package dev.sparkconnect.mock.verify;

import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.Message;
import dev.sparkconnect.arrow.ArrowField;
import dev.sparkconnect.arrow.ArrowRecordBatch;
import dev.sparkconnect.arrow.ArrowStream;
import dev.sparkconnect.arrow.ArrowStreamReader;
import dev.sparkconnect.arrow.ArrowType;
import dev.sparkconnect.arrow.ArrowVector;
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
import java.math.BigDecimal;
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

  /** The server's default collation: a type that names it says no more than one that names none. */
  private static final String DEFAULT_COLLATION = "UTF8_BINARY";

  /** Every difference between a recorded fixture and a new answer to the same request, values compared exactly. */
  public static List<Difference> differences(Fixture recorded, Fixture now) {
    return differences(recorded, now, 0);
  }

  /**
   * Every difference between a recorded fixture and a new answer to the same request. Cells are
   * compared as values of their type: floating-point and decimal cells within {@code tolerance}
   * of each other (absolute) are equal, as {@code SparkAssertions}' {@code withTolerance} has it;
   * every other cell must be the same value. The recording's volatile columns
   * ({@link Fixture#volatileColumns()}) are not compared.
   */
  public static List<Difference> differences(Fixture recorded, Fixture now, double tolerance) {
    if (tolerance < 0 || Double.isNaN(tolerance)) {
      throw new IllegalArgumentException("the tolerance must be 0 or more, not " + tolerance);
    }
    if (recorded.rpc() != now.rpc()) {
      return List.of(new Difference("rpc", recorded.rpc().methodName(), now.rpc().methodName()));
    }
    return recorded.rpc() == Fixture.Rpc.EXECUTE_PLAN ? executionDifferences(recorded, now, tolerance)
        : analysisDifferences(recorded, now);
  }

  private static List<Difference> executionDifferences(Fixture recorded, Fixture now, double tolerance) {
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
    List<List<Cell>> recordedRows = rows(recorded);
    List<List<Cell>> nowRows = rows(now);
    List<String> columns = columnNames(recorded);
    String recordedSchema = schema(recorded);
    String nowSchema = schema(now);
    if (!recordedSchema.equals(nowSchema)) {
      differences.add(new Difference("schema", recordedSchema, nowSchema));
    }
    if (recordedRows.size() != nowRows.size()) {
      differences.add(new Difference("row count", String.valueOf(recordedRows.size()), String.valueOf(nowRows.size())));
    }
    for (int row = 0; row < Math.min(recordedRows.size(), nowRows.size()); row++) {
      List<Cell> before = recordedRows.get(row);
      List<Cell> after = nowRows.get(row);
      for (int column = 0; column < Math.min(before.size(), after.size()); column++) {
        if (column < columns.size() && recorded.volatileColumns().contains(columns.get(column))) {
          continue;
        }
        if (!before.get(column).sameAs(after.get(column), tolerance)) {
          differences.add(new Difference("row " + row + " column " + columnName(columns, column),
              before.get(column).text(), after.get(column).text()));
        }
      }
    }
    return differences;
  }

  /**
   * The columns of two answers to the same query whose values differ in some row, in column order:
   * what changes from one run to the next ({@code rand()}, {@code current_timestamp()}, ...).
   */
  public static List<String> volatileColumns(Fixture first, Fixture second) {
    List<String> columns = columnNames(first);
    if (!columns.equals(columnNames(second))) {
      return List.of();
    }
    List<List<Cell>> before = rows(first);
    List<List<Cell>> after = rows(second);
    java.util.Set<Integer> changed = new java.util.TreeSet<>();
    for (int row = 0; row < Math.min(before.size(), after.size()); row++) {
      for (int column = 0; column < columns.size(); column++) {
        if (!before.get(row).get(column).sameAs(after.get(row).get(column), 0)) {
          changed.add(column);
        }
      }
    }
    return changed.stream().map(columns::get).distinct().toList();
  }

  /** One cell: its text as {@code show()} prints it, and its number when it is one. */
  private record Cell(String text, Double number, BigDecimal decimal) {
    boolean sameAs(Cell other, double tolerance) {
      if (decimal != null && other.decimal != null) {
        return decimal.subtract(other.decimal).abs().compareTo(BigDecimal.valueOf(tolerance)) <= 0;
      }
      if (number != null && other.number != null) {
        if (number.isNaN() || other.number.isNaN() || number.isInfinite() || other.number.isInfinite()) {
          return number.equals(other.number);
        }
        return Math.abs(number - other.number) <= tolerance;
      }
      return text.equals(other.text);
    }
  }

  private static String columnName(List<String> columns, int index) {
    if (index >= columns.size()) {
      return String.valueOf(index);
    }
    String name = columns.get(index);
    // Two columns of one name (a join's "id" and "id") are told apart by their position.
    return columns.indexOf(name) == columns.lastIndexOf(name) ? name : name + " (#" + index + ")";
  }

  private static List<String> columnNames(Fixture fixture) {
    List<byte[]> batches = fixture.arrowBatches();
    return batches.isEmpty() ? List.of()
        : ArrowStreamReader.read(batches.get(0)).schema().fields().stream().map(ArrowField::name).toList();
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
      AnalyzePlanResponse before = withoutDefaultCollation(recorded.analyzeResponse().get());
      AnalyzePlanResponse after = withoutDefaultCollation(now.analyzeResponse().get());
      for (PlanDiff.Difference difference : PlanDiff.between(before, after)) {
        differences.add(new Difference(difference.path(), difference.recorded(), difference.requested()));
      }
    }
    return differences;
  }

  /**
   * The response with every {@code collation: "UTF8_BINARY"} left out: servers from 4.1 name the
   * default collation of each string, older ones name none, and the two mean the same type.
   */
  @SuppressWarnings("unchecked")
  static <M extends Message> M withoutDefaultCollation(M message) {
    Message.Builder builder = message.toBuilder();
    for (java.util.Map.Entry<FieldDescriptor, Object> entry : message.getAllFields().entrySet()) {
      FieldDescriptor field = entry.getKey();
      if (field.getName().equals("collation") && DEFAULT_COLLATION.equals(entry.getValue())) {
        builder.clearField(field);
      } else if (field.getJavaType() == FieldDescriptor.JavaType.MESSAGE) {
        if (field.isRepeated()) {
          builder.clearField(field);
          for (Object child : (List<?>) entry.getValue()) {
            builder.addRepeatedField(field, withoutDefaultCollation((Message) child));
          }
        } else {
          builder.setField(field, withoutDefaultCollation((Message) entry.getValue()));
        }
      }
    }
    return (M) builder.build();
  }

  private static Optional<ExecutePlanResponse.SqlCommandResult> sqlCommandResult(Fixture fixture) {
    return fixture.responses().stream().filter(ExecutePlanResponse::hasSqlCommandResult)
        .map(ExecutePlanResponse::getSqlCommandResult).findFirst();
  }

  private static String schema(Fixture fixture) {
    List<byte[]> batches = fixture.arrowBatches();
    return batches.isEmpty() ? "none" : ArrowStreamReader.read(batches.get(0)).schema().fields().toString();
  }

  private static List<List<Cell>> rows(Fixture fixture) {
    List<List<Cell>> rows = new ArrayList<>();
    for (byte[] bytes : fixture.arrowBatches()) {
      ArrowStream stream = ArrowStreamReader.read(bytes);
      for (ArrowRecordBatch batch : stream.batches()) {
        for (int row = 0; row < batch.rowCount(); row++) {
          List<Cell> cells = new ArrayList<>();
          for (int column = 0; column < batch.columns().size(); column++) {
            cells.add(cell(batch.column(column), row));
          }
          rows.add(cells);
        }
      }
    }
    return rows;
  }

  private static Cell cell(ArrowVector vector, int row) {
    String text = ShowText.cell(vector, row);
    if (vector.isNull(row)) {
      return new Cell(text, null, null);
    }
    if (vector.type() instanceof ArrowType.FloatingPoint floating) {
      return new Cell(text, floating.bitWidth() == 32 ? (double) vector.getFloat(row) : vector.getDouble(row), null);
    }
    if (vector.type() instanceof ArrowType.Decimal) {
      return new Cell(text, null, vector.getDecimal(row));
    }
    return new Cell(text, null, null);
  }

}
