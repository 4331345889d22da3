package dev.sparkconnect.benchmarks.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The Markdown report of one benchmark run: the machine, the date, the command, and one line per
 * figure with ours, what it is compared with, their ratio (above 1 means ours is better), both
 * errors, and the target.
 */
public final class ResultsTable {

  /**
   * One figure.
   *
   * @param ratio how many times better ours is than the reference (NaN when there is none)
   * @param met whether the target is met, or null when the line has no target
   */
  public record Line(String figure, String ours, String reference, double ratio, String error, String target,
                     Boolean met) {}

  private final List<Line> lines = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();

  /** Adds a figure. */
  public void add(Line line) {
    lines.add(line);
  }

  /** Adds a sentence printed under the table. */
  public void note(String note) {
    notes.add(note);
  }

  /** The figures so far. */
  public List<Line> lines() {
    return List.copyOf(lines);
  }

  /** The report as Markdown. */
  public String toMarkdown(String command, String settings) {
    StringBuilder out = new StringBuilder();
    out.append("# Benchmark results\n\n");
    out.append("Written by `dev.sparkconnect.benchmarks.RunBenchmarks`; run again with:\n\n```\n")
        .append(command).append("\n```\n\n");
    out.append("- Date: ").append(ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ISO_LOCAL_DATE))
        .append("\n");
    out.append("- Machine: ").append(machine()).append("\n");
    out.append("- Settings: ").append(settings).append("\n\n");
    out.append("Ratio: how many times better ours is than the reference (above 1: ours is faster, smaller or ")
        .append("lighter). Errors: JMH's 99.9 % confidence interval, or the standard deviation of repeated ")
        .append("process runs, relative to the score; ours first.\n\n");
    out.append("| Figure | Ours | Reference | Ratio | Error (ours / reference) | Target |\n");
    out.append("|---|---|---|---|---|---|\n");
    for (Line line : lines) {
      out.append("| ").append(line.figure())
          .append(" | ").append(line.ours())
          .append(" | ").append(line.reference())
          .append(" | ").append(Double.isNaN(line.ratio()) ? "" : String.format(Locale.ROOT, "%.2fx", line.ratio()))
          .append(" | ").append(line.error())
          .append(" | ").append(line.target()).append(line.met() == null ? "" : line.met() ? " (met)" : " (missed)")
          .append(" |\n");
    }
    if (!notes.isEmpty()) {
      out.append("\n");
      for (String note : notes) {
        out.append("- ").append(note).append("\n");
      }
    }
    return out.toString();
  }

  /** Writes the report to {@code file}. */
  public void write(Path file, String command, String settings) {
    try {
      if (file.getParent() != null) {
        Files.createDirectories(file.getParent());
      }
      Files.writeString(file, toMarkdown(command, settings));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  private static String machine() {
    var os = ManagementFactory.getOperatingSystemMXBean();
    long memory = os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getTotalMemorySize() : -1;
    return String.format(Locale.ROOT, "%d cores, %.1f GiB, %s %s (%s), Java %s (%s)",
        Runtime.getRuntime().availableProcessors(), memory / (1024.0 * 1024 * 1024),
        System.getProperty("os.name"), System.getProperty("os.version"), System.getProperty("os.arch"),
        System.getProperty("java.version"), System.getProperty("java.vm.name"));
  }
}
