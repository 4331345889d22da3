package dev.sparkconnect.benchmarks.process;

import dev.sparkconnect.benchmarks.report.Sample;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What a test JVM waits for before its first query on a LOCAL server: a fresh JVM from launch to
 * the first answered query, when it starts its own server (as every test JVM did) and when it
 * reuses one kept warm by an earlier JVM ({@code keepWarm}), repeated and averaged.
 */
public final class WarmServerStart {

  static final String FIRST_QUERY = "first-query: ";

  private WarmServerStart() {}

  /** The cold and the warm figures, {@code runs} fresh JVMs each. */
  public record Figures(Sample cold, Sample warm) {}

  /** Measures both; the warm servers live in a folder of their own, stopped at the end. */
  public static Figures measure(int runs) {
    Path folder;
    try {
      folder = Files.createTempDirectory("benchmark-warm-servers-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Sample cold = sample(folder, 0, runs);
    // The first warm run starts the server and is not counted: the figure is the next JVM's.
    sample(folder, 300, 1);
    Sample warm = sample(folder, 300, runs);
    String previous = System.getProperty("spark.connect.warmServers.dir");
    System.setProperty("spark.connect.warmServers.dir", folder.toString());
    try {
      dev.sparkconnect.localserver.LocalSparkConnectServer.stopWarmServers();
    } finally {
      if (previous == null) {
        System.clearProperty("spark.connect.warmServers.dir");
      } else {
        System.setProperty("spark.connect.warmServers.dir", previous);
      }
    }
    return new Figures(cold, warm);
  }

  private static Sample sample(Path folder, long keepWarmSeconds, int runs) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Dspark.connect.warmServers.dir=" + folder);
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(FirstQueryOnLocalServer.class.getName());
    command.add(Long.toString(keepWarmSeconds));
    List<Double> millis = new ArrayList<>();
    for (int i = 0; i < runs; i++) {
      millis.add(ChildJvm.run(command, line -> line.startsWith(FIRST_QUERY), 300).nanosToLine() / 1e6);
    }
    return Sample.of(millis);
  }
}
