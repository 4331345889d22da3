package dev.sparkconnect.arrow;

import com.google.flatbuffers.FlatBufferBuilder;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.arrow.flatbuf.Buffer;
import org.apache.arrow.flatbuf.FieldNode;
import org.apache.arrow.flatbuf.Message;
import org.apache.arrow.flatbuf.MessageHeader;
import org.apache.arrow.flatbuf.MetadataVersion;
import org.apache.arrow.flatbuf.RecordBatch;

/**
 * Writes rows of Java values as an Arrow IPC stream: the schema message, record batches of at most
 * a chosen number of rows, and the end-of-stream marker. Any Arrow reader (Apache Arrow's,
 * Spark's, {@link ArrowStreamReader}) reads the result.
 *
 * <pre>{@code
 * ArrowSchema schema = ArrowSchema.of(List.of(
 *     ArrowField.of("id", false, new ArrowType.Int(64, true)),
 *     ArrowField.of("name", true, new ArrowType.Utf8(false))));
 * byte[] ipc = ArrowStreamWriter.write(schema, List.of(new Object[] {1L, "a"}, new Object[] {2L, null}));
 * }</pre>
 *
 * <p>The values each type accepts are listed on {@code ColumnBuilder}: the Java types a Spark
 * row holds (Long, BigDecimal, LocalDate, Instant, List, Map, ...). A value that does not fit its
 * column fails with the field named; nothing is rounded or truncated.
 */
public final class ArrowStreamWriter {

  private static final byte[] PADDING = new byte[8];

  private ArrowStreamWriter() {}

  /** The whole stream of {@code rows} in one record batch (none if there are no rows). */
  public static byte[] write(ArrowSchema schema, List<Object[]> rows) {
    return write(schema, rows, Math.max(1, rows.size()));
  }

  /** The whole stream of {@code rows}, in record batches of at most {@code maxRowsPerBatch} rows. */
  public static byte[] write(ArrowSchema schema, List<Object[]> rows, int maxRowsPerBatch) {
    if (maxRowsPerBatch < 1) {
      throw new IllegalArgumentException("maxRowsPerBatch is " + maxRowsPerBatch + "; use 1 or more");
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    writeSchema(out, schema);
    for (int start = 0; start < rows.size(); start += maxRowsPerBatch) {
      writeBatch(out, schema, rows.subList(start, Math.min(rows.size(), start + maxRowsPerBatch)), start);
    }
    writeInt(out, 0xFFFFFFFF);
    writeInt(out, 0);
    return out.toByteArray();
  }

  /** A stream of the schema alone with one empty batch, as Spark sends for an empty result. */
  public static byte[] writeEmpty(ArrowSchema schema) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    writeSchema(out, schema);
    writeBatch(out, schema, List.of(), 0);
    writeInt(out, 0xFFFFFFFF);
    writeInt(out, 0);
    return out.toByteArray();
  }

  private static void writeSchema(ByteArrayOutputStream out, ArrowSchema schema) {
    FlatBufferBuilder builder = new FlatBufferBuilder(1024);
    int header = ArrowSchemaWriter.write(builder, schema);
    int message = Message.createMessage(builder, MetadataVersion.V5, MessageHeader.Schema, header, 0, 0);
    builder.finish(message);
    writeMessage(out, builder.sizedByteArray(), new byte[0]);
  }

  private static void writeBatch(ByteArrayOutputStream out, ArrowSchema schema, List<Object[]> rows, int firstRow) {
    List<ColumnBuilder> columns = new ArrayList<>();
    for (ArrowField field : schema.fields()) {
      columns.add(new ColumnBuilder(field));
    }
    for (int r = 0; r < rows.size(); r++) {
      Object[] row = rows.get(r);
      if (row.length != columns.size()) {
        throw new IllegalArgumentException("Row " + (firstRow + r) + " has " + row.length + " values for a schema of "
            + columns.size() + " fields");
      }
      for (int c = 0; c < row.length; c++) {
        try {
          columns.get(c).append(row[c]);
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException("Row " + (firstRow + r) + ": " + e.getMessage(), e);
        }
      }
    }
    List<ColumnBuilder> preOrder = new ArrayList<>();
    for (ColumnBuilder column : columns) {
      addPreOrder(column, preOrder);
    }
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    List<long[]> buffers = new ArrayList<>();
    for (ColumnBuilder column : preOrder) {
      int count = column.field.type().bufferCount();
      GrowableBuffer[] all = {column.validity, column.values, column.data};
      for (int i = 0; i < count; i++) {
        GrowableBuffer buffer = all[i];
        int size = i == 0 && column.nullCount == 0 ? 0 : buffer.size();
        buffers.add(new long[] {body.size(), size});
        body.write(buffer.array(), 0, size);
        body.write(PADDING, 0, padding(size));
      }
    }

    FlatBufferBuilder builder = new FlatBufferBuilder(1024);
    RecordBatch.startNodesVector(builder, preOrder.size());
    for (int i = preOrder.size() - 1; i >= 0; i--) {
      FieldNode.createFieldNode(builder, preOrder.get(i).length, preOrder.get(i).nullCount);
    }
    int nodes = builder.endVector();
    RecordBatch.startBuffersVector(builder, buffers.size());
    for (int i = buffers.size() - 1; i >= 0; i--) {
      Buffer.createBuffer(builder, buffers.get(i)[0], buffers.get(i)[1]);
    }
    int bufferVector = builder.endVector();
    int batch = RecordBatch.createRecordBatch(builder, rows.size(), nodes, bufferVector, 0, 0);
    int message = Message.createMessage(builder, MetadataVersion.V5, MessageHeader.RecordBatch, batch, body.size(), 0);
    builder.finish(message);
    writeMessage(out, builder.sizedByteArray(), body.toByteArray());
  }

  private static void addPreOrder(ColumnBuilder column, List<ColumnBuilder> into) {
    into.add(column);
    for (ColumnBuilder child : column.children) {
      addPreOrder(child, into);
    }
  }

  private static void writeMessage(ByteArrayOutputStream out, byte[] metadata, byte[] body) {
    int padded = metadata.length + padding(metadata.length);
    writeInt(out, 0xFFFFFFFF);
    writeInt(out, padded);
    out.write(metadata, 0, metadata.length);
    out.write(PADDING, 0, padded - metadata.length);
    out.write(body, 0, body.length);
  }

  private static int padding(int size) {
    return (8 - (size & 7)) & 7;
  }

  private static void writeInt(ByteArrayOutputStream out, int value) {
    out.write(value);
    out.write(value >>> 8);
    out.write(value >>> 16);
    out.write(value >>> 24);
  }
}
