package dev.sparkconnect.client;

import dev.sparkconnect.client.sketch.BloomFilter;
import dev.sparkconnect.client.sketch.CountMinSketch;
import dev.sparkconnect.protocol.versions.SparkVersion;
import dev.sparkconnect.proto.StatApproxQuantile;
import dev.sparkconnect.proto.StatCorr;
import dev.sparkconnect.proto.StatCov;
import dev.sparkconnect.proto.StatCrosstab;
import dev.sparkconnect.proto.StatFreqItems;
import dev.sparkconnect.proto.StatSampleBy;
import java.io.IOException;
import java.util.Arrays;
import java.util.Map;

/**
 * Statistics of a DataFrame, as Apache Spark's {@code df.stat()}.
 *
 * <pre>{@code
 * df.stat().crosstab("region", "product");
 * df.stat().sampleBy(col("label"), Map.of(0, 0.1, 1, 0.5), 42L);
 * }</pre>
 */
public final class DataFrameStatFunctions {

  private final DataFrame df;

  DataFrameStatFunctions(DataFrame df) {
    this.df = df;
  }

  /** The Pearson correlation of two numeric columns. */
  public double corr(String col1, String col2) {
    return df.derive(r -> r.setCorr(StatCorr.newBuilder().setInput(df.plan()).setCol1(col1).setCol2(col2)
        .setMethod("pearson"))).collectAsList().get(0).getDouble(0);
  }

  /**
   * The correlation of two numeric columns by {@code method}; Spark knows {@code "pearson"} only.
   *
   * @throws IllegalArgumentException for another method, before anything is sent
   */
  public double corr(String col1, String col2, String method) {
    if (!"pearson".equals(method)) {
      throw new IllegalArgumentException("Correlation method '" + method + "'; Spark computes \"pearson\" only");
    }
    return corr(col1, col2);
  }

  /** The sample covariance of two numeric columns. */
  public double cov(String col1, String col2) {
    return df.derive(r -> r.setCov(StatCov.newBuilder().setInput(df.plan()).setCol1(col1).setCol2(col2)))
        .collectAsList().get(0).getDouble(0);
  }

  /**
   * Approximate quantiles of the named numeric columns: one array per column, one value per
   * probability, within {@code relativeError} (0 for exact).
   */
  public double[][] approxQuantile(String[] columns, double[] probabilities, double relativeError) {
    StatApproxQuantile.Builder quantiles = StatApproxQuantile.newBuilder().setInput(df.plan())
        .addAllCols(Arrays.asList(columns)).setRelativeError(relativeError);
    for (double probability : probabilities) {
      quantiles.addProbabilities(probability);
    }
    java.util.List<java.util.List<Double>> values =
        df.derive(r -> r.setApproxQuantile(quantiles)).collectAsList().get(0).getList(0);
    double[][] result = new double[values.size()][];
    for (int c = 0; c < result.length; c++) {
      result[c] = values.get(c).stream().mapToDouble(Double::doubleValue).toArray();
    }
    return result;
  }

  /** Approximate quantiles of one numeric column. */
  public double[] approxQuantile(String column, double[] probabilities, double relativeError) {
    return approxQuantile(new String[] {column}, probabilities, relativeError)[0];
  }

  /** The contingency table of two columns: a row per value of {@code col1}, a column per value of {@code col2}. */
  public DataFrame crosstab(String col1, String col2) {
    return df.derive(r -> r.setCrosstab(StatCrosstab.newBuilder().setInput(df.plan()).setCol1(col1).setCol2(col2)));
  }

  /** Items that may be frequent (above {@code support}) in the named columns. */
  public DataFrame freqItems(String[] columnNames, double support) {
    return df.derive(r -> r.setFreqItems(StatFreqItems.newBuilder().setInput(df.plan())
        .addAllCols(Arrays.asList(columnNames)).setSupport(support)));
  }

  /** Items that may be frequent (above 1%) in the named columns. */
  public DataFrame freqItems(String... columnNames) {
    return df.derive(r -> r.setFreqItems(StatFreqItems.newBuilder().setInput(df.plan())
        .addAllCols(Arrays.asList(columnNames))));
  }

  /** A stratified sample: each stratum (value of {@code column}) sampled at its fraction. */
  public DataFrame sampleBy(Column column, Map<?, Double> fractions, long seed) {
    StatSampleBy.Builder sample = StatSampleBy.newBuilder().setInput(df.plan()).setCol(column.expr()).setSeed(seed);
    fractions.forEach((stratum, fraction) -> sample.addFractions(StatSampleBy.Fraction.newBuilder()
        .setStratum(Literals.of(stratum)).setFraction(fraction)));
    return df.derive(r -> r.setSampleBy(sample));
  }

  /** A stratified sample of the named column. */
  public DataFrame sampleBy(String column, Map<?, Double> fractions, long seed) {
    return sampleBy(functions.col(column), fractions, seed);
  }

  /**
   * A Bloom filter of the values of {@code column} (strings, binary or whole numbers), sized for
   * {@code expectedNumItems} values at false-positive probability {@code fpp}, built by the server.
   */
  public BloomFilter bloomFilter(String column, long expectedNumItems, double fpp) {
    return bloomFilter(functions.col(column), expectedNumItems, fpp);
  }

  /** A Bloom filter of the values of {@code column}, sized for {@code expectedNumItems} values at {@code fpp}. */
  public BloomFilter bloomFilter(Column column, long expectedNumItems, double fpp) {
    if (!(fpp > 0.0 && fpp < 1.0)) {
      throw new IllegalArgumentException("False positive probability must be within range (0.0, 1.0), not " + fpp);
    }
    return bloomFilter(column, expectedNumItems, BloomFilter.optimalNumOfBits(expectedNumItems, fpp));
  }

  /** A Bloom filter of the values of {@code column}, of {@code numBits} bits for {@code expectedNumItems} values. */
  public BloomFilter bloomFilter(String column, long expectedNumItems, long numBits) {
    return bloomFilter(functions.col(column), expectedNumItems, numBits);
  }

  /**
   * A Bloom filter of the values of {@code column}, of {@code numBits} bits for
   * {@code expectedNumItems} values, built by the server's {@code bloom_filter_agg} and read here in
   * the format that server writes (V2 from Spark 4.1, V1 before). The server may cap both numbers
   * (its {@code spark.sql.optimizer.runtime.bloomFilter.max*} settings). Null values are skipped;
   * a DataFrame of no values gives an empty filter.
   */
  public BloomFilter bloomFilter(Column column, long expectedNumItems, long numBits) {
    if (expectedNumItems <= 0 || numBits <= 0) {
      throw new IllegalArgumentException("A Bloom filter needs a positive number of expected items and bits, not "
          + expectedNumItems + " and " + numBits);
    }
    // Servers before 4.0 know the aggregate by name only, not as an internal function.
    Column aggregate = df.sparkSession().serverVersion().isAtLeast(SparkVersion.V4_0)
        ? Column.internalFn("bloom_filter_agg", column, functions.lit(expectedNumItems), functions.lit(numBits))
        : Column.fn("bloom_filter_agg", column, functions.lit(expectedNumItems), functions.lit(numBits));
    byte[] bytes = df.select(aggregate).first().getBinary(0);
    if (bytes == null) {
      return BloomFilter.create(expectedNumItems, numBits);
    }
    try {
      return BloomFilter.readFrom(bytes);
    } catch (IOException e) {
      throw new IllegalStateException("The server's Bloom filter could not be read: " + e.getMessage(), e);
    }
  }

  /** A count-min sketch of the values of {@code column}, {@code depth} rows of {@code width} counters, built by the server. */
  public CountMinSketch countMinSketch(String column, int depth, int width, int seed) {
    return countMinSketch(functions.col(column), depth, width, seed);
  }

  /** A count-min sketch of the values of {@code column}, of relative error {@code eps} with probability {@code confidence}. */
  public CountMinSketch countMinSketch(String column, double eps, double confidence, int seed) {
    return countMinSketch(functions.col(column), eps, confidence, seed);
  }

  /** A count-min sketch of the values of {@code column}, {@code depth} rows of {@code width} counters. */
  public CountMinSketch countMinSketch(Column column, int depth, int width, int seed) {
    if (depth <= 0 || width <= 0) {
      throw new IllegalArgumentException("Depth and width must be both positive, not " + depth + " and " + width);
    }
    return countMinSketch(column, 2.0 / width, 1 - 1 / Math.pow(2, depth), seed);
  }

  /**
   * A count-min sketch of the values of {@code column} (strings, binary or whole numbers), built by
   * the server's {@code count_min_sketch}: estimates exceed the true counts by at most {@code eps}
   * times the total with probability {@code confidence}. Equal, bit for bit, to
   * {@code CountMinSketch.create(eps, confidence, seed)} given the same values.
   */
  public CountMinSketch countMinSketch(Column column, double eps, double confidence, int seed) {
    byte[] bytes = df.select(functions.count_min_sketch(column, functions.lit(eps), functions.lit(confidence),
        functions.lit(seed))).first().getBinary(0);
    try {
      return CountMinSketch.readFrom(bytes);
    } catch (IOException e) {
      throw new IllegalStateException("The server's count-min sketch could not be read: " + e.getMessage(), e);
    }
  }
}
