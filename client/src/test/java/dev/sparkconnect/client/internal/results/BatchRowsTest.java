package dev.sparkconnect.client.internal.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sparkconnect.client.Row;
import dev.sparkconnect.client.types.DataTypes;
import dev.sparkconnect.client.types.StructType;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The batch-backed list of a collected result finds each row in the right batch, in order. */
class BatchRowsTest {

  private static final StructType SCHEMA = new StructType().add("v", DataTypes.StringType);

  private static ColumnReader[] batch(String name) {
    return new ColumnReader[] {row -> name + row};
  }

  @Test
  void rowsComeFromTheirBatchesInOrderSkippingWhatWasReadAndEmptyRanges() {
    BatchRows.Builder builder = new BatchRows.Builder();
    builder.add(batch("a"), 3, 5);
    builder.add(batch("b"), 0, 4);
    builder.add(batch("empty"), 2, 2);
    builder.add(batch("c"), 0, 1);
    List<Row> rows = builder.build(SCHEMA);

    List<String> values = new ArrayList<>();
    for (Row row : rows) {
      values.add(row.getString(0));
    }
    assertThat(values).containsExactly("a3", "a4", "b0", "b1", "b2", "b3", "c0");
    assertThat(rows).hasSize(7);
    assertThat(rows.get(2)).isEqualTo(Row.of("b0")).isEqualTo(rows.get(2));
    assertThat(rows.get(6).schema()).isEqualTo(SCHEMA);
    assertThat(rows).isEqualTo(List.of(Row.of("a3"), Row.of("a4"), Row.of("b0"), Row.of("b1"), Row.of("b2"),
        Row.of("b3"), Row.of("c0")));
  }

  @Test
  void theListIsReadOnlyAndBoundsAreChecked() {
    BatchRows.Builder builder = new BatchRows.Builder();
    builder.add(batch("a"), 0, 2);
    List<Row> rows = builder.build(SCHEMA);
    assertThatThrownBy(() -> rows.get(2)).isInstanceOf(IndexOutOfBoundsException.class).hasMessageContaining("2 of 2");
    assertThatThrownBy(() -> rows.get(-1)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> rows.add(Row.of("x"))).isInstanceOf(UnsupportedOperationException.class);
    assertThat(new BatchRows.Builder().build(SCHEMA)).isEmpty();
  }
}
