package dev.sparkconnect.junit;

import dev.sparkconnect.junit.AnswerDeviations.Deviation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/**
 * The committed list of expected differences between servers ({@code deviations.yaml}): each entry
 * a test, the server that answers differently, what differs and why. Written in a small part of
 * YAML, a list of flat maps:
 *
 * <pre>
 * # Where servers answer our tests differently, and why.
 * - test: DivisionTest.divisionByZero        # the class (as much of its name as tells it apart) and method
 *   version: 3.5.5                           # a version of the matrix, or external
 *   query: execute-sql-1f0e                  # optional: the start of the question's fixture name
 *   difference: "outcome"                    # text the printed difference contains
 *   reason: ANSI mode is off by default before Spark 4.0
 * </pre>
 *
 * <p>A run passes only when every difference it finds is matched by an entry of its test and
 * version, and every such entry matches a difference: a new difference and a vanished one both
 * fail, each with what to write or remove.
 */
final class DeviationLedger {

  private static final List<String> KEYS = List.of("test", "version", "query", "difference", "reason");
  private static final List<String> REQUIRED = List.of("test", "version", "difference", "reason");

  /**
   * One entry, with the line it starts on.
   *
   * @param line where the entry starts in the file
   * @param test the test, {@code Class.method}, {@code Outer.Inner.method} or {@code com.example.Class.method}
   *     ({@code #} also separates the method)
   * @param version the matrix entry that answers differently
   * @param query the start of the fixture name of the question, or empty for any question
   * @param difference the text the difference contains
   * @param reason why the servers differ
   */
  record Entry(int line, String test, String version, String query, String difference, String reason) {
    boolean isAbout(Class<?> testClass, String method, MatrixEntry server) {
      String name = test.replace('#', '.');
      String qualified = testClass.getName().replace('$', '.') + "." + method;
      boolean testMatches = qualified.equals(name) || qualified.endsWith("." + name);
      return testMatches && MatrixEntry.parse(version).sameServerAs(server);
    }

    boolean explains(Deviation deviation) {
      return deviation.query().startsWith(query) && deviation.text().contains(difference);
    }
  }

  private final Path file;
  private final List<Entry> entries;

  private DeviationLedger(Path file, List<Entry> entries) {
    this.file = file;
    this.entries = entries;
  }

  /** The ledger in {@code file}; an empty one if there is no such file. */
  static DeviationLedger load(Path file) {
    if (!Files.exists(file)) {
      return new DeviationLedger(file, List.of());
    }
    try {
      return new DeviationLedger(file, parse(file, Files.readAllLines(file, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the deviation ledger " + file, e);
    }
  }

  List<Entry> entries() {
    return entries;
  }

  /**
   * Holds what one server of a matrix answered differently from the reference to the ledger's
   * entries for that test and server: the failure, if a difference is not listed or a listed one no
   * longer happens.
   */
  Optional<AssertionError> check(Class<?> testClass, String method, MatrixEntry server, MatrixEntry reference,
      List<Deviation> deviations) {
    List<Entry> relevant = entries.stream().filter(entry -> entry.isAbout(testClass, method, server)).toList();
    List<Deviation> unexplained = deviations.stream()
        .filter(deviation -> relevant.stream().noneMatch(entry -> entry.explains(deviation))).toList();
    List<Entry> vanished = relevant.stream()
        .filter(entry -> deviations.stream().noneMatch(entry::explains)).toList();
    if (unexplained.isEmpty() && vanished.isEmpty()) {
      return Optional.empty();
    }
    String test = testClass.getName().substring(testClass.getPackageName().isEmpty() ? 0
        : testClass.getPackageName().length() + 1).replace('$', '.') + "." + method;
    StringBuilder message = new StringBuilder();
    if (!unexplained.isEmpty()) {
      message.append(server.describe()).append(" answers ").append(test).append(" differently from ")
          .append(reference.describe()).append(" in ").append(unexplained.size())
          .append(unexplained.size() == 1 ? " way" : " ways").append(" that the deviation ledger ").append(file)
          .append(" does not list (each as: where: ").append(reference.describe()).append(" | ")
          .append(server.describe()).append("):");
      unexplained.forEach(deviation -> message.append("\n    ").append(deviation.query()).append(" ")
          .append(deviation.text()));
      message.append("\nIf ").append(unexplained.size() == 1 ? "it is" : "they are").append(" expected, add to the"
          + " ledger (one entry may cover several, by a shorter difference):");
      unexplained.forEach(deviation -> message.append("\n- test: ").append(test).append("\n  version: ")
          .append(quoted(server.label())).append("\n  query: ").append(deviation.query()).append("\n  difference: ")
          .append(quoted(deviation.text())).append("\n  reason: <why these servers differ>"));
    }
    if (!vanished.isEmpty()) {
      if (message.length() > 0) {
        message.append("\n");
      }
      message.append(vanished.size() == 1 ? "An entry" : vanished.size() + " entries").append(" of the deviation"
          + " ledger ").append(file).append(" no longer ").append(vanished.size() == 1 ? "happens" : "happen")
          .append(": ").append(server.describe()).append(" now answers as ").append(reference.describe())
          .append(" there, so the boundary ").append(vanished.size() == 1 ? "it documents has" : "they document have")
          .append(" moved. Remove ").append(vanished.size() == 1 ? "it" : "them").append(" (or correct the text):");
      vanished.forEach(entry -> message.append("\n    line ").append(entry.line()).append(": ").append(entry.test())
          .append(" on ").append(entry.version()).append(entry.query().isEmpty() ? "" : ", " + entry.query())
          .append(", difference \"").append(entry.difference()).append("\" (").append(entry.reason()).append(")"));
    }
    return Optional.of(new AssertionError(message.toString()));
  }

  private static String quoted(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  private static List<Entry> parse(Path file, List<String> lines) {
    List<Entry> entries = new ArrayList<>();
    Map<String, String> current = null;
    int start = 0;
    for (int index = 0; index < lines.size(); index++) {
      int number = index + 1;
      String line = lines.get(index);
      String trimmed = line.strip();
      if (trimmed.isEmpty() || trimmed.startsWith("#")) {
        continue;
      }
      String pair;
      if (trimmed.startsWith("- ") || trimmed.equals("-")) {
        if (current != null) {
          entries.add(entry(file, start, current));
        }
        current = new LinkedHashMap<>();
        start = number;
        pair = trimmed.substring(1).strip();
        if (pair.isEmpty()) {
          continue;
        }
      } else if (current == null || !Character.isWhitespace(line.charAt(0))) {
        throw invalid(file, number, "expected an entry starting with \"- \" (a list of entries, each a few"
            + " \"key: value\" lines)");
      } else {
        pair = trimmed;
      }
      int colon = pair.indexOf(':');
      if (colon <= 0) {
        throw invalid(file, number, "expected \"key: value\", found \"" + pair + "\"");
      }
      String key = pair.substring(0, colon).strip();
      if (!KEYS.contains(key)) {
        throw invalid(file, number, "unknown key \"" + key + "\"; an entry has " + KEYS);
      }
      if (current.containsKey(key)) {
        throw invalid(file, number, "\"" + key + "\" given twice in one entry");
      }
      current.put(key, value(file, number, pair.substring(colon + 1).strip()));
    }
    if (current != null) {
      entries.add(entry(file, start, current));
    }
    return entries;
  }

  private static Entry entry(Path file, int line, Map<String, String> values) {
    for (String key : REQUIRED) {
      if (values.getOrDefault(key, "").isBlank()) {
        throw invalid(file, line, "the entry has no " + key + " (each entry needs " + REQUIRED + ", and may name a"
            + " query)");
      }
    }
    try {
      MatrixEntry.parse(values.get("version"));
    } catch (ExtensionConfigurationException e) {
      throw invalid(file, line, "version \"" + values.get("version") + "\" is neither a Spark version nor external");
    }
    return new Entry(line, values.get("test"), values.get("version"), values.getOrDefault("query", ""),
        values.get("difference"), values.get("reason"));
  }

  /** A scalar: "double quoted" (with \" and \\), 'single quoted' (with ''), or plain up to a " #" comment. */
  private static String value(Path file, int line, String text) {
    if (text.startsWith("\"")) {
      StringBuilder value = new StringBuilder();
      for (int i = 1; i < text.length(); i++) {
        char c = text.charAt(i);
        if (c == '\\' && i + 1 < text.length()) {
          value.append(text.charAt(++i));
        } else if (c == '"') {
          return afterQuote(file, line, text, i, value.toString());
        } else {
          value.append(c);
        }
      }
      throw invalid(file, line, "a double-quoted value does not end");
    }
    if (text.startsWith("'")) {
      StringBuilder value = new StringBuilder();
      for (int i = 1; i < text.length(); i++) {
        char c = text.charAt(i);
        if (c == '\'' && i + 1 < text.length() && text.charAt(i + 1) == '\'') {
          value.append('\'');
          i++;
        } else if (c == '\'') {
          return afterQuote(file, line, text, i, value.toString());
        } else {
          value.append(c);
        }
      }
      throw invalid(file, line, "a single-quoted value does not end");
    }
    int comment = text.indexOf(" #");
    return (comment < 0 ? text : text.substring(0, comment)).strip();
  }

  private static String afterQuote(Path file, int line, String text, int quote, String value) {
    String rest = text.substring(quote + 1).strip();
    if (!rest.isEmpty() && !rest.startsWith("#")) {
      throw invalid(file, line, "unexpected \"" + rest + "\" after a quoted value");
    }
    return value;
  }

  private static ExtensionConfigurationException invalid(Path file, int line, String problem) {
    return new ExtensionConfigurationException("The deviation ledger " + file + ", line " + line + ": " + problem);
  }
}
