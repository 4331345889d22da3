package dev.sparkconnect.mock.conformance;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * What a conformance run found: every case's outcome, counts by area, and a summary line.
 *
 * <pre>{@code
 * ConformanceReport report = ConformanceRunner.builder().target("sc://localhost:15002").build().run();
 * assertThat(report.failures()).as(report.toString()).isEmpty();
 * }</pre>
 *
 * @param endpoint the endpoint judged, as its {@code sc://} string without secrets
 * @param sparkVersion the version the endpoint reports ({@code AnalyzePlan spark_version})
 * @param results one result per case, in the catalogue's order
 */
public record ConformanceReport(String endpoint, String sparkVersion, List<CaseResult> results) {

  /** Copies the list. */
  public ConformanceReport {
    results = List.copyOf(results);
  }

  /** Whether no case failed (skipped cases do not count against it). */
  public boolean passed() {
    return failures().isEmpty();
  }

  /** The failed cases. */
  public List<CaseResult> failures() {
    return with(CaseResult.Outcome.FAILED);
  }

  /** The results with {@code outcome}. */
  public List<CaseResult> with(CaseResult.Outcome outcome) {
    return results.stream().filter(result -> result.outcome() == outcome).toList();
  }

  /** How many cases had {@code outcome}. */
  public int count(CaseResult.Outcome outcome) {
    return with(outcome).size();
  }

  /** The ids of the failed cases. */
  public List<String> failedIds() {
    return failures().stream().map(CaseResult::id).toList();
  }

  /** One line: {@code 88 conformance cases against sc://localhost:15002 (Spark 4.2.0): 87 passed, 1 failed, 0 skipped}. */
  public String summary() {
    return results.size() + " conformance cases against " + endpoint + " (Spark " + sparkVersion + "): "
        + count(CaseResult.Outcome.PASSED) + " passed, " + count(CaseResult.Outcome.FAILED) + " failed, "
        + count(CaseResult.Outcome.SKIPPED) + " skipped";
  }

  /** Passed, failed and skipped counts per area, as {@code area: 9/10 passed, 1 skipped}. */
  public String byArea() {
    Map<String, List<CaseResult>> areas = results.stream().collect(Collectors.groupingBy(
        result -> result.id().substring(0, result.id().indexOf('/')), TreeMap::new, Collectors.toList()));
    StringBuilder text = new StringBuilder();
    areas.forEach((area, cases) -> {
      long passed = cases.stream().filter(result -> result.outcome() == CaseResult.Outcome.PASSED).count();
      long skipped = cases.stream().filter(result -> result.outcome() == CaseResult.Outcome.SKIPPED).count();
      text.append(String.format("  %-10s %d/%d passed%s%n", area, passed, cases.size() - skipped,
          skipped == 0 ? "" : ", " + skipped + " skipped"));
    });
    return text.toString();
  }

  /** Every case's outcome, the failures' and skips' reasons, the counts by area and the summary. */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder();
    results.forEach(result -> text.append(result).append('\n'));
    return text.append('\n').append(byArea()).append(summary()).append('\n').toString();
  }
}
