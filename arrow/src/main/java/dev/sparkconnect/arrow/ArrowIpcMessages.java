package dev.sparkconnect.arrow;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import org.apache.arrow.flatbuf.Message;
import org.apache.arrow.flatbuf.MessageHeader;

/**
 * Splits an Arrow IPC stream into its framed messages and joins messages back into a stream,
 * without decoding a single value.
 *
 * <p>Spark Connect sends every record batch as a stream of its own (schema, one batch, end
 * marker), while a fixture keeps a whole result as one stream file that any Arrow tool opens. This
 * class moves between the two forms byte for byte:
 *
 * <pre>{@code
 * List<ArrowIpcMessages.Message> parts = ArrowIpcMessages.split(oneBatchFromTheServer);
 * byte[] file = ArrowIpcMessages.join(schemaMessage, allBatchMessages);
 * }</pre>
 */
public final class ArrowIpcMessages {

  private static final int CONTINUATION = 0xFFFFFFFF;
  private static final byte[] END_OF_STREAM = {-1, -1, -1, -1, 0, 0, 0, 0};

  private ArrowIpcMessages() {}

  /** One framed IPC message: its header type and its bytes, continuation marker to end of body. */
  public record Message(byte headerType, byte[] bytes) {

    /** Whether this message is the stream's schema, which comes before any batch. */
    public boolean isSchema() {
      return headerType == MessageHeader.Schema;
    }

    /** Whether this message is a record batch, the rows that follow the schema. */
    public boolean isRecordBatch() {
      return headerType == MessageHeader.RecordBatch;
    }

    /** The header type's name in the Arrow format, for messages. */
    public String typeName() {
      return MessageHeader.name(headerType);
    }
  }

  /** The messages of a stream, up to its end marker or its last byte. */
  public static List<Message> split(byte[] stream) {
    ByteBuffer bytes = ByteBuffer.wrap(stream).order(ByteOrder.LITTLE_ENDIAN);
    List<Message> messages = new ArrayList<>();
    while (bytes.remaining() > 0) {
      int start = bytes.position();
      int length = readInt(bytes, messages.size());
      if (length == CONTINUATION) {
        length = readInt(bytes, messages.size());
      }
      if (length == 0) {
        break;
      }
      if (length < 0 || length > bytes.remaining()) {
        throw new ArrowFormatException("Arrow IPC message " + messages.size() + ": metadata of "
            + Integer.toUnsignedString(length) + " bytes but only " + bytes.remaining()
            + " bytes left (truncated stream?)");
      }
      org.apache.arrow.flatbuf.Message metadata;
      long body;
      byte headerType;
      try {
        // Flatbuffer fields are read lazily: a corrupt table fails on first access, so read them here.
        metadata = org.apache.arrow.flatbuf.Message.getRootAsMessage(
            bytes.slice(bytes.position(), length).order(ByteOrder.LITTLE_ENDIAN));
        body = metadata.bodyLength();
        headerType = metadata.headerType();
      } catch (RuntimeException e) {
        throw new ArrowFormatException("Arrow IPC message " + messages.size() + " has unreadable metadata", e);
      }
      if (body < 0 || body > bytes.remaining() - length) {
        throw new ArrowFormatException("Arrow IPC message " + messages.size() + ": a body of " + body
            + " bytes but only " + (bytes.remaining() - length) + " bytes left (truncated stream?)");
      }
      bytes.position(bytes.position() + length + (int) body);
      byte[] framed = new byte[bytes.position() - start];
      System.arraycopy(stream, start, framed, 0, framed.length);
      messages.add(new Message(headerType, framed));
    }
    return messages;
  }

  /** A stream of the given messages followed by the end-of-stream marker. */
  public static byte[] join(List<Message> messages) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (Message message : messages) {
      out.writeBytes(message.bytes());
    }
    out.writeBytes(END_OF_STREAM);
    return out.toByteArray();
  }

  private static int readInt(ByteBuffer bytes, int index) {
    if (bytes.remaining() < 4) {
      throw new ArrowFormatException("Arrow IPC message " + index + ": only " + bytes.remaining()
          + " bytes where a message length should be (truncated stream?)");
    }
    return bytes.getInt();
  }
}
