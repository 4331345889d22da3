package dev.sparkconnect.mock.conformance;

import dev.sparkconnect.arrow.ArrowRecordBatch;
import dev.sparkconnect.arrow.ArrowSchema;
import dev.sparkconnect.arrow.ArrowStream;
import dev.sparkconnect.arrow.ArrowStreamReader;
import dev.sparkconnect.arrow.ArrowVector;
import dev.sparkconnect.proto.ExecutePlanResponse;
import dev.sparkconnect.protocol.show.ShowText;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Everything one {@code ExecutePlan} (or {@code ReattachExecute}) stream brought: its responses in
 * order, and the error it ended with, if it did. Rows are read from the Arrow batches as they
 * came, without any client library in between.
 */
final class Execution {

  /** One value of a result: the Arrow vector and the index in it. */
  record Cell(ArrowVector vector, int index) {

    boolean isNull() {
      return vector.isNull(index);
    }

    /** The value as Spark's {@code show()} writes it ({@code NULL}, {@code []}, {@code {a -> 1}}). */
    String text() {
      return ShowText.cell(vector, index);
    }
  }

  private final List<ExecutePlanResponse> responses;
  private final WireError error;
  private List<ArrowStream> streams;

  Execution(List<ExecutePlanResponse> responses, WireError error) {
    this.responses = List.copyOf(responses);
    this.error = error;
  }

  List<ExecutePlanResponse> responses() {
    return responses;
  }

  Optional<WireError> error() {
    return Optional.ofNullable(error);
  }

  /** This execution, which must have succeeded. */
  Execution expectSuccess() {
    if (error != null) {
      throw new CaseFailed("expected the execution to succeed but it failed with " + error.describe());
    }
    return this;
  }

  /** The error this execution must have ended with. */
  WireError expectError() {
    if (error == null) {
      throw new CaseFailed("expected the execution to fail but it succeeded with " + rowCount() + " rows");
    }
    return error;
  }

  private List<ArrowStream> streams() {
    if (streams == null) {
      List<ArrowStream> read = new ArrayList<>();
      for (ExecutePlanResponse response : responses) {
        if (response.hasArrowBatch()) {
          read.add(ArrowStreamReader.read(response.getArrowBatch().getData().asReadOnlyByteBuffer()));
        }
      }
      streams = read;
    }
    return streams;
  }

  /** The schema of the first Arrow batch, or empty when no batch came. */
  Optional<ArrowSchema> schema() {
    return streams().stream().findFirst().map(ArrowStream::schema);
  }

  /** The names of the result's columns; a result with no batch fails the case. */
  List<String> columnNames() {
    ArrowSchema schema = schema().orElseThrow(() -> new CaseFailed("expected Arrow data with a schema but no "
        + "arrow_batch came in " + responses.size() + " responses"));
    return schema.fields().stream().map(dev.sparkconnect.arrow.ArrowField::name).toList();
  }

  long rowCount() {
    return streams().stream().mapToLong(ArrowStream::rowCount).sum();
  }

  /** The row count the responses declare ({@code arrow_batch.row_count}), which must match the data. */
  long declaredRowCount() {
    return responses.stream().filter(ExecutePlanResponse::hasArrowBatch)
        .mapToLong(response -> response.getArrowBatch().getRowCount()).sum();
  }

  /** Every row as the texts of its values, in the order they came. */
  List<List<String>> rows() {
    List<List<String>> rows = new ArrayList<>();
    for (ArrowStream stream : streams()) {
      for (ArrowRecordBatch batch : stream.batches()) {
        for (int row = 0; row < batch.rowCount(); row++) {
          List<String> cells = new ArrayList<>();
          for (ArrowVector column : batch.columns()) {
            cells.add(ShowText.cell(column, row));
          }
          rows.add(cells);
        }
      }
    }
    return rows;
  }

  /** The rows of a one-column result, as texts. */
  List<String> column() {
    return rows().stream().map(row -> {
      Expect.equal(1, row.size(), "the number of columns");
      return row.get(0);
    }).toList();
  }

  /** The value at {@code row} (counted over all batches) and {@code column}. */
  Cell cell(int row, int column) {
    int skipped = 0;
    for (ArrowStream stream : streams()) {
      for (ArrowRecordBatch batch : stream.batches()) {
        if (row < skipped + batch.rowCount()) {
          return new Cell(batch.column(column), row - skipped);
        }
        skipped += batch.rowCount();
      }
    }
    throw new CaseFailed("expected a row " + row + " but the result has " + skipped + " rows");
  }

  /** The last response, which a finished reattachable execution makes its {@code result_complete}. */
  Optional<ExecutePlanResponse> last() {
    return responses.isEmpty() ? Optional.empty() : Optional.of(responses.get(responses.size() - 1));
  }
}
