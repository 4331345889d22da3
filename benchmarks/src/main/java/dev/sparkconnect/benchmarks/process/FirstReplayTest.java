package dev.sparkconnect.benchmarks.process;

import dev.sparkconnect.benchmarks.firsttest.ReplayedQueries;
import dev.sparkconnect.benchmarks.firsttest.RunReplayedQueries;
import dev.sparkconnect.benchmarks.report.Sample;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * How long a developer waits for the first {@code @SparkConnectTest} in REPLAY mode: a fresh JVM
 * running {@link ReplayedQueries} on the JUnit Platform (as Maven's or an IDE's test runner
 * does, without the build tool's own start), timed from the launch to the first test's answer,
 * and the mean time of each test after it. The class path is a test JVM's: the JUnit extension,
 * JUnit and its launcher, nothing else.
 */
public final class FirstReplayTest {

  private FirstReplayTest() {}

  /**
   * The figures.
   *
   * @param firstAnswer launch to the first test's answer, in ms
   * @param toMain launch to {@code main}: what the JVM itself takes, in ms
   * @param perTest the mean time of each later test, in ms
   */
  public record Figures(Sample firstAnswer, Sample toMain, Sample perTest) {}

  /** The flag a test JVM starts faster with: the C1 compiler only, as IDEs and build daemons use for short runs. */
  public static final String C1_ONLY = "-XX:TieredStopAtLevel=1";

  /**
   * Records the fixtures once from the real server at {@code realRemote} (kept under
   * {@code fixtures}), then measures {@code runs} fresh JVMs replaying them, started with
   * {@code jvmFlags} (none for a JVM's defaults, {@link #C1_ONLY}, or the warm-up turned off).
   */
  public static Figures measure(Path fixtures, String realRemote, int runs, List<String> jvmFlags) {
    if (!Files.isDirectory(fixtures.resolve(ReplayedQueries.class.getName()))) {
      ChildJvm.run(command(fixtures, List.of("-Dspark.connect.mode=RECORD", "-Dspark.connect.backend=EXTERNAL",
          "-Dspark.connect.remote=" + realRemote)), line -> line.startsWith(RunReplayedQueries.PER_TEST), 300);
    }
    List<Double> first = new ArrayList<>();
    List<Double> main = new ArrayList<>();
    List<Double> perTest = new ArrayList<>();
    for (int i = 0; i < runs; i++) {
      List<String> settings = new ArrayList<>(jvmFlags);
      settings.add("-Dspark.connect.mode=REPLAY");
      ChildJvm.Outcome outcome = ChildJvm.run(command(fixtures, settings),
          line -> line.startsWith(ReplayedQueries.FIRST_ANSWER), 120);
      first.add(outcome.nanosToLine() / 1e6);
      long mainNanos = nanosAfter(outcome, RunReplayedQueries.MAIN);
      long answerNanos = nanosAfter(outcome, ReplayedQueries.FIRST_ANSWER);
      main.add((outcome.nanosToLine() - (answerNanos - mainNanos)) / 1e6);
      perTest.add(Long.parseLong(valueAfter(outcome, RunReplayedQueries.PER_TEST)) / 1e3);
    }
    return new Figures(Sample.of(first), Sample.of(main), Sample.of(perTest));
  }

  private static List<String> command(Path fixtures, List<String> settings) {
    List<String> flags = new ArrayList<>(settings);
    flags.add("-Dspark.connect.fixtures=" + fixtures.toAbsolutePath());
    return ChildJvm.command("tests", flags, RunReplayedQueries.class);
  }

  private static long nanosAfter(ChildJvm.Outcome outcome, String prefix) {
    return Long.parseLong(valueAfter(outcome, prefix));
  }

  private static String valueAfter(ChildJvm.Outcome outcome, String prefix) {
    for (String line : outcome.output()) {
      if (line.startsWith(prefix)) {
        return line.substring(prefix.length()).trim();
      }
    }
    throw new IllegalStateException("the child printed no '" + prefix + "' line: " + outcome.output());
  }
}
