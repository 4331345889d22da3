package dev.sparkconnect.client;

import dev.sparkconnect.proto.StatApproxQuantile;
import dev.sparkconnect.proto.StatCorr;
import dev.sparkconnect.proto.StatCov;
import dev.sparkconnect.proto.StatCrosstab;
import dev.sparkconnect.proto.StatFreqItems;
import dev.sparkconnect.proto.StatSampleBy;
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
}
