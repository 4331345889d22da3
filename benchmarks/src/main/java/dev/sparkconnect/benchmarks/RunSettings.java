package dev.sparkconnect.benchmarks;

import java.util.List;

/**
 * How long and how often each figure is measured: {@link #FULL} for RESULTS.md, {@link #QUICK} for
 * the smoke test that keeps the harness working (numbers from it mean nothing).
 *
 * <p>The full settings give honest error bars on two cores: two JMH forks, warm-up before each,
 * several seconds per measurement, and every process-level figure repeated.
 */
public record RunSettings(
    String name,
    long simpleRows,
    long richRows,
    int forks,
    int warmupIterations,
    int measurementIterations,
    int iterationSeconds,
    int mockStartWarmups,
    int mockStartMeasurements,
    int realStartRuns,
    int coldStartRuns,
    List<Long> memoryRows,
    String memoryMaxHeap) {

  /** The published run: JMH forks, warm-ups and full sizes (about 20 minutes). */
  public static final RunSettings FULL = new RunSettings("full", Shape.SIMPLE.defaultRows(),
      Shape.RICH.defaultRows(), 2, 3, 5, 2, 20, 30, 3, 5, List.of(1_000_000L, 10_000_000L), "64m");

  /** A check that every benchmark runs: tiny sizes, one iteration, no forks; its figures mean nothing. */
  public static final RunSettings QUICK = new RunSettings("quick", 2_000, 500, 0, 0, 1, 1, 1, 2, 1, 1,
      List.of(5_000L, 20_000L), "64m");

  /** A one-line description for the report. */
  public String describe() {
    return String.format(java.util.Locale.ROOT,
        "%s: %,d and %,d rows; JMH %d forks, %d warm-up and %d measured iterations of %d s; mock start %d+%d "
            + "single shots per fork; real server started %d times; cold starts %d per client; "
            + "iterator memory at %s rows under -Xmx%s",
        name, simpleRows, richRows, forks, warmupIterations, measurementIterations, iterationSeconds,
        mockStartWarmups, mockStartMeasurements, realStartRuns, coldStartRuns, memoryRows, memoryMaxHeap);
  }
}
