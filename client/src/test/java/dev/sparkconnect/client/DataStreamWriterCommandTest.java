package dev.sparkconnect.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sparkconnect.client.streaming.OutputMode;
import dev.sparkconnect.client.streaming.Trigger;
import dev.sparkconnect.proto.WriteStreamOperationStart;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The command a streaming write sends, field by field, for each trigger, sink and option. */
class DataStreamWriterCommandTest {

  private static SparkSession spark;

  @BeforeAll
  static void planner() {
    spark = SparkSession.builder().remote("sc://localhost:1").create();
  }

  @AfterAll
  static void close() {
    spark.close();
  }

  private static DataStreamWriter writer() {
    return spark.readStream().format("rate").option("rowsPerSecond", 5).load().writeStream();
  }

  @Test
  void eachTriggerSetsItsOwnField() {
    assertThat(writer().trigger(Trigger.ProcessingTime(1500)).base().getProcessingTimeInterval())
        .isEqualTo("1500 milliseconds");
    assertThat(writer().trigger(Trigger.AvailableNow()).base().getTriggerCase())
        .isEqualTo(WriteStreamOperationStart.TriggerCase.AVAILABLE_NOW);
    assertThat(writer().trigger(Trigger.Once()).base().getTriggerCase())
        .isEqualTo(WriteStreamOperationStart.TriggerCase.ONCE);
    assertThat(writer().trigger(Trigger.Continuous("1 second")).base().getContinuousCheckpointInterval())
        .isEqualTo("1 second");
    assertThat(writer().trigger(Trigger.RealTime()).base().getRealTimeBatchDuration()).isEqualTo("300000 milliseconds");
    assertThat(writer().base().getTriggerCase()).as("no trigger, the server's default")
        .isEqualTo(WriteStreamOperationStart.TriggerCase.TRIGGER_NOT_SET);
  }

  @Test
  void theSinkTheModeTheNameAndTheColumnsAreSentAsGiven() {
    WriteStreamOperationStart start = writer().format("parquet").outputMode(OutputMode.Append()).queryName("q")
        .option("checkpointLocation", "/c").option("CHECKPOINTLOCATION", "/d").partitionBy("day", "hour")
        .clusterBy("id").base().build();
    assertThat(start.getFormat()).isEqualTo("parquet");
    assertThat(start.getOutputMode()).isEqualTo("append");
    assertThat(start.getQueryName()).isEqualTo("q");
    assertThat(start.getOptionsMap()).as("an option given again in another case replaces it")
        .containsExactly(java.util.Map.entry("CHECKPOINTLOCATION", "/d"));
    assertThat(start.getPartitioningColumnNamesList()).containsExactly("day", "hour");
    assertThat(start.getClusteringColumnNamesList()).containsExactly("id");
    assertThat(start.getInput().getRead().getIsStreaming()).isTrue();
    assertThat(start.getInput().getRead().getDataSource().getOptionsMap())
        .as("the source's options keep their case").containsEntry("rowsPerSecond", "5");
  }
}
