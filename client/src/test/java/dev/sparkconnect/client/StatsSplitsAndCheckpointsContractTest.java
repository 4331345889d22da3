package dev.sparkconnect.client;

import static dev.sparkconnect.client.functions.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Statistics, random splits, storage levels and checkpoints against a real server. */
class StatsSplitsAndCheckpointsContractTest extends RealServerTest {

  @Test
  void statisticsOfTwoColumns() {
    DataFrame linear = spark.range(100).select(col("id").as("x"), col("id").multiply(3).plus(1).as("y"));
    assertThat(linear.stat().corr("x", "y")).isCloseTo(1.0, within(1e-9));
    assertThat(linear.stat().corr("x", "y", "pearson")).isCloseTo(1.0, within(1e-9));
    assertThatThrownBy(() -> linear.stat().corr("x", "y", "spearman")).hasMessageContaining("\"pearson\" only");
    assertThat(linear.stat().cov("x", "y")).isCloseTo(3 * 841.6666666, within(1e-3));
    double[] median = linear.stat().approxQuantile("x", new double[] {0.5}, 0.0);
    assertThat(median).containsExactly(49.0);
    double[][] both = linear.stat().approxQuantile(new String[] {"x", "y"}, new double[] {0.0, 1.0}, 0.0);
    assertThat(both[1]).containsExactly(1.0, 298.0);
  }

  @Test
  void aRandomSplitPutsEveryRowInExactlyOnePart() {
    DataFrame[] parts = spark.range(1000).randomSplit(new double[] {1, 2, 1}, 7L);
    Set<Long> seen = new HashSet<>();
    long total = 0;
    for (DataFrame part : parts) {
      for (Row row : part.collectAsList()) {
        assertThat(seen.add(row.getLong(0))).as("row %s in two parts", row).isTrue();
        total++;
      }
    }
    assertThat(total).isEqualTo(1000);
    assertThat(parts[1].count()).isBetween(400L, 600L);
    assertThatThrownBy(() -> spark.range(3).randomSplit(new double[] {1}, 1L))
        .hasMessageContaining("at least two weights");
  }

  @Test
  void storageLevelsAndCheckpoints() {
    DataFrame data = spark.range(50).filter(col("id").mod(2).equalTo(0));
    assertThat(data.storageLevel()).isEqualTo(StorageLevel.NONE);
    data.persist(StorageLevel.DISK_ONLY);
    assertThat(data.storageLevel()).isEqualTo(StorageLevel.DISK_ONLY);
    data.unpersist(true);
    assertThat(data.storageLevel()).isEqualTo(StorageLevel.NONE);

    DataFrame lazy = data.localCheckpoint(false, StorageLevel.MEMORY_AND_DISK);
    assertThat(lazy.plan().hasCachedRemoteRelation()).isTrue();
    assertThat(lazy.count()).isEqualTo(25);
    assertThat(data.takeAsList(2)).containsExactly(Row.of(0L), Row.of(2L));
    assertThat(spark.range(1000).sample(false, 0.5).count()).isBetween(350L, 650L);
    assertThat(data.randomSplitAsList(new double[] {1, 1}, 3L)).hasSize(2);

    DataFrame checkpointed = data.localCheckpoint();
    assertThat(checkpointed.plan().hasCachedRemoteRelation()).isTrue();
    assertThat(checkpointed.count()).isEqualTo(25);
    assertThat(checkpointed.agg(sum("id")).first().getLong(0)).isEqualTo(600L);
  }

  @Test
  void dtypesNameEachColumnsType() {
    DataFrame df = spark.sql("SELECT 1L AS id, 'x' AS name, CAST(1.5 AS DECIMAL(4,2)) AS price, array(1) AS tags");
    assertThat(df.dtypes()).containsExactly(Map.entry("id", "LongType"), Map.entry("name", "StringType"),
        Map.entry("price", "DecimalType(4,2)"), Map.entry("tags", "ArrayType(IntegerType,false)"));
    assertThat(List.of(df.columns())).containsExactly("id", "name", "price", "tags");
  }

  /**
   * The server's sketches are Spark's format, read here: a Bloom filter and a count-min sketch that
   * the server built from a column equal, bit for bit, the ones built here from the same values.
   */
  @Test
  void bloomFiltersAndCountMinSketchesFromTheServerEqualOnesBuiltHere() {
    DataFrame values = spark.range(0, 3000).select(col("id"), col("id").mod(7).as("bucket"),
        concat(lit("user-"), col("id").cast("string")).as("name"));

    dev.sparkconnect.client.sketch.BloomFilter ids = values.stat().bloomFilter("id", 3000, 0.01);
    dev.sparkconnect.client.sketch.BloomFilter local = dev.sparkconnect.client.sketch.BloomFilter.create(3000, 0.01);
    for (long id = 0; id < 3000; id++) {
      local.putLong(id);
    }
    assertThat(ids).isEqualTo(local);
    assertThat(ids.mightContainLong(2999)).isTrue();
    assertThat(ids.mightContain(2999)).isTrue();
    long falsePositives = java.util.stream.LongStream.range(10_000, 20_000).filter(ids::mightContainLong).count();
    assertThat(falsePositives).as("false positives among 10,000 absent ids at 1%").isLessThan(300);

    dev.sparkconnect.client.sketch.BloomFilter names = values.stat().bloomFilter(col("name"), 3000, 20_000L);
    assertThat(names.mightContainString("user-42")).isTrue();
    assertThat(names.bitSize()).isEqualTo(20_032L);

    dev.sparkconnect.client.sketch.CountMinSketch buckets = values.stat().countMinSketch("bucket", 5, 64, 42);
    dev.sparkconnect.client.sketch.CountMinSketch localBuckets =
        dev.sparkconnect.client.sketch.CountMinSketch.create(5, 64, 42);
    for (long id = 0; id < 3000; id++) {
      localBuckets.addLong(id % 7);
    }
    assertThat(buckets).isEqualTo(localBuckets);
    assertThat(buckets.estimateCount(0L)).isGreaterThanOrEqualTo(429L);
    assertThat(buckets.totalCount()).isEqualTo(3000L);
    assertThat(values.stat().countMinSketch(col("name"), 0.01, 0.95, 7).estimateCount("user-7")).isGreaterThanOrEqualTo(1);

    assertThat(values.where(lit(false)).stat().bloomFilter("id", 10, 640L).cardinality()).isZero();
  }
}
