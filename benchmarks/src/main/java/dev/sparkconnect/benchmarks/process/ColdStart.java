package dev.sparkconnect.benchmarks.process;

import dev.sparkconnect.benchmarks.report.Sample;
import java.util.ArrayList;
import java.util.List;

/**
 * A client's cold start: a fresh JVM from its launch to the first result of a small query against
 * the mock server, each client on its own runtime jars only, repeated and averaged.
 */
public final class ColdStart {

  static final String FIRST_RESULT = "first-result: ";

  private ColdStart() {}

  /** Milliseconds to the first result with our client, {@code runs} times. */
  public static Sample ours(String remote, String sql, int runs) {
    return measure(ChildJvm.command(ChildJvm.OURS, List.of(), FirstResultOurs.class, remote, sql), runs);
  }

  /** Milliseconds to the first result with Apache Spark's client, {@code runs} times. */
  public static Sample apache(String remote, String sql, int runs) {
    return measure(ChildJvm.command(ChildJvm.APACHE, ChildJvm.APACHE_FLAGS, FirstResultApache.class, remote, sql), runs);
  }

  private static Sample measure(List<String> command, int runs) {
    List<Double> millis = new ArrayList<>();
    for (int i = 0; i < runs; i++) {
      ChildJvm.Outcome outcome = ChildJvm.run(command, line -> line.startsWith(FIRST_RESULT), 120);
      millis.add(outcome.nanosToLine() / 1e6);
    }
    return Sample.of(millis);
  }
}
