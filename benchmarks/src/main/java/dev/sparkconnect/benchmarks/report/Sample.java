package dev.sparkconnect.benchmarks.report;

import java.util.List;
import java.util.Locale;

/**
 * Repeated measurements of one figure outside JMH: their mean and standard deviation, with the
 * count, so the table shows how much they spread.
 */
public record Sample(double mean, double stdev, int count) {

  /** The sample of {@code values}. */
  public static Sample of(List<Double> values) {
    if (values.isEmpty()) {
      throw new IllegalArgumentException("no measurements");
    }
    double mean = values.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
    double squares = values.stream().mapToDouble(v -> (v - mean) * (v - mean)).sum();
    double stdev = values.size() > 1 ? Math.sqrt(squares / (values.size() - 1)) : 0;
    return new Sample(mean, stdev, values.size());
  }

  /** A single value measured once. */
  public static Sample once(double value) {
    return new Sample(value, 0, 1);
  }

  /** "± 3.2 % (sd, n=5)", or "n=1". */
  public String spread() {
    if (count < 2) {
      return "n=1";
    }
    return String.format(Locale.ROOT, "± %.1f %% (sd, n=%d)", mean == 0 ? 0 : 100 * stdev / mean, count);
  }
}
