package dev.sparkconnect.junit;

import dev.sparkconnect.client.Row;
import dev.sparkconnect.protocol.show.ShowText;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Whether two cell values are the same for a test: numbers by value (an Integer 1 equals a Long
 * 1, a DECIMAL 1.50 equals 1.5), floating point within a tolerance when one is set, bytes by
 * content, and lists, maps and nested rows element by element.
 */
record CellComparison(double tolerance) {

  boolean same(Object actual, Object expected) {
    if (actual == null || expected == null) {
      return actual == expected;
    }
    if (actual instanceof Number a && expected instanceof Number b) {
      return sameNumber(a, b);
    }
    if (actual instanceof byte[] a && expected instanceof byte[] b) {
      return Arrays.equals(a, b);
    }
    if (actual instanceof Row a && expected instanceof Row b) {
      if (a.size() != b.size()) {
        return false;
      }
      for (int i = 0; i < a.size(); i++) {
        if (!same(a.get(i), b.get(i))) {
          return false;
        }
      }
      return true;
    }
    if (actual instanceof List<?> a && expected instanceof List<?> b) {
      return sameSequence(a.iterator(), b.iterator(), a.size() == b.size());
    }
    if (actual instanceof Map<?, ?> a && expected instanceof Map<?, ?> b) {
      if (a.size() != b.size()) {
        return false;
      }
      for (Map.Entry<?, ?> entry : a.entrySet()) {
        if (!b.containsKey(entry.getKey()) || !same(entry.getValue(), b.get(entry.getKey()))) {
          return false;
        }
      }
      return true;
    }
    return actual.equals(expected);
  }

  private boolean sameSequence(Iterator<?> a, Iterator<?> b, boolean sameSize) {
    if (!sameSize) {
      return false;
    }
    while (a.hasNext()) {
      if (!same(a.next(), b.next())) {
        return false;
      }
    }
    return true;
  }

  private boolean sameNumber(Number a, Number b) {
    boolean floating = a instanceof Double || a instanceof Float || b instanceof Double || b instanceof Float;
    if (floating) {
      double x = a.doubleValue();
      double y = b.doubleValue();
      if (Double.isNaN(x) || Double.isNaN(y)) {
        return Double.isNaN(x) && Double.isNaN(y);
      }
      return x == y || Math.abs(x - y) <= tolerance;
    }
    BigDecimal x = new BigDecimal(a.toString());
    BigDecimal y = new BigDecimal(b.toString());
    return x.compareTo(y) == 0 || (tolerance > 0 && x.subtract(y).abs().doubleValue() <= tolerance);
  }

  /** A cell as text in a failure message, as {@code show()} writes it. */
  static String text(Object value) {
    if (value instanceof Row row) {
      List<String> fields = new ArrayList<>();
      for (int i = 0; i < row.size(); i++) {
        fields.add(text(row.get(i)));
      }
      return ShowText.struct(fields);
    }
    return ShowText.value(value);
  }
}
