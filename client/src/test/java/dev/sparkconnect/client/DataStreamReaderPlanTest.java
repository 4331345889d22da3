package dev.sparkconnect.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sparkconnect.proto.Relation;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Spark 4.2's source names and change data capture reads, as the plans a reader builds. */
class DataStreamReaderPlanTest {

  private static SparkSession spark;

  @BeforeAll
  static void planner() {
    spark = SparkSession.builder().remote("sc://localhost:1").create();
  }

  @AfterAll
  static void close() {
    spark.close();
  }

  @Test
  void aNamedSourceCarriesItsNameAndABadNameIsRefused() {
    Relation read = spark.readStream().format("rate").name("clicks_v2").load().plan();
    assertThat(read.getRead().getDataSource().getSourceName()).isEqualTo("clicks_v2");
    assertThat(spark.readStream().format("rate").load().plan().getRead().getDataSource().hasSourceName()).isFalse();
    assertThatThrownBy(() -> spark.readStream().name("clicks-v2"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("INVALID_SOURCE_NAME")
        .hasMessageContaining("'clicks-v2'");
    assertThatThrownBy(() -> spark.readStream().name("")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void changesReadATablesChangesInBatchOrAsAStreamWithTheirOptions() {
    Relation stream = spark.readStream().option("startingVersion", 3).changes("cat.db.orders").plan();
    assertThat(stream.getRelationChanges().getUnparsedIdentifier()).isEqualTo("cat.db.orders");
    assertThat(stream.getRelationChanges().getIsStreaming()).isTrue();
    assertThat(stream.getRelationChanges().getOptionsMap()).containsEntry("startingVersion", "3");

    Relation batch = spark.read().option("endingVersion", "7").changes("orders").plan();
    assertThat(batch.getRelationChanges().getIsStreaming()).isFalse();
    // the batch reader keys its options in lower case, as every batch read sends them
    assertThat(batch.getRelationChanges().getOptionsMap()).containsEntry("endingversion", "7");

    assertThatThrownBy(() -> spark.readStream().schema("id INT").changes("orders"))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("remove schema");
    assertThatThrownBy(() -> spark.read().schema("id INT").changes("orders"))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("remove schema");
  }
}
