package dev.sparkconnect.benchmarks.process;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The runtime jars an application pulls in with one client: how many, and their total size. */
public record Footprint(int jars, long bytes) {

  /** Our client's runtime jars. */
  public static Footprint ours() {
    return of(ChildJvm.runtimeJars(ChildJvm.OURS));
  }

  /** Apache Spark's client's runtime jars. */
  public static Footprint apache() {
    return of(ChildJvm.runtimeJars(ChildJvm.APACHE));
  }

  private static Footprint of(List<Path> jars) {
    long bytes = 0;
    for (Path jar : jars) {
      try (var files = Files.walk(jar)) {
        // A folder stands for a jar not packaged yet (a build that stopped before 'package').
        bytes += files.filter(Files::isRegularFile).mapToLong(Footprint::size).sum();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot measure " + jar, e);
      }
    }
    return new Footprint(jars.size(), bytes);
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot measure " + file, e);
    }
  }

  /** Total size in MB (10^6 bytes). */
  public double megabytes() {
    return bytes / 1e6;
  }
}
