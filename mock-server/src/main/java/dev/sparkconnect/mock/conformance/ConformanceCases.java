package dev.sparkconnect.mock.conformance;

import java.util.ArrayList;
import java.util.List;

/** The catalogue: every area's cases, in the order a run takes them. */
final class ConformanceCases {

  private ConformanceCases() {}

  static List<ConformanceCase> all() {
    List<ConformanceCase> all = new ArrayList<>();
    all.addAll(ExecutionCases.all());
    all.addAll(RelationCases.all());
    all.addAll(AnalysisCases.all());
    all.addAll(ConfigCases.all());
    all.addAll(SessionCases.all());
    all.addAll(OperationCases.all());
    all.addAll(ErrorCases.all());
    all.addAll(ArrowValueCases.all());
    return List.copyOf(all);
  }
}
