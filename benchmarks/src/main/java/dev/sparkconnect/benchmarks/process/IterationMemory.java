package dev.sparkconnect.benchmarks.process;

import java.util.ArrayList;
import java.util.List;

/**
 * The heap {@code toLocalIterator()} needs, measured in a fresh JVM under a small {@code -Xmx} for
 * a given row count: if the iterator holds about one batch, the figure stays flat as rows grow.
 */
public final class IterationMemory {

  /** What one child JVM reported, in bytes. */
  public record Measurement(String client, long rows, String maxHeap, long maxAfterGc, long poolPeaks) {

    /** The largest heap in use after a collection, in MB (10^6 bytes). */
    public double maxAfterGcMegabytes() {
      return maxAfterGc / 1e6;
    }

    /** The sum of the heap pools' peaks, in MB. */
    public double poolPeaksMegabytes() {
      return poolPeaks / 1e6;
    }
  }

  private IterationMemory() {}

  /**
   * Iterates {@code rows} rows from {@code remote} with {@code client} ("ours" or "apache") in a
   * JVM started with {@code -Xmx<maxHeap>}.
   *
   * @throws IllegalStateException if the child fails, for example with an OutOfMemoryError
   */
  public static Measurement measure(String client, String remote, long rows, String maxHeap) {
    List<String> flags = new ArrayList<>(List.of("-Xmx" + maxHeap, "-XX:+UseSerialGC"));
    if (client.equals(ChildJvm.APACHE)) {
      flags.addAll(ChildJvm.APACHE_FLAGS);
    }
    ChildJvm.Outcome outcome = ChildJvm.run(
        ChildJvm.command(client, flags, IterateInSmallHeap.class, client, remote, Long.toString(rows)),
        line -> line.startsWith(IterateInSmallHeap.RESULT), 1800);
    long maxAfterGc = field(outcome.line(), "maxAfterGc");
    long poolPeaks = field(outcome.line(), "poolPeaks");
    return new Measurement(client, rows, maxHeap, maxAfterGc, poolPeaks);
  }

  private static long field(String line, String name) {
    for (String part : line.substring(IterateInSmallHeap.RESULT.length()).split(" ")) {
      if (part.startsWith(name + "=")) {
        return Long.parseLong(part.substring(name.length() + 1));
      }
    }
    throw new IllegalStateException("no " + name + " in: " + line);
  }
}
