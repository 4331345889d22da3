package dev.sparkconnect.client.sketch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * Our sketches against Apache Spark's own sketch library (spark-sketch of the pinned version):
 * filled with the same random values (whole numbers, strings of every tail length and alphabet,
 * bytes), both give the same bytes, answer the same, and read each other's bytes. Each run uses
 * new seeds, printed, so a failure can be replayed.
 */
class SketchesMatchSparksTest {

  private static List<Object> randomItems(Random random, int count) {
    List<Object> items = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      switch (random.nextInt(5)) {
        case 0 -> items.add(random.nextLong());
        case 1 -> items.add(random.nextInt(1000));
        case 2 -> items.add(randomString(random));
        case 3 -> {
          byte[] bytes = new byte[random.nextInt(12)];
          random.nextBytes(bytes);
          items.add(bytes);
        }
        default -> items.add((short) random.nextInt(Short.MAX_VALUE));
      }
    }
    return items;
  }

  private static String randomString(Random random) {
    StringBuilder text = new StringBuilder();
    for (int i = 0, n = random.nextInt(10); i < n; i++) {
      text.appendCodePoint(random.nextInt(4) == 0 ? 0x4e00 + random.nextInt(500) : 'a' + random.nextInt(26));
    }
    return text.toString();
  }

  private static byte[] bytesOf(org.apache.spark.util.sketch.BloomFilter spark) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    spark.writeTo(out);
    return out.toByteArray();
  }

  @ParameterizedTest(name = "version {0}")
  @ValueSource(ints = {1, 2})
  void bloomFiltersOfTheSameValuesAreTheSameBytes(int versionNumber) throws IOException {
    long seed = new Random().nextLong();
    Random random = new Random(seed);
    for (int round = 0; round < 20; round++) {
      long expected = 1 + random.nextInt(2000);
      long numBits = 1 + random.nextInt(40_000);
      int hashSeed = versionNumber == 1 ? 0 : random.nextInt();
      BloomFilter ours = BloomFilter.create(BloomFilter.Version.values()[versionNumber - 1], expected, numBits, hashSeed);
      org.apache.spark.util.sketch.BloomFilter spark = org.apache.spark.util.sketch.BloomFilter.create(
          org.apache.spark.util.sketch.BloomFilter.Version.values()[versionNumber - 1], expected, numBits, hashSeed);
      List<Object> items = randomItems(random, random.nextInt(3000));
      for (Object item : items) {
        assertThat(ours.put(item)).as("seed %s: put %s", seed, item).isEqualTo(spark.put(item));
      }

      assertThat(ours.toByteArray()).as("seed %s, round %s", seed, round).isEqualTo(bytesOf(spark));
      assertThat(ours.cardinality()).isEqualTo(spark.cardinality());
      assertThat(ours.expectedFpp()).isEqualTo(spark.expectedFpp());
      for (Object probe : randomItems(random, 200)) {
        assertThat(ours.mightContain(probe)).as("seed %s: probe %s", seed, probe).isEqualTo(spark.mightContain(probe));
      }
      assertThat(BloomFilter.readFrom(bytesOf(spark))).isEqualTo(ours);
      assertThat(bytesOf(org.apache.spark.util.sketch.BloomFilter.readFrom(ours.toByteArray()))).isEqualTo(bytesOf(spark));
    }
  }

  @Test
  void sparksDefaultsAndSizingAreOurs() throws IOException {
    assertThat(BloomFilter.optimalNumOfBits(1000, 0.01))
        .isEqualTo(org.apache.spark.util.sketch.BloomFilter.optimalNumOfBits(1000, 0.01));
    assertThat(BloomFilter.optimalNumOfBits(1000, 1_000_000, 5000))
        .isEqualTo(org.apache.spark.util.sketch.BloomFilter.optimalNumOfBits(1000, 1_000_000, 5000));
    BloomFilter ours = BloomFilter.create(500);
    org.apache.spark.util.sketch.BloomFilter spark = org.apache.spark.util.sketch.BloomFilter.create(500);
    ours.putString("x");
    spark.putString("x");
    assertThat(ours.toByteArray()).isEqualTo(bytesOf(spark));
    assertThat(ours.version()).isEqualTo(BloomFilter.Version.V2);
  }

  @Test
  void mergingAndIntersectingMatchSpark() throws Exception {
    Random random = new Random();
    BloomFilter a = BloomFilter.create(100, 6400, 7);
    BloomFilter b = BloomFilter.create(100, 6400, 7);
    org.apache.spark.util.sketch.BloomFilter sa = org.apache.spark.util.sketch.BloomFilter.create(100, 6400, 7);
    org.apache.spark.util.sketch.BloomFilter sb = org.apache.spark.util.sketch.BloomFilter.create(100, 6400, 7);
    for (int i = 0; i < 80; i++) {
      long x = random.nextLong();
      long y = random.nextLong();
      a.putLong(x);
      sa.putLong(x);
      b.putLong(y);
      sb.putLong(y);
    }
    assertThat(a.mergeInPlace(b).toByteArray()).isEqualTo(bytesOf(sa.mergeInPlace(sb)));
    assertThat(a.intersectInPlace(b).toByteArray()).isEqualTo(bytesOf(sa.intersectInPlace(sb)));
    assertThatThrownBy(() -> a.mergeInPlace(BloomFilter.create(100, 6400, 8)))
        .isInstanceOf(IncompatibleMergeException.class).hasMessageContaining("seeds");
    assertThatThrownBy(() -> a.mergeInPlace(BloomFilter.create(BloomFilter.Version.V1, 100, 6400, 0)))
        .isInstanceOf(IncompatibleMergeException.class);
  }

  @Test
  void countMinSketchesOfTheSameValuesAreTheSameBytes() throws IOException {
    long seed = new Random().nextLong();
    Random random = new Random(seed);
    for (int round = 0; round < 20; round++) {
      int hashSeed = random.nextInt();
      CountMinSketch ours;
      org.apache.spark.util.sketch.CountMinSketch spark;
      if (random.nextBoolean()) {
        int depth = 1 + random.nextInt(8);
        int width = 1 + random.nextInt(300);
        ours = CountMinSketch.create(depth, width, hashSeed);
        spark = org.apache.spark.util.sketch.CountMinSketch.create(depth, width, hashSeed);
      } else {
        double eps = 0.001 + random.nextDouble() / 10;
        double confidence = 0.5 + random.nextDouble() * 0.49;
        ours = CountMinSketch.create(eps, confidence, hashSeed);
        spark = org.apache.spark.util.sketch.CountMinSketch.create(eps, confidence, hashSeed);
      }
      for (Object item : randomItems(random, random.nextInt(2000))) {
        long count = 1 + random.nextInt(5);
        ours.add(item, count);
        spark.add(item, count);
      }

      assertThat(ours.toByteArray()).as("seed %s, round %s", seed, round).isEqualTo(spark.toByteArray());
      assertThat(ours.relativeError()).isEqualTo(spark.relativeError());
      assertThat(ours.confidence()).isEqualTo(spark.confidence());
      for (Object probe : randomItems(random, 100)) {
        assertThat(ours.estimateCount(probe)).as("seed %s: %s", seed, probe).isEqualTo(spark.estimateCount(probe));
      }
      assertThat(CountMinSketch.readFrom(spark.toByteArray())).isEqualTo(ours);
      assertThat(org.apache.spark.util.sketch.CountMinSketch.readFrom(ours.toByteArray())).isEqualTo(spark);
    }
  }

  @Test
  void brokenBytesFailWithAReasonNotAnOutOfMemoryError() {
    assertThatThrownBy(() -> BloomFilter.readFrom(new byte[] {0, 0, 0, 3})).isInstanceOf(IOException.class)
        .hasMessageContaining("version number (3)");
    assertThatThrownBy(() -> BloomFilter.readFrom(new byte[] {0, 0, 0, 2, 0, 0, 0, 3, 0, 0, 0, 0, 0x7f, -1, -1, -1, 0}))
        .isInstanceOf(IOException.class).hasMessageContaining("end too soon");
    assertThatThrownBy(() -> CountMinSketch.readFrom(new byte[] {0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 5, 0x7f, -1, -1, -1,
        0x7f, -1, -1, -1})).isInstanceOf(IOException.class).hasMessageContaining("end too soon");
    assertThatThrownBy(() -> CountMinSketch.readFrom(new java.io.ByteArrayInputStream(new byte[] {0, 0, 0, 1, 0, 0, 0,
        0, 0, 0, 0, 5, 0, 0, 0, 2, 0x7f, -1, -1, -1}))).isInstanceOf(IOException.class).hasMessageContaining("end too soon");
    assertThatThrownBy(() -> BloomFilter.create(10).put(1.5)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("java.lang.Double");
    assertThat("ok".getBytes(StandardCharsets.UTF_8)).hasSize(2);
  }
}
