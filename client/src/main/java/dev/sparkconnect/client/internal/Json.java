package dev.sparkconnect.client.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Just enough JSON for what Spark sends as JSON text (error metadata, schemas): objects (as ordered
 * maps), arrays (as lists), strings, and other literals kept as their text ({@code true},
 * {@code 42}); {@code null} as null. Internal to this client; not an API.
 */
public final class Json {

  private final String text;
  private int position;

  private Json(String text) {
    this.text = text;
  }

  /** The value in {@code text}: a Map, a List, a String, or null. */
  public static Object parse(String text) {
    Json parser = new Json(text);
    Object value = parser.value();
    parser.skipSpace();
    if (parser.position != text.length()) {
      throw parser.error("trailing characters");
    }
    return value;
  }

  /** A JSON array of strings as a list; non-strings as their text. */
  public static List<String> stringList(String text) {
    Object value = parse(text);
    if (!(value instanceof List<?> list)) {
      throw new IllegalArgumentException("Expected a JSON array, got: " + text);
    }
    List<String> strings = new ArrayList<>();
    for (Object item : list) {
      strings.add(String.valueOf(item));
    }
    return strings;
  }

  /** A JSON object as a map of strings; nested values as their JSON-ish text. */
  public static Map<String, String> stringMap(String text) {
    Object value = parse(text);
    if (!(value instanceof Map<?, ?> map)) {
      throw new IllegalArgumentException("Expected a JSON object, got: " + text);
    }
    Map<String, String> strings = new LinkedHashMap<>();
    map.forEach((k, v) -> strings.put(String.valueOf(k), String.valueOf(v)));
    return strings;
  }

  private Object value() {
    skipSpace();
    if (position >= text.length()) {
      throw error("unexpected end");
    }
    char c = text.charAt(position);
    switch (c) {
      case '{': return object();
      case '[': return array();
      case '"': return string();
      default: return literal();
    }
  }

  private Map<String, Object> object() {
    Map<String, Object> map = new LinkedHashMap<>();
    position++;
    skipSpace();
    if (peek() == '}') {
      position++;
      return map;
    }
    while (true) {
      skipSpace();
      String key = string();
      skipSpace();
      expect(':');
      map.put(key, value());
      skipSpace();
      if (peek() == ',') {
        position++;
      } else {
        expect('}');
        return map;
      }
    }
  }

  private List<Object> array() {
    List<Object> list = new ArrayList<>();
    position++;
    skipSpace();
    if (peek() == ']') {
      position++;
      return list;
    }
    while (true) {
      list.add(value());
      skipSpace();
      if (peek() == ',') {
        position++;
      } else {
        expect(']');
        return list;
      }
    }
  }

  private String string() {
    expect('"');
    StringBuilder out = new StringBuilder();
    while (position < text.length()) {
      char c = text.charAt(position++);
      if (c == '"') {
        return out.toString();
      }
      if (c != '\\') {
        out.append(c);
        continue;
      }
      if (position >= text.length()) {
        break;
      }
      char escaped = text.charAt(position++);
      switch (escaped) {
        case 'n': out.append('\n'); break;
        case 't': out.append('\t'); break;
        case 'r': out.append('\r'); break;
        case 'b': out.append('\b'); break;
        case 'f': out.append('\f'); break;
        case 'u':
          if (position + 4 > text.length()) {
            throw error("short \\u escape");
          }
          out.append((char) Integer.parseInt(text.substring(position, position + 4), 16));
          position += 4;
          break;
        default: out.append(escaped);
      }
    }
    throw error("unterminated string");
  }

  private String literal() {
    int start = position;
    while (position < text.length() && ",}] \n\r\t".indexOf(text.charAt(position)) < 0) {
      position++;
    }
    String literal = text.substring(start, position);
    if (literal.isEmpty()) {
      throw error("unexpected '" + text.charAt(position) + "'");
    }
    return literal.equals("null") ? null : literal;
  }

  private char peek() {
    return position < text.length() ? text.charAt(position) : '\0';
  }

  private void expect(char c) {
    if (peek() != c) {
      throw error("expected '" + c + "'");
    }
    position++;
  }

  private void skipSpace() {
    while (position < text.length() && Character.isWhitespace(text.charAt(position))) {
      position++;
    }
  }

  private IllegalArgumentException error(String problem) {
    return new IllegalArgumentException("Malformed JSON at " + position + " (" + problem + "): " + text);
  }
}
