package dev.sparkconnect.junit;

import static dev.sparkconnect.junit.SparkAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sparkconnect.client.DataFrame;
import dev.sparkconnect.client.Row;
import dev.sparkconnect.client.SparkSession;
import dev.sparkconnect.mock.MockSparkConnectServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** DataFrame and row assertions, on stubbed answers of the mock server the extension provides. */
@SparkConnectTest
class SparkAssertionsTest {

  private DataFrame people;
  private DataFrame prices;

  @BeforeEach
  void stubData(SparkSession spark, MockSparkConnectServer server) {
    people = spark.range(2);
    server.stub(people.plan()).returns("id BIGINT NOT NULL, name STRING",
        new Object[] {1L, "ann"}, new Object[] {2L, "bob"});
    prices = spark.range(3);
    server.stub(prices.plan()).returns("item STRING, price DOUBLE", new Object[] {"tea", 2.5000001});
  }

  @Test
  void matchingRowsAndSchemaPass() {
    assertThat(people)
        .hasSchema("id BIGINT NOT NULL, name STRING")
        .hasColumns("id", "name")
        .hasRowCount(2)
        .containsExactlyRows(Row.of(1L, "ann"), Row.of(2L, "bob"))
        .containsExactlyInAnyOrderRows(Row.of(2L, "bob"), Row.of(1L, "ann"));
    assertThat(people).ignoringColumnOrder().hasColumns("name", "id");
    assertThat(people).ignoringNullability().hasSchema("id BIGINT, name STRING");
    assertThat(people).isEqualTo(people);
  }

  @Test
  void differingRowsAreShownSideBySideWithTheCellsMarked() {
    assertThatThrownBy(() -> assertThat(people).containsExactlyRows(Row.of(1L, "ann"), Row.of(2L, "rob")))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("in this order")
        .hasMessageContaining("actual (2 rows)")
        .hasMessageContaining("expected (2 rows)")
        .hasMessageContaining("! | 2  | >bob< |")
        .hasMessageContaining("| 2  | >rob< |")
        .hasMessageContaining("  | 1  | ann   |");
  }

  @Test
  void rowOrderMattersUnlessIgnored() {
    assertThatThrownBy(() -> assertThat(people).containsExactlyRows(Row.of(2L, "bob"), Row.of(1L, "ann")))
        .isInstanceOf(AssertionError.class);
    assertThat(people).ignoringRowOrder().containsExactlyRows(Row.of(2L, "bob"), Row.of(1L, "ann"));
  }

  @Test
  void aMissingRowIsShownAgainstNothing() {
    assertThatThrownBy(() -> assertThat(people).containsExactlyRows(Row.of(1L, "ann")))
        .hasMessageContaining("actual (2 rows)").hasMessageContaining("expected (1 rows)")
        .hasMessageContaining("! | 2  | bob  |");
  }

  @Test
  void numbersWithinTheToleranceAreEqual() {
    assertThatThrownBy(() -> assertThat(prices).containsExactlyRows(Row.of("tea", 2.5)))
        .hasMessageContaining(">2.5000001<");
    assertThat(prices).withTolerance(1e-6).containsExactlyRows(Row.of("tea", 2.5));
  }

  @Test
  void schemasAreComparedWithOrWithoutNullability() {
    assertThatThrownBy(() -> assertThat(people).hasSchema("id BIGINT, name STRING"))
        .hasMessageContaining("Expecting the schema")
        .hasMessageContaining("id bigint, name string")
        .hasMessageContaining("id bigint NOT NULL, name string");
    assertThatThrownBy(() -> assertThat(people).hasColumns("name", "id"))
        .hasMessageContaining("Expecting columns [name, id] but they were [id, name]");
    assertThatThrownBy(() -> assertThat(people).hasRowCount(3)).hasMessageContaining("Expecting 3 rows but there were 2");
  }

  @Test
  void rowAssertionsCompareCellByCell() {
    Row ann = people.collectAsList().get(0);
    assertThat(ann).hasValues(1, "ann").hasValue("name", "ann").isEqualTo(Row.of(1L, "ann"));
    assertThatThrownBy(() -> assertThat(ann).hasValues(1L, "anne")).hasMessageContaining(">anne<");
  }
}
