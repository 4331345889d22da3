package dev.sparkconnect.client;

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
