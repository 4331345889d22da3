package dev.sparkconnect.arrow;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import org.apache.arrow.flatbuf.Buffer;
import org.apache.arrow.flatbuf.FieldNode;
import org.apache.arrow.flatbuf.Message;
import org.apache.arrow.flatbuf.MessageHeader;
import org.apache.arrow.flatbuf.RecordBatch;
import org.apache.arrow.flatbuf.Schema;

/**
 * Reads an Arrow IPC stream (schema message, record batches, optional end-of-stream marker) from
 * bytes already in memory.
 *
 * <p>Column data is not copied: every {@link ArrowVector} reads from a view of the given buffer,
 * which must therefore not change while the vectors are in use. Compressed buffers (LZ4 frame,
 * zstd; see {@link BufferCompression}) are the exception: they are decompressed into arrays of
 * their own. Every buffer is bounds-checked
 * against the row count up front, so truncated or corrupt input fails here with an
 * {@link ArrowFormatException} naming the message and field, never later with a wrong value.
 *
 * <pre>{@code
 * ArrowStream stream = ArrowStreamReader.read(arrowBatch.getData().asReadOnlyByteBuffer());
 * for (ArrowRecordBatch batch : stream.batches()) {
 *   ArrowVector ids = batch.column(0);
 *   for (int row = 0; row < batch.rowCount(); row++) {
 *     long id = ids.isNull(row) ? -1 : ids.getLong(row);
 *   }
 * }
 * }</pre>
 */
public final class ArrowStreamReader {

  private static final int CONTINUATION = 0xFFFFFFFF;

  private final ByteBuffer bytes;
  private int position;
  private int messageIndex;

  private ArrowStreamReader(ByteBuffer bytes) {
    this.bytes = bytes.slice().order(ByteOrder.LITTLE_ENDIAN);
  }

  /** Reads a whole stream; the first message must be its schema. */
  public static ArrowStream read(ByteBuffer bytes) {
    return new ArrowStreamReader(bytes).readStream(null);
  }

  /** Reads a whole stream from an array, without copying it. */
  public static ArrowStream read(byte[] bytes) {
    return read(ByteBuffer.wrap(bytes));
  }

  /**
   * Reads a stream whose batches must match {@code expected}: used where one result arrives as
   * many streams, so that a batch with another schema is caught rather than mis-decoded.
   */
  public static ArrowStream read(ByteBuffer bytes, ArrowSchema expected) {
    return new ArrowStreamReader(bytes).readStream(expected);
  }

  private ArrowStream readStream(ArrowSchema expected) {
    ArrowSchema schema = null;
    List<ArrowRecordBatch> batches = new ArrayList<>();
    while (true) {
      Message message = nextMessage();
      if (message == null) {
        break;
      }
      try {
        ByteBuffer body = nextBody(message);
        ArrowSchema read = readMessage(message, body, expected, schema, batches);
        schema = read != null ? read : schema;
      } catch (ArrowFormatException e) {
        throw e;
      } catch (RuntimeException e) {
        // Flatbuffer metadata is read lazily, so a corrupt table or vector surfaces here.
        throw new ArrowFormatException("Arrow IPC message " + messageIndex + " has corrupt metadata ("
            + e.getClass().getSimpleName() + ")", e);
      }
      messageIndex++;
    }
    if (schema == null) {
      throw new ArrowFormatException("Arrow IPC stream of " + bytes.limit() + " bytes has no schema message");
    }
    return new ArrowStream(schema, batches);
  }

  /** Reads one message: returns its schema if it is the schema message, else adds its batch to {@code batches}. */
  private ArrowSchema readMessage(Message message, ByteBuffer body, ArrowSchema expected, ArrowSchema schema,
      List<ArrowRecordBatch> batches) {
    byte header = message.headerType();
    if (header == MessageHeader.Schema) {
      if (schema != null) {
        throw error("a second schema message in one stream");
      }
      ArrowSchema read = ArrowSchemaReader.read((Schema) message.header(new Schema()));
      if (expected != null && !expected.fields().equals(read.fields())) {
        throw error("schema " + read.fields() + " differs from the expected " + expected.fields());
      }
      return read;
    }
    if (header == MessageHeader.RecordBatch) {
      if (schema == null) {
        throw error("a record batch before the schema message");
      }
      batches.add(recordBatch(schema, (RecordBatch) message.header(new RecordBatch()), body));
      return null;
    }
    if (header == MessageHeader.DictionaryBatch) {
      throw error("a dictionary batch; Spark never sends dictionary-encoded columns");
    }
    throw error("a message of unexpected type " + header);
  }

  /** The next message's metadata, or null at the end-of-stream marker or the end of the bytes. */
  private Message nextMessage() {
    if (position == bytes.limit()) {
      return null;
    }
    int length = readInt("message length");
    if (length == CONTINUATION) {
      length = readInt("message length");
    }
    if (length == 0) {
      return null;
    }
    if (length < 0 || length > bytes.limit() - position) {
      throw error("metadata of " + Integer.toUnsignedString(length) + " bytes but only "
          + (bytes.limit() - position) + " bytes left (truncated stream?)");
    }
    ByteBuffer metadata = bytes.slice(position, length).order(ByteOrder.LITTLE_ENDIAN);
    position += length;
    try {
      return Message.getRootAsMessage(metadata);
    } catch (RuntimeException e) {
      throw new ArrowFormatException("Arrow IPC message " + messageIndex + " has unreadable metadata", e);
    }
  }

  private ByteBuffer nextBody(Message message) {
    long length = message.bodyLength();
    if (length < 0 || length > bytes.limit() - position) {
      throw error("a body of " + length + " bytes but only " + (bytes.limit() - position)
          + " bytes left (truncated stream?)");
    }
    ByteBuffer body = bytes.slice(position, (int) length).order(ByteOrder.LITTLE_ENDIAN);
    position += (int) length;
    return body;
  }

  private int readInt(String what) {
    if (bytes.limit() - position < 4) {
      throw error("only " + (bytes.limit() - position) + " bytes where a " + what + " should be (truncated stream?)");
    }
    int value = bytes.getInt(position);
    position += 4;
    return value;
  }

  private ArrowRecordBatch recordBatch(ArrowSchema schema, RecordBatch batch, ByteBuffer body) {
    if (batch.compression() != null && batch.compression().method() != 0) {
      throw error("buffers compressed by method " + batch.compression().method() + "; Arrow defines only"
          + " BUFFER (each buffer compressed on its own)");
    }
    long rows = batch.length();
    if (rows < 0 || rows > Integer.MAX_VALUE) {
      throw error("a record batch of " + rows + " rows");
    }
    Cursor cursor = new Cursor(batch, body);
    List<ArrowVector> columns = new ArrayList<>(schema.fields().size());
    for (ArrowField field : schema.fields()) {
      ArrowVector column = cursor.vector(field);
      if (column.valueCount() != rows) {
        throw error("column '" + field.name() + "' has " + column.valueCount() + " values in a batch of " + rows + " rows");
      }
      columns.add(column);
    }
    if (cursor.node != batch.nodesLength() || cursor.buffer != batch.buffersLength()) {
      throw error("the record batch has " + batch.nodesLength() + " nodes and " + batch.buffersLength()
          + " buffers, but the schema uses " + cursor.node + " and " + cursor.buffer);
    }
    return new ArrowRecordBatch(schema, (int) rows, columns);
  }

  private ArrowFormatException error(String problem) {
    return new ArrowFormatException("Arrow IPC message " + messageIndex + ": " + problem);
  }

  /** Walks the flattened field nodes and buffers of one record batch, in schema pre-order. */
  private final class Cursor {
    private final RecordBatch batch;
    private final ByteBuffer body;
    private final FieldNode node0 = new FieldNode();
    private final Buffer buffer0 = new Buffer();
    int node;
    int buffer;

    /** The codec of every buffer, or -1 where they are not compressed. */
    private final byte codec;

    Cursor(RecordBatch batch, ByteBuffer body) {
      this.batch = batch;
      this.body = body;
      this.codec = batch.compression() == null ? -1 : batch.compression().codec();
    }

    ArrowVector vector(ArrowField field) {
      if (node >= batch.nodesLength()) {
        throw error("no field node left for '" + field.name() + "'");
      }
      FieldNode fieldNode = batch.nodes(node0, node++);
      long length = fieldNode.length();
      long nulls = fieldNode.nullCount();
      if (length < 0 || length > Integer.MAX_VALUE || nulls < 0 || nulls > length) {
        throw error("field '" + field.name() + "' has a node of " + length + " values with " + nulls + " nulls");
      }
      int count = (int) length;
      ArrowType type = field.type();
      ByteBuffer validity = null;
      ByteBuffer values = null;
      ByteBuffer data = null;
      int buffers = type.bufferCount();
      if (buffers >= 1) {
        validity = nextBuffer(field, "validity");
        if (nulls > 0 && validity.limit() < (count + 7) / 8) {
          throw error("field '" + field.name() + "' has a validity bitmap of " + validity.limit()
              + " bytes for " + count + " values");
        }
      }
      if (buffers >= 2) {
        values = nextBuffer(field, "values");
        long needed = valuesBytes(type, count);
        if (values.limit() < needed) {
          throw error("field '" + field.name() + "' has a " + (ArrowLayout.hasOffsets(type) ? "offsets" : "values")
              + " buffer of " + values.limit() + " bytes where " + count + " values need " + needed);
        }
      }
      if (buffers >= 3) {
        data = nextBuffer(field, "data");
        checkOffsets(field, values, count, data.limit(), "bytes of its data buffer");
      }
      List<ArrowVector> children = new ArrayList<>(field.children().size());
      for (ArrowField child : field.children()) {
        children.add(vector(child));
      }
      if (type instanceof ArrowType.List || type instanceof ArrowType.Map) {
        checkOffsets(field, values, count, children.get(0).valueCount(), "elements of its child");
      }
      ArrowVector vector = new ArrowVector(field, count, (int) nulls, validity, values, data, children);
      checkChildLengths(vector);
      return vector;
    }

    private void checkChildLengths(ArrowVector vector) {
      ArrowType type = vector.type();
      int count = vector.valueCount();
      if (type instanceof ArrowType.Struct) {
        for (ArrowVector child : vector.children()) {
          if (child.valueCount() < count) {
            throw error("struct field '" + vector.field().name() + "' has " + count + " rows but its child '"
                + child.field().name() + "' only " + child.valueCount());
          }
        }
      } else if (type instanceof ArrowType.FixedSizeList) {
        // Lists and maps had every offset checked against their child already (checkOffsets).
        int needed = count == 0 ? 0 : vector.elementEnd(count - 1);
        if (needed > vector.child(0).valueCount()) {
          throw error("list field '" + vector.field().name() + "' points at element " + needed + " of a child with "
              + vector.child(0).valueCount());
        }
      }
    }

    /**
     * Every offset of a variable-length column within {@code [0, limit]} and none before the one
     * preceding it, so that no value can reach into its neighbour's bytes or be read backwards.
     */
    private void checkOffsets(ArrowField field, ByteBuffer offsets, int count, long limit, String of) {
      if (count == 0) {
        return;
      }
      boolean large = ArrowLayout.hasLargeOffsets(field.type());
      long previous = large ? offsets.getLong(0) : offsets.getInt(0);
      if (previous < 0 || previous > limit) {
        throw error("field '" + field.name() + "' starts at offset " + previous + " of " + limit + " " + of);
      }
      for (int i = 1; i <= count; i++) {
        long offset = large ? offsets.getLong(i * 8) : offsets.getInt(i * 4);
        if (offset < previous || offset > limit) {
          throw error("field '" + field.name() + "' has offset " + offset + " for value " + (i - 1) + " after offset "
              + previous + ", of " + limit + " " + of + " (offsets must rise within the buffer)");
        }
        previous = offset;
      }
    }

    private ByteBuffer nextBuffer(ArrowField field, String role) {
      if (buffer >= batch.buffersLength()) {
        throw error("no buffer left for the " + role + " of '" + field.name() + "'");
      }
      Buffer b = batch.buffers(buffer0, buffer++);
      long offset = b.offset();
      long length = b.length();
      if (offset < 0 || length < 0 || offset + length > body.limit()) {
        throw error("the " + role + " buffer of '" + field.name() + "' spans bytes " + offset + " to "
            + (offset + length) + " of a body of " + body.limit() + " (truncated stream?)");
      }
      ByteBuffer bytes = body.slice((int) offset, (int) length).order(ByteOrder.LITTLE_ENDIAN);
      if (codec < 0) {
        return bytes;
      }
      try {
        return BufferCompression.decompress(bytes, codec);
      } catch (ArrowFormatException e) {
        throw new ArrowFormatException("Arrow IPC message " + messageIndex + ": the " + role + " buffer of '"
            + field.name() + "': " + e.getMessage(), e);
      }
    }
  }

  private static long valuesBytes(ArrowType type, int count) {
    if (ArrowLayout.hasOffsets(type)) {
      return count == 0 ? 0 : (count + 1L) * (ArrowLayout.hasLargeOffsets(type) ? 8 : 4);
    }
    if (ArrowLayout.isBitPacked(type)) {
      return (count + 7L) / 8;
    }
    return (long) count * ArrowLayout.valueWidth(type);
  }
}
