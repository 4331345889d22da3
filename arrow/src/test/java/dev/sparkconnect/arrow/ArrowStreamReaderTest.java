package dev.sparkconnect.arrow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.BitVector;
import org.apache.arrow.vector.DecimalVector;
import org.apache.arrow.vector.IntVector;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.complex.ListVector;
import org.apache.arrow.vector.complex.StructVector;
import org.apache.arrow.vector.complex.impl.UnionListWriter;
import org.apache.arrow.vector.ipc.ArrowStreamWriter;
import org.apache.arrow.vector.types.pojo.ArrowType.Int;
import org.apache.arrow.vector.types.pojo.FieldType;
import org.junit.jupiter.api.Test;

/** Streams written by Apache Arrow Java, read back by our reader. */
class ArrowStreamReaderTest {

  @Test
  void readsPrimitiveColumnsWithNullsAcrossBatches() {
    byte[] bytes = write(allocator -> {
      BigIntVector ids = new BigIntVector("id", allocator);
      VarCharVector names = new VarCharVector("name", allocator);
      BitVector flags = new BitVector("flag", allocator);
      return List.of(ids, names, flags);
    }, (root, batch) -> {
      BigIntVector ids = (BigIntVector) root.getVector("id");
      VarCharVector names = (VarCharVector) root.getVector("name");
      BitVector flags = (BitVector) root.getVector("flag");
      for (int i = 0; i < 3; i++) {
        ids.setSafe(i, batch * 100L + i);
        if (i == 1) {
          names.setNull(i);
          flags.setNull(i);
        } else {
          names.setSafe(i, ("n" + batch + i + "✓").getBytes(StandardCharsets.UTF_8));
          flags.setSafe(i, i % 2 == 0 ? 1 : 0);
        }
      }
      root.setRowCount(3);
    }, 2);

    ArrowStream stream = ArrowStreamReader.read(bytes);

    assertThat(stream.schema().fields()).extracting(ArrowField::name).containsExactly("id", "name", "flag");
    assertThat(stream.schema().fields().get(0).type()).isEqualTo(new ArrowType.Int(64, true));
    assertThat(stream.batches()).hasSize(2);
    assertThat(stream.rowCount()).isEqualTo(6);
    ArrowRecordBatch second = stream.batches().get(1);
    assertThat(second.column(0).getLong(2)).isEqualTo(102L);
    assertThat(second.column(1).getString(0)).isEqualTo("n10✓");
    assertThat(second.column(1).isNull(1)).isTrue();
    assertThat(second.column(1).isNull(2)).isFalse();
    assertThat(second.column(2).getBoolean(0)).isTrue();
    assertThat(second.column(2).isNull(1)).isTrue();
    assertThat(second.column(0).isNull(1)).isFalse();
  }

  @Test
  void readsDecimalsAtFullPrecision() {
    BigDecimal big = new BigDecimal("-12345678901234567890123456.789012345678");
    byte[] bytes = write(allocator -> List.of(new DecimalVector("d", allocator, 38, 12)), (root, batch) -> {
      DecimalVector d = (DecimalVector) root.getVector("d");
      d.setSafe(0, big);
      d.setSafe(1, new BigDecimal("1.500000000000"));
      d.setNull(2);
      root.setRowCount(3);
    }, 1);

    ArrowVector column = ArrowStreamReader.read(bytes).batches().get(0).column(0);

    assertThat(column.type()).isEqualTo(new ArrowType.Decimal(38, 12, 128));
    assertThat(column.getDecimal(0)).isEqualTo(big);
    assertThat(column.getDecimal(1)).isEqualTo(new BigDecimal("1.500000000000"));
    assertThat(column.isNull(2)).isTrue();
  }

  @Test
  void readsListsAndStructs() {
    byte[] bytes = write(allocator -> {
      ListVector list = ListVector.empty("list", allocator);
      list.addOrGetVector(FieldType.nullable(new Int(32, true)));
      StructVector struct = StructVector.empty("struct", allocator);
      struct.addOrGet("a", FieldType.nullable(new Int(32, true)), IntVector.class);
      return List.of(list, struct);
    }, (root, batch) -> {
      ListVector list = (ListVector) root.getVector("list");
      UnionListWriter writer = list.getWriter();
      writer.setPosition(0);
      writer.startList();
      writer.writeInt(7);
      writer.writeInt(8);
      writer.endList();
      writer.setPosition(1);
      writer.startList();
      writer.endList();
      writer.setValueCount(2);
      StructVector struct = (StructVector) root.getVector("struct");
      IntVector a = (IntVector) struct.getChild("a");
      a.setSafe(0, 41);
      struct.setIndexDefined(0);
      a.setSafe(1, 42);
      struct.setIndexDefined(1);
      root.setRowCount(2);
    }, 1);

    ArrowRecordBatch batch = ArrowStreamReader.read(bytes).batches().get(0);
    ArrowVector list = batch.column(0);
    ArrowVector struct = batch.column(1);

    assertThat(list.elementStart(0)).isZero();
    assertThat(list.elementEnd(0)).isEqualTo(2);
    assertThat(list.child(0).getInt(1)).isEqualTo(8);
    assertThat(list.elementEnd(1) - list.elementStart(1)).isZero();
    assertThat(struct.child(0).field().name()).isEqualTo("a");
    assertThat(struct.child(0).getInt(1)).isEqualTo(42);
  }

  @Test
  void aTruncatedStreamFailsNamingTheMessageAndTheProblem() {
    byte[] bytes = write(allocator -> List.of(new BigIntVector("id", allocator)), (root, batch) -> {
      BigIntVector ids = (BigIntVector) root.getVector("id");
      for (int i = 0; i < 100; i++) {
        ids.setSafe(i, i);
      }
      root.setRowCount(100);
    }, 1);

    for (int cut : new int[] {bytes.length - 9, bytes.length - 400, 200, 6}) {
      byte[] truncated = Arrays.copyOf(bytes, cut);
      assertThatThrownBy(() -> ArrowStreamReader.read(truncated))
          .as("cut at %d of %d", cut, bytes.length)
          .isInstanceOf(ArrowFormatException.class)
          .hasMessageContaining("Arrow IPC message")
          .hasMessageContaining("truncated");
    }
  }

  @Test
  void bytesWithoutASchemaAreRejected() {
    assertThatThrownBy(() -> ArrowStreamReader.read(new byte[0]))
        .isInstanceOf(ArrowFormatException.class)
        .hasMessageContaining("no schema message");
    assertThatThrownBy(() -> ArrowStreamReader.read(new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10}))
        .isInstanceOf(ArrowFormatException.class);
  }

  interface Fill {
    void batch(VectorSchemaRoot root, int batch);
  }

  interface Vectors {
    List<? extends org.apache.arrow.vector.FieldVector> create(BufferAllocator allocator);
  }

  private static byte[] write(Vectors vectors, Fill fill, int batches) {
    try (BufferAllocator allocator = new RootAllocator()) {
      List<? extends org.apache.arrow.vector.FieldVector> created = vectors.create(allocator);
      try (VectorSchemaRoot root = new VectorSchemaRoot(List.copyOf(created))) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ArrowStreamWriter writer = new ArrowStreamWriter(root, null, Channels.newChannel(out))) {
          writer.start();
          for (int b = 0; b < batches; b++) {
            root.allocateNew();
            fill.batch(root, b);
            writer.writeBatch();
          }
          writer.end();
        }
        return out.toByteArray();
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

}
