package dev.sparkconnect.arrow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.apache.arrow.compression.CommonsCompressionFactory;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.Float8Vector;
import org.apache.arrow.vector.IntVector;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.compression.CompressionUtil;
import org.apache.arrow.vector.ipc.ArrowStreamWriter;
import org.apache.arrow.vector.ipc.message.IpcOption;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/**
 * Streams whose buffers Apache Arrow Java compressed (LZ4 frame, zstd), as Spark writes Connect
 * results when {@code spark.sql.execution.arrow.compression.codec} is set, read back value for
 * value; corrupt compressed bytes fail as {@link ArrowFormatException}, never otherwise.
 */
class CompressedBuffersTest {

  private static final int ROWS = 5_000;

  @ParameterizedTest
  @EnumSource(value = CompressionUtil.CodecType.class, names = {"LZ4_FRAME", "ZSTD"})
  void readsEveryValueOfACompressedStream(CompressionUtil.CodecType codec) {
    ArrowStream stream = ArrowStreamReader.read(write(codec, 3));

    assertThat(stream.batches()).hasSize(3);
    for (int batch = 0; batch < 3; batch++) {
      ArrowRecordBatch read = stream.batches().get(batch);
      assertThat(read.rowCount()).isEqualTo(ROWS);
      for (int row = 0; row < ROWS; row++) {
        assertThat(read.column(0).getLong(row)).isEqualTo(id(batch, row));
        assertThat(read.column(1).isNull(row)).isEqualTo(row % 7 == 3);
        if (row % 7 != 3) {
          assertThat(read.column(1).getDouble(row)).isEqualTo(row / 4.0);
        }
        assertThat(read.column(2).getString(row)).isEqualTo(text(batch, row));
        assertThat(read.column(3).getInt(row)).isEqualTo(42);
      }
    }
  }

  @Test
  void aBufferTheWriterLeftUncompressedIsReadAsItIs() {
    // Arrow writes -1 as the length of a buffer it found not worth compressing.
    ByteBuffer raw = ByteBuffer.allocate(8 + 16).order(ByteOrder.LITTLE_ENDIAN).putLong(-1).putLong(7).putLong(9);
    ByteBuffer read = BufferCompression.decompress(raw.flip(), BufferCompression.LZ4_FRAME);
    assertThat(read.getLong(0)).isEqualTo(7);
    assertThat(read.getLong(8)).isEqualTo(9);
  }

  @Test
  void anAnnouncedLengthTheFrameDoesNotFillFails() {
    byte[] lz4 = bufferOf(write(CompressionUtil.CodecType.LZ4_FRAME, 1));
    ByteBuffer lying = ByteBuffer.wrap(lz4).order(ByteOrder.LITTLE_ENDIAN);
    assertThat(lying.getLong(0)).as("compressed, so announcing the ids' 8 bytes each").isEqualTo(ROWS * 8L);
    lying.putLong(0, lying.getLong(0) + 1);

    assertThatThrownBy(() -> BufferCompression.decompress(lying, BufferCompression.LZ4_FRAME))
        .isInstanceOf(ArrowFormatException.class).hasMessageContaining("announced");
  }

  @ParameterizedTest
  @EnumSource(value = CompressionUtil.CodecType.class, names = {"LZ4_FRAME", "ZSTD"})
  void corruptCompressedBytesFailAsAFormatErrorOrReadCleanly(CompressionUtil.CodecType codec) {
    byte[] stream = write(codec, 1);
    Random random = new Random(20261203);
    for (int i = 0; i < 600; i++) {
      byte[] damaged = stream.clone();
      int at = random.nextInt(damaged.length);
      damaged[at] = (byte) (damaged[at] ^ (1 << random.nextInt(8)));
      try {
        ArrowStreamReader.read(damaged);
      } catch (ArrowFormatException expected) {
        // What corrupt input must give; a damaged checksum or padding byte may also read cleanly.
      }
    }
  }

  private static long id(int batch, int row) {
    return batch * 1_000_000L + row;
  }

  private static String text(int batch, int row) {
    return "row " + (row % 50) + " of batch " + batch + (row % 11 == 0 ? " ✓" : "");
  }

  /** The bytes of the id column's values buffer in the first batch: its 8-byte length, then its frame. */
  private static byte[] bufferOf(byte[] stream) {
    ByteBuffer framed = ByteBuffer.wrap(ArrowIpcMessages.split(stream).get(1).bytes()).order(ByteOrder.LITTLE_ENDIAN);
    int metadataLength = framed.getInt(4);
    org.apache.arrow.flatbuf.RecordBatch header = (org.apache.arrow.flatbuf.RecordBatch)
        org.apache.arrow.flatbuf.Message.getRootAsMessage(framed.slice(8, metadataLength).order(ByteOrder.LITTLE_ENDIAN))
            .header(new org.apache.arrow.flatbuf.RecordBatch());
    org.apache.arrow.flatbuf.Buffer values = header.buffers(1);
    byte[] bytes = new byte[(int) values.length()];
    framed.get(8 + metadataLength + (int) values.offset(), bytes);
    return bytes;
  }

  private static byte[] write(CompressionUtil.CodecType codec, int batches) {
    try (BufferAllocator allocator = new RootAllocator();
        BigIntVector ids = new BigIntVector("id", allocator);
        Float8Vector halves = new Float8Vector("quarter", allocator);
        VarCharVector texts = new VarCharVector("text", allocator);
        IntVector constant = new IntVector("constant", allocator);
        VectorSchemaRoot root = new VectorSchemaRoot(List.of(ids, halves, texts, constant))) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (ArrowStreamWriter writer = new ArrowStreamWriter(root, null, Channels.newChannel(out), IpcOption.DEFAULT,
          CommonsCompressionFactory.INSTANCE, codec)) {
        writer.start();
        for (int batch = 0; batch < batches; batch++) {
          root.allocateNew();
          for (int row = 0; row < ROWS; row++) {
            ids.setSafe(row, id(batch, row));
            if (row % 7 == 3) {
              halves.setNull(row);
            } else {
              halves.setSafe(row, row / 4.0);
            }
            texts.setSafe(row, text(batch, row).getBytes(StandardCharsets.UTF_8));
            constant.setSafe(row, 42);
          }
          root.setRowCount(ROWS);
          writer.writeBatch();
        }
        writer.end();
      }
      return out.toByteArray();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
