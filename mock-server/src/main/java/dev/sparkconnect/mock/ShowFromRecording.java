package dev.sparkconnect.mock;

import com.google.protobuf.ByteString;
import dev.sparkconnect.arrow.ArrowField;
import dev.sparkconnect.arrow.ArrowRecordBatch;
import dev.sparkconnect.arrow.ArrowSchema;
import dev.sparkconnect.arrow.ArrowStream;
import dev.sparkconnect.arrow.ArrowStreamReader;
import dev.sparkconnect.arrow.ArrowStreamWriter;
import dev.sparkconnect.arrow.ArrowType;
import dev.sparkconnect.fixtures.Fixture;
import dev.sparkconnect.proto.ExecutePlanResponse;
import dev.sparkconnect.proto.ShowString;
import dev.sparkconnect.protocol.show.ShowTable;
import dev.sparkconnect.protocol.show.ShowText;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Answers {@code show()} from a recording of its rows: a test that recorded {@code collect()} of a
 * DataFrame and later prints it replays without recording again. The text is laid out as Spark
 * lays it out ({@link ShowTable}), and only for columns whose text this toolkit writes exactly as
 * Spark does (numbers, text, booleans, decimals, dates, binary, and arrays, structs and maps of
 * them); a result with, say, a timestamp column is not guessed at and stays a miss.
 */
final class ShowFromRecording {

  private ShowFromRecording() {}

  /** The responses {@code show} gets from the recorded rows of its input, if they can be shown exactly. */
  static Optional<List<ExecutePlanResponse>> answer(ShowString show, Fixture input, boolean sparkBefore4) {
    if (input.error().isPresent()) {
      return Optional.empty();
    }
    List<byte[]> batches = input.arrowBatches();
    if (batches.isEmpty()) {
      return Optional.empty();
    }
    ArrowSchema schema = ArrowStreamReader.read(batches.get(0)).schema();
    if (!schema.fields().stream().allMatch(ShowFromRecording::shownExactly)) {
      return Optional.empty();
    }
    List<List<String>> rows = new ArrayList<>();
    for (byte[] bytes : batches) {
      ArrowStream stream = ArrowStreamReader.read(bytes);
      for (ArrowRecordBatch batch : stream.batches()) {
        for (int row = 0; row < batch.rowCount() && rows.size() <= show.getNumRows(); row++) {
          List<String> cells = new ArrayList<>();
          for (int column = 0; column < batch.columns().size(); column++) {
            cells.add(ShowText.cell(batch.column(column), row));
          }
          rows.add(cells);
        }
      }
    }
    String text = ShowTable.render(schema.fields().stream().map(ArrowField::name).toList(), rows,
        rows.size() > show.getNumRows(), show.getNumRows(), show.getTruncate(), show.getVertical(), sparkBefore4);
    ArrowSchema showSchema = ArrowSchema.of(List.of(ArrowField.of("show_string", true, new ArrowType.Utf8(false))));
    byte[] data = ArrowStreamWriter.write(showSchema, List.<Object[]>of(new Object[] {text}));
    return Optional.of(List.of(ExecutePlanResponse.newBuilder().setArrowBatch(ExecutePlanResponse.ArrowBatch
        .newBuilder().setRowCount(1).setData(ByteString.copyFrom(data))).build()));
  }

  private static boolean shownExactly(ArrowField field) {
    ArrowType type = field.type();
    boolean leaf = type instanceof ArrowType.Int || type instanceof ArrowType.Bool || type instanceof ArrowType.Utf8
        || type instanceof ArrowType.Decimal || type instanceof ArrowType.FloatingPoint
        || type instanceof ArrowType.Binary || type instanceof ArrowType.Null
        || (type instanceof ArrowType.Date date && date.unit() == ArrowType.TimeUnit.DAY);
    if (leaf) {
      return field.children().isEmpty();
    }
    boolean nested = type instanceof ArrowType.List || type instanceof ArrowType.Struct || type instanceof ArrowType.Map;
    return nested && !field.children().isEmpty() && field.children().stream().allMatch(ShowFromRecording::shownExactly);
  }
}
