package dev.sparkconnect.junit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The picture of one {@link FaultSweep}: kinds of break down, positions across, each cell green
 * (the run passed) or red (it failed), rewritten after every run as
 * {@code target/fault-sweeps/<class>.<method>.md} and {@code .html} (a self-contained page), so a
 * glance shows where a client breaks. The folder can be moved with {@code spark.connect.sweepReports}.
 */
final class SweepReport {

  private static final Map<String, SweepReport> REPORTS = new ConcurrentHashMap<>();

  private final String title;
  private final Path markdown;
  private final Path html;
  private final Map<SweptFault, Map<String, Boolean>> outcomes = new LinkedHashMap<>();
  private final Set<String> positions = new LinkedHashSet<>();

  private SweepReport(String title, Path folder, String fileName) {
    this(title, folder.resolve(fileName + ".html"));
  }

  /** A report titled {@code title} written to {@code html} and beside it, as {@code .md}. */
  SweepReport(String title, Path html) {
    this.title = title;
    this.html = html;
    this.markdown = html.resolveSibling(html.getFileName().toString().replaceFirst("\\.html$", "") + ".md");
  }

  /** The report of the sweep whose template method is running in {@code context}. */
  static SweepReport of(ExtensionContext context) {
    String name = context.getRequiredTestClass().getName() + "." + context.getRequiredTestMethod().getName();
    Path folder = Path.of(context.getConfigurationParameter("spark.connect.sweepReports").orElse("target/fault-sweeps"));
    return REPORTS.computeIfAbsent(name, key -> new SweepReport(name, folder, key.replace('$', '.')));
  }

  /** The outcome of one run; both files are rewritten. */
  synchronized void record(FaultSweepExtension.SweepPoint point, boolean passed) {
    String position = point.execution().name() + " #" + point.position();
    positions.add(position);
    outcomes.computeIfAbsent(point.kind(), kind -> new LinkedHashMap<>()).put(position, passed);
    try {
      Files.createDirectories(markdown.getParent());
      Files.writeString(markdown, markdown(), StandardCharsets.UTF_8);
      Files.writeString(html, html(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the fault sweep report " + markdown, e);
    }
  }

  private long count(boolean passed) {
    return outcomes.values().stream().flatMap(row -> row.values().stream()).filter(value -> value == passed).count();
  }

  String markdown() {
    StringBuilder text = new StringBuilder("# Fault sweep: ").append(title).append("\n\n")
        .append(count(true)).append(count(true) == 1 ? " run" : " runs").append(" passed, ").append(count(false))
        .append(" failed.\n\n")
        .append("| break | ").append(String.join(" | ", positions)).append(" |\n")
        .append("|---|").append("---|".repeat(positions.size())).append('\n');
    for (Map.Entry<SweptFault, Map<String, Boolean>> row : outcomes.entrySet()) {
      text.append("| ").append(row.getKey());
      for (String position : positions) {
        Boolean passed = row.getValue().get(position);
        text.append(" | ").append(passed == null ? " " : passed ? "pass" : "**FAIL**");
      }
      text.append(" |\n");
    }
    return text.toString();
  }

  String html() {
    StringBuilder page = new StringBuilder("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>Fault sweep: ")
        .append(escape(title)).append("</title>\n<style>body{font-family:sans-serif}table{border-collapse:collapse}"
            + "td,th{border:1px solid #ccc;padding:2px 4px;font-size:12px}td.pass{background:#2e7d32}"
            + "td.fail{background:#c62828}th.position{writing-mode:vertical-rl}</style></head><body>\n")
        .append("<h1>Fault sweep: ").append(escape(title)).append("</h1>\n<p id=\"summary\">").append(count(true))
        .append(count(true) == 1 ? " run" : " runs").append(" passed, ").append(count(false))
        .append(" failed.</p>\n<table>\n<tr><th>break</th>");
    for (String position : positions) {
      page.append("<th class=\"position\">").append(escape(position)).append("</th>");
    }
    page.append("</tr>\n");
    for (Map.Entry<SweptFault, Map<String, Boolean>> row : outcomes.entrySet()) {
      page.append("<tr><th>").append(row.getKey()).append("</th>");
      for (String position : positions) {
        Boolean passed = row.getValue().get(position);
        page.append(passed == null ? "<td></td>" : "<td class=\"" + (passed ? "pass" : "fail") + "\" title=\""
            + escape(row.getKey() + " after response " + position) + (passed ? ": passed" : ": FAILED") + "\"></td>");
      }
      page.append("</tr>\n");
    }
    return page.append("</table>\n</body></html>\n").toString();
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }

  /** The kinds and positions recorded so far, for tests. */
  synchronized List<String> failedRuns() {
    List<String> failed = new ArrayList<>();
    outcomes.forEach((kind, row) -> row.forEach((position, passed) -> {
      if (!passed) {
        failed.add(kind + " " + position);
      }
    }));
    return failed;
  }
}
