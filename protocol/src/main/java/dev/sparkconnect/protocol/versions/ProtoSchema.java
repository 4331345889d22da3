package dev.sparkconnect.protocol.versions;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The messages, fields and enum values a set of {@code .proto} files declares, by full name
 * ({@code spark.connect.Relation} has {@code nearest_by_join}): enough to tell whether a program
 * built from those files can read a field, without generating any code from them.
 */
final class ProtoSchema {

  private static final Pattern PACKAGE = Pattern.compile("package\\s+([\\w.]+)");
  private static final Pattern BLOCK = Pattern.compile("(message|enum|oneof)\\s+(\\w+)");
  private static final Pattern FIELD = Pattern.compile(
      "(?:optional\\s+|repeated\\s+|required\\s+)?(?:map\\s*<[^>]*>|[\\w.]+)\\s+(\\w+)\\s*=\\s*\\d+.*", Pattern.DOTALL);
  private static final Pattern ENUM_VALUE = Pattern.compile("(\\w+)\\s*=\\s*-?\\d+.*", Pattern.DOTALL);

  private final Map<String, Set<String>> fields = new HashMap<>();
  private final Map<String, Set<String>> enumValues = new HashMap<>();

  /** The schema of {@code files}, each the text of one {@code .proto} file. */
  static ProtoSchema parse(List<String> files) {
    ProtoSchema schema = new ProtoSchema();
    for (String file : files) {
      schema.read(file);
    }
    return schema;
  }

  /** Whether message type {@code message} (a full name) is declared. */
  boolean hasMessage(String message) {
    return fields.containsKey(message);
  }

  /** Whether message type {@code message} declares a field called {@code field}. */
  boolean hasField(String message, String field) {
    Set<String> names = fields.get(message);
    return names != null && names.contains(field);
  }

  /** Whether enum type {@code enumType} (a full name) declares {@code value}. */
  boolean hasEnumValue(String enumType, String value) {
    Set<String> values = enumValues.get(enumType);
    return values != null && values.contains(value);
  }

  private void read(String text) {
    // The file's package, from its top-level package statement (never from a comment's text).
    String prefix = "";
    // Each entry: the kind of block and its full name (a oneof takes its message's name).
    java.util.ArrayDeque<String[]> scopes = new java.util.ArrayDeque<>();
    StringBuilder statement = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '/' && i + 1 < text.length() && (text.charAt(i + 1) == '/' || text.charAt(i + 1) == '*')) {
        // A comment reads as a space: skipped in this one pass over the files' 290 KB (mostly
        // comments) rather than by a regular-expression pass before it.
        boolean line = text.charAt(i + 1) == '/';
        int end = line ? text.indexOf('\n', i + 2) : text.indexOf("*/", i + 2);
        i = end < 0 ? text.length() : (line ? end : end + 1);
        statement.append(' ');
      } else if (c == '"') {
        int end = text.indexOf('"', i + 1);
        statement.append(text, i, end < 0 ? text.length() : end + 1);
        i = end < 0 ? text.length() : end;
      } else if (c == '{') {
        scopes.push(open(statement.toString().trim(), scopes.peek(), prefix));
        statement.setLength(0);
      } else if (c == '}') {
        scopes.poll();
        statement.setLength(0);
      } else if (c == ';') {
        String declared = statement.toString().trim();
        Matcher pkg = scopes.isEmpty() ? PACKAGE.matcher(declared) : null;
        if (pkg != null && pkg.matches()) {
          prefix = pkg.group(1);
        }
        declare(declared, scopes.peek());
        statement.setLength(0);
      } else {
        statement.append(c);
      }
    }
  }

  private String[] open(String header, String[] outer, String prefix) {
    Matcher block = BLOCK.matcher(header);
    if (!block.lookingAt()) {
      return new String[] {"other", outer == null ? prefix : outer[1]};
    }
    String kind = block.group(1);
    String enclosing = outer == null ? prefix : outer[1];
    if (kind.equals("oneof")) {
      return new String[] {"message", enclosing};
    }
    String name = enclosing.isEmpty() ? block.group(2) : enclosing + "." + block.group(2);
    if (kind.equals("message")) {
      fields.computeIfAbsent(name, key -> new HashSet<>());
    } else {
      enumValues.computeIfAbsent(name, key -> new HashSet<>());
    }
    return new String[] {kind, name};
  }

  private static boolean startsWithWord(String statement, String word) {
    return statement.startsWith(word) && statement.length() > word.length()
        && Character.isWhitespace(statement.charAt(word.length()));
  }

  private void declare(String statement, String[] scope) {
    if (scope == null || startsWithWord(statement, "option") || startsWithWord(statement, "reserved")
        || startsWithWord(statement, "extensions")) {
      return;
    }
    if (scope[0].equals("message")) {
      Matcher field = FIELD.matcher(statement);
      if (field.matches()) {
        fields.get(scope[1]).add(field.group(1));
      }
    } else if (scope[0].equals("enum")) {
      Matcher value = ENUM_VALUE.matcher(statement);
      if (value.matches()) {
        enumValues.get(scope[1]).add(value.group(1));
      }
    }
  }
}
