package dev.sparkconnect.client.columnar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.protobuf.ByteString;
import dev.sparkconnect.arrow.ArrowStreamWriter;
import dev.sparkconnect.client.Row;
import dev.sparkconnect.client.internal.transport.ResponseStream;
import dev.sparkconnect.client.types.ArrayType;
import dev.sparkconnect.client.types.DataTypes;
import dev.sparkconnect.client.types.StructType;
import dev.sparkconnect.proto.ExecutePlanResponse;
import dev.sparkconnect.protocol.arrow.SparkArrowTypes;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The columnar view reads what the server sent, as Spark stores it, and refuses a getter that does
 * not fit the column instead of reading its bytes as something else.
 */
class ColumnarBatchTest {

  private static final StructType SCHEMA = new StructType()
      .add("id", DataTypes.LongType, false)
      .add("half", DataTypes.DoubleType)
      .add("small", DataTypes.IntegerType)
      .add("tiny", DataTypes.ShortType)
      .add("name", DataTypes.StringType)
      .add("flag", DataTypes.BooleanType)
      .add("day", DataTypes.DateType)
      .add("at", DataTypes.TimestampType)
      .add("amount", DataTypes.createDecimalType(12, 2))
      .add("tags", new ArrayType(DataTypes.LongType, true))
      .add("point", new StructType().add("x", DataTypes.IntegerType).add("label", DataTypes.StringType));

  private static Object[] row(long i) {
    return new Object[] {
        i, i % 5 == 4 ? null : i * 0.5, (int) (i * 3), (short) -i, "row-" + i, i % 3 == 0,
        LocalDate.of(2024, 1, 1).plusDays(i), Instant.ofEpochSecond(1_700_000_000L + i, 123_000),
        new BigDecimal(i + ".25"), List.of(i, i + 1), new Object[] {(int) i, "p" + i}};
  }

  private static ExecutePlanResponse arrow(long from, long to) {
    List<Object[]> rows = new ArrayList<>();
    for (long i = from; i < to; i++) {
      rows.add(row(i));
    }
    return ExecutePlanResponse.newBuilder().setOperationId("op-1").setArrowBatch(ExecutePlanResponse.ArrowBatch
        .newBuilder().setRowCount(to - from)
        .setData(ByteString.copyFrom(ArrowStreamWriter.write(SparkArrowTypes.arrowSchema(SCHEMA), rows))))
        .build();
  }

  private static ExecutePlanResponse complete() {
    return ExecutePlanResponse.newBuilder().setOperationId("op-1")
        .setResultComplete(ExecutePlanResponse.ResultComplete.getDefaultInstance()).build();
  }

  static ColumnarBatchStream stream(ExecutePlanResponse... responses) {
    Iterator<ExecutePlanResponse> each = List.of(responses).iterator();
    return new ColumnarBatchStream(new ResponseStream() {
      @Override
      public String operationId() {
        return "op-1";
      }

      @Override
      public void close() {}

      @Override
      public boolean hasNext() {
        return each.hasNext();
      }

      @Override
      public ExecutePlanResponse next() {
        return each.next();
      }
    });
  }

  @Test
  void primitiveGettersReadTheValuesAsSparkStoresThem() {
    ColumnarBatch batch = stream(arrow(0, 10), complete()).drain().batches().get(0);

    assertThat(batch.numRows()).isEqualTo(10);
    assertThat(batch.numCols()).isEqualTo(SCHEMA.size());
    assertThat(batch.schema()).isEqualTo(SCHEMA);
    for (int row = 0; row < 10; row++) {
      assertThat(batch.column("id").getLong(row)).isEqualTo(row);
      assertThat(batch.column(2).getInt(row)).isEqualTo(row * 3);
      assertThat(batch.column("tiny").getShort(row)).isEqualTo((short) -row);
      assertThat(batch.column("name").getString(row)).isEqualTo("row-" + row);
      assertThat(batch.column("flag").getBoolean(row)).isEqualTo(row % 3 == 0);
      assertThat(batch.column("day").getInt(row)).isEqualTo(LocalDate.of(2024, 1, 1).plusDays(row).toEpochDay());
      assertThat(batch.column("at").getLong(row)).isEqualTo((1_700_000_000L + row) * 1_000_000L + 123);
      assertThat(batch.column("amount").getDecimal(row)).isEqualTo(new BigDecimal(row + ".25"));
    }
    ColumnVector half = batch.column("half");
    assertThat(half.hasNull()).isTrue();
    assertThat(half.numNulls()).isEqualTo(2);
    assertThat(half.isNullAt(4)).isTrue();
    assertThat(half.isNullAt(3)).isFalse();
    assertThat(half.getDouble(3)).isEqualTo(1.5);
    assertThat(batch.column("id").hasNull()).isFalse();
  }

  @Test
  void bulkGettersCopyTheSameValuesAsTheOneAtATimeGetters() {
    ColumnarBatch batch = stream(arrow(0, 1000), complete()).drain().batches().get(0);

    long[] ids = batch.column("id").getLongs(100, 50);
    int[] smalls = new int[60];
    batch.column("small").copyInts(900, smalls, 10, 50);
    double[] halves = batch.column("half").getDoubles(0, 1000);

    for (int i = 0; i < 50; i++) {
      assertThat(ids[i]).isEqualTo(100 + i);
      assertThat(smalls[10 + i]).isEqualTo((900 + i) * 3);
    }
    for (int i = 0; i < 1000; i++) {
      if (i % 5 != 4) {
        assertThat(halves[i]).isEqualTo(i * 0.5);
      }
    }
    assertThat(batch.column("tiny").getShorts(998, 2)).containsExactly((short) -998, (short) -999);
    assertThat(batch.column("flag").getBooleans(0, 4)).containsExactly(true, false, false, true);
    assertThatThrownBy(() -> batch.column("id").getLongs(990, 11))
        .isInstanceOf(IndexOutOfBoundsException.class)
        .hasMessageContaining("Rows 990 to 1001 of column 'id', which has 1000");
  }

  @Test
  void aGetterOfAnotherTypeFailsNamingTheOneThatFits() {
    ColumnarBatch batch = stream(arrow(0, 3), complete()).drain().batches().get(0);

    assertThatThrownBy(() -> batch.column("name").getLong(0))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("getLong does not read column 'name' of type string: read it with getString or getObject");
    assertThatThrownBy(() -> batch.column("half").copyLongs(0, new long[3], 0, 3))
        .hasMessageContaining("read it with getDouble");
    assertThatThrownBy(() -> batch.column("id").getInt(0)).hasMessageContaining("read it with getLong");
    assertThatThrownBy(() -> batch.column("id").getLong(3))
        .isInstanceOf(IndexOutOfBoundsException.class)
        .hasMessage("Row 3 of column 'id', which has 3");
    assertThatThrownBy(() -> batch.column("discount"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("discount");
    assertThatThrownBy(() -> batch.column("id").getChild(0)).hasMessageContaining("has no children");
  }

  @Test
  void nestedColumnsAreReadThroughTheirChildrenOrAsJavaValues() {
    ColumnarBatch batch = stream(arrow(0, 4), complete()).drain().batches().get(0);

    ColumnVector tags = batch.column("tags");
    ColumnVector elements = tags.getChild(0);
    assertThat(tags.getArrayLength(2)).isEqualTo(2);
    assertThat(elements.getLong(tags.getArrayOffset(2))).isEqualTo(2L);
    assertThat(elements.getLong(tags.getArrayOffset(2) + 1)).isEqualTo(3L);
    assertThat(tags.getObject(3)).isEqualTo(List.of(3L, 4L));

    ColumnVector point = batch.column("point");
    assertThat(point.getChild(1).name()).isEqualTo("label");
    assertThat(point.getChild(1).getString(2)).isEqualTo("p2");
    assertThat(point.getChild(0).getInt(3)).isEqualTo(3);
    assertThat(((Row) point.getObject(1)).getString(1)).isEqualTo("p1");
  }

  @Test
  void rowsAndObjectsAreTheValuesCollectGives() {
    ColumnarResult result = stream(arrow(0, 5), arrow(5, 12), complete()).drain();

    assertThat(result.numRows()).isEqualTo(12);
    assertThat(result.batches()).hasSize(2);
    ColumnarBatch second = result.batches().get(1);
    Row row = second.getRow(2);
    assertThat(row.getLong(0)).isEqualTo(7L);
    assertThat(row.get(7)).isEqualTo(Instant.ofEpochSecond(1_700_000_007L, 123_000));
    assertThat(second.column("day").getObject(2)).isEqualTo(LocalDate.of(2024, 1, 8));
    assertThat(second.column("half").getObject(4)).isNull();
    assertThat(second.rows()).hasSize(7);
    assertThat(second.rows().get(6).getString(4)).isEqualTo("row-11");
  }

  @Test
  void aResultCutShortFailsInsteadOfEndingEarly() {
    ColumnarBatchStream batches = stream(arrow(0, 5));

    assertThat(batches.next().numRows()).isEqualTo(5);
    assertThatThrownBy(batches::hasNext)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("ended before the result was complete");
  }

  @Test
  void anEmptyResultHasItsDeclaredSchemaAndNoBatch() {
    ExecutePlanResponse declared = ExecutePlanResponse.newBuilder().setOperationId("op-1")
        .setSchema(dev.sparkconnect.protocol.types.DataTypeProtos.toProto(SCHEMA)).build();

    ColumnarResult result = stream(declared, complete()).drain();

    assertThat(result.schema()).isEqualTo(SCHEMA);
    assertThat(result.batches()).isEmpty();
    assertThat(result.numRows()).isZero();
  }
}
