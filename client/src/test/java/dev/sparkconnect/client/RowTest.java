package dev.sparkconnect.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sparkconnect.client.internal.Rows;
import dev.sparkconnect.client.internal.results.ColumnReader;
import dev.sparkconnect.client.types.DataTypes;
import dev.sparkconnect.client.types.StructType;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Rows made from values and rows read from result columns behave as one. */
class RowTest {

  private static final StructType SCHEMA = new StructType()
      .add("id", DataTypes.LongType).add("name", DataTypes.StringType).add("tags", DataTypes.StringType);

  @Test
  void aRowReadFromColumnsEqualsTheRowOfItsValues() {
    Row fromColumns = Rows.fromColumns(columns(new AtomicInteger()), 1, SCHEMA);
    Row fromValues = Rows.withSchema(new Object[] {2L, "b", null}, SCHEMA);

    assertThat(fromColumns).isEqualTo(fromValues).hasSameHashCodeAs(fromValues);
    assertThat(fromColumns.toString()).isEqualTo("[2,b,null]");
    assertThat(fromColumns.getLong("id")).isEqualTo(2L);
    assertThat(fromColumns.isNullAt(2)).isTrue();
    assertThat(fromColumns.toList()).containsExactly(2L, "b", null);
    assertThatThrownBy(() -> fromColumns.getLong(2)).isInstanceOf(NullPointerException.class)
        .hasMessageContaining("'tags'");
  }

  @Test
  void valuesAreReadOnlyWhenAskedForAndCopyDetachesTheRow() {
    AtomicInteger reads = new AtomicInteger();
    Row row = Rows.fromColumns(columns(reads), 0, SCHEMA);
    assertThat(reads).hasValue(0);

    assertThat(row.getString(1)).isEqualTo("a");
    assertThat(reads).hasValue(1);

    Row copy = row.copy();
    assertThat(copy).isEqualTo(row);
    int afterCopy = reads.get();
    assertThat(copy.getLong(0)).isEqualTo(1L);
    assertThat(reads).as("a copy holds its own values").hasValue(afterCopy);
    assertThat(copy.copy()).isSameAs(copy);
  }

  @Test
  void aSchemaOfAnotherWidthIsRefused() {
    assertThatThrownBy(() -> Rows.fromColumns(columns(new AtomicInteger()), 0, new StructType().add("x", DataTypes.LongType)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("3 columns");
  }

  private static ColumnReader[] columns(AtomicInteger reads) {
    List<Object[]> data = List.of(new Object[] {1L, "a", "x"}, new Object[] {2L, "b", null});
    ColumnReader[] columns = new ColumnReader[3];
    for (int c = 0; c < 3; c++) {
      int column = c;
      columns[c] = row -> {
        reads.incrementAndGet();
        return data.get(row)[column];
      };
    }
    return columns;
  }
}
