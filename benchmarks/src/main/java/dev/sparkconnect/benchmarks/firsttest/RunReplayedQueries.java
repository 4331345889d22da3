package dev.sparkconnect.benchmarks.firsttest;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.ArrayList;
import java.util.List;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * The child JVM of the first-test measurement: runs {@link ReplayedQueries} on the JUnit Platform
 * as a build tool does, prints when the first test had its answer ({@link ReplayedQueries}
 * prints that), then how long each later test took, and fails loudly if a test failed.
 */
public final class RunReplayedQueries {

  /** Printed first thing in {@code main}, with {@code System.nanoTime()}. */
  public static final String MAIN = "main: ";
  /** Printed at the end: the mean time of the repeated tests, in microseconds. */
  public static final String PER_TEST = "per-test-micros: ";

  private RunReplayedQueries() {}

  /** Runs the class; exit status 1 if any test failed. */
  public static void main(String[] args) {
    System.out.println(MAIN + System.nanoTime());
    Launcher launcher = LauncherFactory.create();
    LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
        .selectors(selectClass(ReplayedQueries.class)).build();
    Timings timings = new Timings();
    launcher.execute(request, timings);
    if (!timings.failures.isEmpty()) {
      System.out.println("FAILED: " + timings.failures);
      System.exit(1);
    }
    if (timings.repeated.size() != ReplayedQueries.REPEATS) {
      System.out.println("FAILED: " + timings.repeated.size() + " repeated tests ran, not " + ReplayedQueries.REPEATS);
      System.exit(1);
    }
    long total = 0;
    for (long nanos : timings.repeated) {
      total += nanos;
    }
    System.out.println(PER_TEST + total / timings.repeated.size() / 1000);
  }

  /** The duration of every repeated test, and every failure. */
  private static final class Timings implements TestExecutionListener {
    final List<Long> repeated = new ArrayList<>();
    final List<String> failures = new ArrayList<>();
    private long started;

    @Override
    public void executionStarted(TestIdentifier test) {
      if (test.isTest()) {
        started = System.nanoTime();
      }
    }

    @Override
    public void executionFinished(TestIdentifier test, TestExecutionResult result) {
      if (result.getStatus() != TestExecutionResult.Status.SUCCESSFUL) {
        failures.add(test.getDisplayName() + ": " + result.getThrowable().map(Throwable::toString).orElse("?"));
      }
      if (test.isTest() && test.getUniqueId().contains("test-template-invocation")) {
        repeated.add(System.nanoTime() - started);
      }
    }
  }
}
