package dev.sparkconnect.mock.conformance;

import java.util.Objects;

/** The checks a case makes; each failure is a {@link CaseFailed} that says what was expected. */
final class Expect {

  private Expect() {}

  static void that(boolean holds, String what) {
    if (!holds) {
      throw new CaseFailed(what);
    }
  }

  static void equal(Object expected, Object actual, String what) {
    if (!Objects.equals(expected, actual)) {
      throw new CaseFailed(what + ": expected " + show(expected) + " but got " + show(actual));
    }
  }

  static void contains(String text, String part, String what) {
    if (text == null || !text.contains(part)) {
      throw new CaseFailed(what + ": expected it to contain " + show(part) + " but got " + show(text));
    }
  }

  static CaseFailed fail(String what) {
    return new CaseFailed(what);
  }

  private static String show(Object value) {
    if (value instanceof String text) {
      String cut = text.length() > 300 ? text.substring(0, 300) + "..." : text;
      return "\"" + cut + "\"";
    }
    return String.valueOf(value);
  }
}
