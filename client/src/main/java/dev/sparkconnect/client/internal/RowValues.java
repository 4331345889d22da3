package dev.sparkconnect.client.internal;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Equality of row values as Apache Spark defines it for {@code Row.equals}, and a hash consistent
 * with it: arrays of bytes by content, whole numbers and floating-point numbers by value across
 * their boxed types (Scala's {@code ==}), decimals by {@code compareTo} (scale ignored), NaN equal to
 * NaN, {@code 0.0} equal to {@code -0.0}; lists and maps element by element.
 */
public final class RowValues {

  private RowValues() {}

  /** Whether {@code a} and {@code b} are equal row values. */
  public static boolean same(Object a, Object b) {
    if (a == b) {
      return true;
    }
    if (a == null || b == null) {
      return false;
    }
    if (a instanceof byte[] x && b instanceof byte[] y) {
      return Arrays.equals(x, y);
    }
    if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
      return x.compareTo(y) == 0;
    }
    if (isPrimitiveNumber(a) && isPrimitiveNumber(b)) {
      if (isWhole(a) && isWhole(b)) {
        return ((Number) a).longValue() == ((Number) b).longValue();
      }
      double x = ((Number) a).doubleValue();
      double y = ((Number) b).doubleValue();
      return x == y || (Double.isNaN(x) && Double.isNaN(y));
    }
    if (a instanceof List<?> x && b instanceof List<?> y) {
      if (x.size() != y.size()) {
        return false;
      }
      Iterator<?> i = x.iterator();
      Iterator<?> j = y.iterator();
      while (i.hasNext()) {
        if (!same(i.next(), j.next())) {
          return false;
        }
      }
      return true;
    }
    if (a instanceof Map<?, ?> x && b instanceof Map<?, ?> y) {
      if (x.size() != y.size()) {
        return false;
      }
      for (Map.Entry<?, ?> entry : x.entrySet()) {
        if (!y.containsKey(entry.getKey()) || !same(entry.getValue(), y.get(entry.getKey()))) {
          return false;
        }
      }
      return true;
    }
    return a.equals(b);
  }

  /** A hash of {@code value} that equal values (by {@link #same}) share. */
  public static int hash(Object value) {
    if (value == null) {
      return 0;
    }
    if (value instanceof byte[] bytes) {
      return Arrays.hashCode(bytes);
    }
    if (value instanceof BigDecimal decimal) {
      return decimal.signum() == 0 ? 0 : decimal.stripTrailingZeros().hashCode();
    }
    if (isPrimitiveNumber(value)) {
      if (isWhole(value)) {
        return Long.hashCode(((Number) value).longValue());
      }
      double d = ((Number) value).doubleValue();
      if (Double.isNaN(d)) {
        return Double.hashCode(Double.NaN);
      }
      long whole = (long) d;
      return whole == d ? Long.hashCode(whole) : Double.hashCode(d);
    }
    if (value instanceof List<?> list) {
      int hash = 1;
      for (Object element : list) {
        hash = 31 * hash + hash(element);
      }
      return hash;
    }
    if (value instanceof Map<?, ?> map) {
      int hash = 0;
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        hash += hash(entry.getKey()) ^ hash(entry.getValue());
      }
      return hash;
    }
    return value.hashCode();
  }

  private static boolean isPrimitiveNumber(Object value) {
    return value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte
        || value instanceof Double || value instanceof Float;
  }

  private static boolean isWhole(Object value) {
    return value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte;
  }
}
