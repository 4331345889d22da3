package dev.sparkconnect.mock.cli;

import com.google.protobuf.ByteString;
import dev.sparkconnect.arrow.ArrowField;
import dev.sparkconnect.arrow.ArrowRecordBatch;
import dev.sparkconnect.arrow.ArrowSchema;
import dev.sparkconnect.arrow.ArrowStream;
import dev.sparkconnect.arrow.ArrowStreamReader;
import dev.sparkconnect.arrow.ArrowStreamWriter;
import dev.sparkconnect.arrow.ArrowType;
import dev.sparkconnect.arrow.ArrowVector;
import dev.sparkconnect.fixtures.Fixture;
import dev.sparkconnect.proto.ExecutePlanResponse;
import dev.sparkconnect.proto.Plan;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A fixture's rows as CSV, and back: {@code data export} prints them for editing, {@code data
 * import} writes edited rows into the fixture (its Arrow data, row counts and preview), so a
 * recorded value is changed without a binary patch. Columns keep the recorded schema; a value
 * that does not fit its column's type is refused naming the row and column.
 *
 * <p>CSV as RFC 4180 writes it: a header of the column names, then one line per row; a field with
 * a comma, quote or line break is quoted, quotes doubled. An empty unquoted field is NULL, a
 * quoted empty one ({@code ""}) the empty string. Numbers, booleans, decimals and dates
 * ({@code 2026-01-04}) are written as {@code show()} writes them. Only flat columns can be edited.
 */
final class FixtureData {

  private FixtureData() {}

  /** The fixture's rows as CSV. */
  static String export(Fixture fixture) {
    ArrowSchema schema = schema(fixture);
    StringBuilder csv = new StringBuilder();
    csv.append(String.join(",", schema.fields().stream().map(field -> quote(field.name())).toList())).append('\n');
    for (byte[] bytes : fixture.arrowBatches()) {
      ArrowStream stream = ArrowStreamReader.read(bytes);
      for (ArrowRecordBatch batch : stream.batches()) {
        for (int row = 0; row < batch.rowCount(); row++) {
          List<String> cells = new ArrayList<>();
          for (int column = 0; column < batch.columns().size(); column++) {
            ArrowVector vector = batch.column(column);
            String text = vector.isNull(row) ? null : text(vector, row);
            cells.add(text == null ? "" : text.isEmpty() ? "\"\"" : quote(text));
          }
          csv.append(String.join(",", cells)).append('\n');
        }
      }
    }
    return csv.toString();
  }

  /** The fixture with its rows replaced by those of {@code csv}, in one Arrow batch. */
  static Fixture withRows(Fixture fixture, String csv) {
    ArrowSchema schema = schema(fixture);
    for (ArrowField field : schema.fields()) {
      if (!field.children().isEmpty()) {
        throw new Arguments.UsageException("column '" + field.name() + "' is nested (" + field.type()
            + "); only flat columns can be edited as CSV: record the fixture again instead");
      }
    }
    List<List<Field>> lines = parse(csv);
    if (lines.isEmpty()) {
      throw new Arguments.UsageException("the CSV is empty; it needs a header line with the column names");
    }
    List<String> header = lines.get(0).stream().map(Field::text).toList();
    List<String> names = schema.fields().stream().map(ArrowField::name).toList();
    if (!header.equals(names)) {
      throw new Arguments.UsageException("the CSV's header is " + header + " but the fixture's columns are " + names
          + " (export the fixture to start from its own)");
    }
    List<Object[]> rows = new ArrayList<>();
    for (int line = 1; line < lines.size(); line++) {
      List<Field> fields = lines.get(line);
      if (fields.size() != names.size()) {
        throw new Arguments.UsageException("row " + line + " has " + fields.size() + " values for " + names.size()
            + " columns");
      }
      Object[] row = new Object[names.size()];
      for (int column = 0; column < row.length; column++) {
        row[column] = value(fields.get(column), schema.fields().get(column), line);
      }
      rows.add(row);
    }
    byte[] data = rows.isEmpty() ? ArrowStreamWriter.writeEmpty(schema) : ArrowStreamWriter.write(schema, rows);
    List<ExecutePlanResponse> responses = new ArrayList<>();
    boolean placed = false;
    for (ExecutePlanResponse response : fixture.responses()) {
      if (!response.hasArrowBatch()) {
        responses.add(response);
      } else if (!placed) {
        responses.add(response.toBuilder().setArrowBatch(response.getArrowBatch().toBuilder()
            .setRowCount(rows.size()).setData(ByteString.copyFrom(data))).build());
        placed = true;
      }
    }
    return Fixture.execution((Plan) fixture.request(), responses, fixture.error().orElse(null))
        .withVolatileColumns(fixture.volatileColumns());
  }

  private static ArrowSchema schema(Fixture fixture) {
    if (fixture.rpc() != Fixture.Rpc.EXECUTE_PLAN || fixture.arrowBatches().isEmpty()) {
      throw new Arguments.UsageException(fixture.name() + " holds no rows (only an ExecutePlan fixture with Arrow"
          + " data has rows to export or import)");
    }
    return ArrowStreamReader.read(fixture.arrowBatches().get(0)).schema();
  }

  private static String text(ArrowVector vector, int row) {
    return dev.sparkconnect.protocol.show.ShowText.cell(vector, row);
  }

  private static Object value(Field field, ArrowField column, int line) {
    if (field.text().isEmpty() && !field.quoted()) {
      if (!column.nullable()) {
        throw new Arguments.UsageException("row " + line + " column '" + column.name() + "' is empty (NULL), but the"
            + " column is NOT NULL");
      }
      return null;
    }
    String text = field.text();
    ArrowType type = column.type();
    try {
      if (type instanceof ArrowType.Utf8) {
        return text;
      } else if (type instanceof ArrowType.Int) {
        return Long.parseLong(text.trim());
      } else if (type instanceof ArrowType.FloatingPoint floating) {
        double number = Double.parseDouble(text.trim());
        return floating.bitWidth() == 32 ? (Object) (float) number : (Object) number;
      } else if (type instanceof ArrowType.Bool) {
        if (!text.trim().equals("true") && !text.trim().equals("false")) {
          throw new IllegalArgumentException("not true or false");
        }
        return Boolean.parseBoolean(text.trim());
      } else if (type instanceof ArrowType.Decimal decimal) {
        BigDecimal number = new BigDecimal(text.trim());
        BigDecimal scaled = number.setScale(decimal.scale(), RoundingMode.UNNECESSARY);
        if (scaled.precision() > decimal.precision()) {
          throw new IllegalArgumentException("more than " + decimal.precision() + " digits");
        }
        return scaled;
      } else if (type instanceof ArrowType.Date) {
        return LocalDate.parse(text.trim());
      }
    } catch (RuntimeException e) {
      throw new Arguments.UsageException("row " + line + " column '" + column.name() + "': '" + text + "' is not a "
          + type + " (" + e.getMessage() + ")");
    }
    throw new Arguments.UsageException("column '" + column.name() + "' is " + type + ", which CSV import does not"
        + " write; record the fixture again instead");
  }

  /** One CSV field: its text, and whether it was quoted (a quoted empty field is "", an unquoted one NULL). */
  private record Field(String text, boolean quoted) {}

  private static List<List<Field>> parse(String csv) {
    List<List<Field>> lines = new ArrayList<>();
    List<Field> line = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    boolean inQuotes = false;
    boolean any = false;
    for (int i = 0; i < csv.length(); i++) {
      char c = csv.charAt(i);
      any = true;
      if (inQuotes) {
        if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          inQuotes = false;
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        inQuotes = true;
        quoted = true;
      } else if (c == ',') {
        line.add(new Field(field.toString(), quoted));
        field.setLength(0);
        quoted = false;
      } else if (c == '\n' || c == '\r') {
        if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
          i++;
        }
        line.add(new Field(field.toString(), quoted));
        lines.add(line);
        line = new ArrayList<>();
        field.setLength(0);
        quoted = false;
        any = false;
      } else {
        field.append(c);
      }
    }
    if (inQuotes) {
      throw new Arguments.UsageException("the CSV ends inside a quoted field (a quote is missing)");
    }
    if (any) {
      line.add(new Field(field.toString(), quoted));
      lines.add(line);
    }
    return lines;
  }

  private static String quote(String text) {
    return text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r") ? quoteAlways(text)
        : text;
  }

  private static String quoteAlways(String text) {
    return "\"" + text.replace("\"", "\"\"") + "\"";
  }
}
