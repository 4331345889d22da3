package dev.sparkconnect.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sparkconnect.client.DataFrame;
import dev.sparkconnect.client.SparkSession;
import dev.sparkconnect.client.columnar.ColumnVector;
import dev.sparkconnect.client.columnar.ColumnarBatch;
import dev.sparkconnect.client.columnar.ColumnarResult;
import dev.sparkconnect.junit.SparkConnectTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Reading a result as columns, with {@code collectColumnar()}: for code that sums, scans or hands
 * columns on, without a {@code Row} per row. Replayed like any other query; record again with
 * {@code -Dspark.connect.mode=RECORD}.
 *
 * <p>This module does not depend on Apache Arrow Java, as most users of the client do not: the
 * client works without it, and only {@code ArrowResults.toArrow} needs it.
 */
@SparkConnectTest
class OrdersAsColumnsTest {

  @Test
  void columnsOfTheOrderTable(SparkSession spark) {
    DataFrame orders = SampleQueries.orderTable(spark).orderBy("order_id");

    ColumnarResult result = orders.collectColumnar();

    assertThat(result.numRows()).isEqualTo(10);
    int lateOrders = 0;
    BigDecimal total = BigDecimal.ZERO;
    for (ColumnarBatch batch : result.batches()) {
      ColumnVector orderedOn = batch.column("ordered_on");
      ColumnVector amount = batch.column("amount");
      for (int row = 0; row < batch.numRows(); row++) {
        if (LocalDate.ofEpochDay(orderedOn.getInt(row)).isAfter(LocalDate.of(2026, 2, 28))) {
          lateOrders++;
        }
        total = total.add(amount.getDecimal(row));
      }
    }
    assertThat(total).isEqualTo(new BigDecimal("1099.49"));
    assertThat(lateOrders).isEqualTo(4);
    ColumnarBatch first = result.batches().get(0);
    assertThat(first.column("order_id").getInt(0)).isEqualTo(1001);
    assertThat(first.column("customer").getString(0)).isEqualTo("ada");
  }

  @Test
  void theClientNeedsNoArrowJava() throws Exception {
    assertThatThrownBy(() -> Class.forName("org.apache.arrow.vector.ipc.ArrowReader"))
        .isInstanceOf(ClassNotFoundException.class);

    // Linking verifies every method, and reflection (as Groovy, Spring or Jackson use it) resolves
    // every signature: none may need Arrow Java. Only ArrowResults, which toArrow lives in, does.
    for (String name : new String[] {"DataFrame", "Dataset", "SparkSession", "columnar.ColumnarBatch"}) {
      Class<?> type = Class.forName("dev.sparkconnect.client." + name, true, getClass().getClassLoader());
      assertThat(type.getMethods()).isNotEmpty();
      assertThat(type.getDeclaredMethods()).isNotEmpty();
    }
  }
}
