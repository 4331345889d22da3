package dev.sparkconnect.client.internal.results;

import dev.sparkconnect.arrow.ArrowFormatException;
import dev.sparkconnect.client.types.ArrayType;
import dev.sparkconnect.client.types.CharType;
import dev.sparkconnect.client.types.DataType;
import dev.sparkconnect.client.types.DayTimeIntervalType;
import dev.sparkconnect.client.types.MapType;
import dev.sparkconnect.client.types.StructField;
import dev.sparkconnect.client.types.StringType;
import dev.sparkconnect.client.types.StructType;
import dev.sparkconnect.client.types.TimeType;
import dev.sparkconnect.client.types.VarcharType;
import dev.sparkconnect.client.types.YearMonthIntervalType;
import java.util.List;

/**
 * Checks that the schema a server declares for a result and the schema its Arrow data carries
 * describe the same values, so that a server (or a proxy) that sends data of another shape is
 * refused rather than decoded into values of the wrong types.
 */
final class ResultSchemas {

  private ResultSchemas() {}

  /**
   * Requires {@code declared} and {@code carried} to have the same types, field for field. Names,
   * nullability, collations, CHAR/VARCHAR lengths, interval field ranges and time precisions may
   * differ (Arrow has no place for the last four).
   *
   * @throws ArrowFormatException naming the first field whose types differ
   */
  static void requireSameShape(StructType declared, StructType carried, String operationId) {
    List<StructField> a = declared.fields();
    List<StructField> b = carried.fields();
    if (a.size() != b.size()) {
      throw mismatch(operationId, "declares " + a.size() + " columns (" + declared.simpleString() + ") but its Arrow "
          + "data has " + b.size() + " (" + carried.simpleString() + ")");
    }
    for (int i = 0; i < a.size(); i++) {
      if (!sameShape(a.get(i).dataType(), b.get(i).dataType())) {
        throw mismatch(operationId, "declares column " + i + " '" + a.get(i).name() + "' as "
            + a.get(i).dataType().simpleString() + " but its Arrow data holds " + b.get(i).dataType().simpleString());
      }
    }
  }

  private static boolean sameShape(DataType x, DataType y) {
    if (x instanceof StructType s && y instanceof StructType t) {
      if (s.size() != t.size()) {
        return false;
      }
      for (int i = 0; i < s.size(); i++) {
        if (!sameShape(s.apply(i).dataType(), t.apply(i).dataType())) {
          return false;
        }
      }
      return true;
    }
    if (x instanceof ArrayType s && y instanceof ArrayType t) {
      return sameShape(s.elementType(), t.elementType());
    }
    if (x instanceof MapType s && y instanceof MapType t) {
      return sameShape(s.keyType(), t.keyType()) && sameShape(s.valueType(), t.valueType());
    }
    return plain(x).equals(plain(y));
  }

  /**
   * What of the type Arrow carries: strings (with any collation, CHAR and VARCHAR) as one kind;
   * intervals and times by kind, since Arrow keeps no field range or precision for them; every
   * other type whole (a DECIMAL with its precision and scale).
   */
  private static Object plain(DataType type) {
    if (type instanceof StringType || type instanceof CharType || type instanceof VarcharType) {
      return StringType.class;
    }
    if (type instanceof YearMonthIntervalType || type instanceof DayTimeIntervalType || type instanceof TimeType) {
      return type.getClass();
    }
    return type;
  }

  private static ArrowFormatException mismatch(String operationId, String problem) {
    return new ArrowFormatException("The result of operation " + operationId + " " + problem
        + "; refusing to read values of another type than the query's");
  }
}
