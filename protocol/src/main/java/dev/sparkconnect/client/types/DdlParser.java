package dev.sparkconnect.client.types;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Parses Spark SQL type text: a single type ({@code DECIMAL(10,2)}, {@code ARRAY<STRUCT<a: INT>>})
 * or a schema, a comma-separated list of {@code name TYPE [NOT NULL] [COMMENT '...']} (the form of
 * {@code StructType.toDDL} and of {@code CREATE TABLE} column lists). Keywords are case-insensitive;
 * names may be quoted with backticks. Errors name the position and what was expected.
 */
final class DdlParser {

  private final String text;
  private int position;

  private DdlParser(String text) {
    this.text = text;
  }

  static DataType type(String text) {
    DdlParser parser = new DdlParser(text);
    DataType type = parser.dataType();
    parser.expectEnd();
    return type;
  }

  static StructType schema(String text) {
    DdlParser parser = new DdlParser(text);
    List<StructField> fields = new ArrayList<>();
    parser.skipSpace();
    if (!parser.atEnd()) {
      do {
        fields.add(parser.field(false));
      } while (parser.consume(','));
    }
    parser.expectEnd();
    return new StructType(fields);
  }

  private StructField field(boolean inStruct) {
    String name = identifier();
    skipSpace();
    if (inStruct) {
      consume(':');
    }
    DataType type = dataType();
    boolean nullable = true;
    if (keywordAhead("NOT")) {
      word();
      expectWord("NULL");
      nullable = false;
    }
    if (keywordAhead("COMMENT")) {
      word();
      quoted('\'');
    }
    return new StructField(name, type, nullable);
  }

  private DataType dataType() {
    String word = word().toUpperCase(Locale.ROOT);
    switch (word) {
      case "BOOLEAN": return DataTypes.BooleanType;
      case "TINYINT": case "BYTE": return DataTypes.ByteType;
      case "SMALLINT": case "SHORT": return DataTypes.ShortType;
      case "INT": case "INTEGER": return DataTypes.IntegerType;
      case "BIGINT": case "LONG": return DataTypes.LongType;
      case "FLOAT": case "REAL": return DataTypes.FloatType;
      case "DOUBLE": return DataTypes.DoubleType;
      case "STRING": return collatedString();
      case "BINARY": return DataTypes.BinaryType;
      case "DATE": return DataTypes.DateType;
      case "TIMESTAMP": case "TIMESTAMP_LTZ": return DataTypes.TimestampType;
      case "TIMESTAMP_NTZ": return DataTypes.TimestampNTZType;
      case "VOID": return DataTypes.NullType;
      case "VARIANT": return DataTypes.VariantType;
      case "CHAR": case "CHARACTER": return new CharType(parameters(1, 1, -1)[0]);
      case "VARCHAR": return new VarcharType(parameters(1, 1, -1)[0]);
      case "DECIMAL": case "DEC": case "NUMERIC": {
        int[] p = parameters(0, 2, 10);
        return new DecimalType(p[0], p.length > 1 ? p[1] : 0);
      }
      case "TIME": return new TimeType(parameters(0, 1, 6)[0]);
      case "INTERVAL": return interval();
      case "ARRAY": {
        expect('<');
        DataType element = dataType();
        expect('>');
        return new ArrayType(element, true);
      }
      case "MAP": {
        expect('<');
        DataType key = dataType();
        expect(',');
        DataType value = dataType();
        expect('>');
        return new MapType(key, value, true);
      }
      case "STRUCT": {
        expect('<');
        List<StructField> fields = new ArrayList<>();
        skipSpace();
        if (!consume('>')) {
          do {
            fields.add(field(true));
          } while (consume(','));
          expect('>');
        }
        return new StructType(fields);
      }
      default:
        throw error("'" + word + "' is not a Spark SQL type");
    }
  }

  private DataType interval() {
    if (!keywordAhead("YEAR") && !keywordAhead("MONTH") && !keywordAhead("DAY") && !keywordAhead("HOUR")
        && !keywordAhead("MINUTE") && !keywordAhead("SECOND")) {
      return DataTypes.CalendarIntervalType;
    }
    String from = word().toUpperCase(Locale.ROOT);
    String to = from;
    if (keywordAhead("TO")) {
      word();
      to = word().toUpperCase(Locale.ROOT);
    }
    List<String> yearMonth = List.of("YEAR", "MONTH");
    List<String> dayTime = List.of("DAY", "HOUR", "MINUTE", "SECOND");
    if (yearMonth.contains(from) && yearMonth.contains(to)) {
      return new YearMonthIntervalType((byte) yearMonth.indexOf(from), (byte) yearMonth.indexOf(to));
    }
    if (dayTime.contains(from) && dayTime.contains(to)) {
      return new DayTimeIntervalType((byte) dayTime.indexOf(from), (byte) dayTime.indexOf(to));
    }
    throw error("INTERVAL " + from + " TO " + to + " is not an interval type");
  }

  /** Up to {@code max} integers in parentheses, at least {@code min}; {@code fallback} when none and allowed. */
  private int[] parameters(int min, int max, int fallback) {
    skipSpace();
    if (!consume('(')) {
      if (min > 0) {
        throw error("'(' with a length");
      }
      return new int[] {fallback};
    }
    List<Integer> numbers = new ArrayList<>();
    do {
      skipSpace();
      int start = position;
      while (!atEnd() && Character.isDigit(text.charAt(position))) {
        position++;
      }
      if (start == position) {
        throw error("a number");
      }
      numbers.add(Integer.parseInt(text.substring(start, position)));
    } while (consume(','));
    expect(')');
    if (numbers.size() > max) {
      throw error("at most " + max + " numbers in parentheses");
    }
    return numbers.stream().mapToInt(Integer::intValue).toArray();
  }

  private String identifier() {
    skipSpace();
    if (!atEnd() && text.charAt(position) == '`') {
      return quoted('`');
    }
    String name = word();
    if (name.isEmpty()) {
      throw error("a field name");
    }
    return name;
  }

  /** A quoted string, a doubled quote standing for one quote. */
  private String quoted(char quote) {
    skipSpace();
    expect(quote);
    StringBuilder out = new StringBuilder();
    while (!atEnd()) {
      char c = text.charAt(position++);
      if (c == quote) {
        if (!atEnd() && text.charAt(position) == quote) {
          out.append(quote);
          position++;
          continue;
        }
        return out.toString();
      }
      out.append(c);
    }
    throw error("a closing " + quote);
  }

  private String word() {
    skipSpace();
    int start = position;
    while (!atEnd() && (Character.isLetterOrDigit(text.charAt(position)) || text.charAt(position) == '_')) {
      position++;
    }
    if (start == position) {
      throw error("a type name");
    }
    return text.substring(start, position);
  }

  /** STRING, or STRING COLLATE name. */
  private DataType collatedString() {
    if (!keywordAhead("COLLATE")) {
      return DataTypes.StringType;
    }
    word();
    return DataTypes.createStringType(word());
  }

  private boolean keywordAhead(String keyword) {
    skipSpace();
    int end = position + keyword.length();
    return end <= text.length() && text.substring(position, end).equalsIgnoreCase(keyword)
        && (end == text.length() || !(Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '_'));
  }

  private void expectWord(String keyword) {
    if (!keywordAhead(keyword)) {
      throw error(keyword);
    }
    word();
  }

  private boolean consume(char c) {
    skipSpace();
    if (!atEnd() && text.charAt(position) == c) {
      position++;
      return true;
    }
    return false;
  }

  private void expect(char c) {
    if (!consume(c)) {
      throw error("'" + c + "'");
    }
  }

  private void expectEnd() {
    skipSpace();
    if (!atEnd()) {
      throw error("the end of the text");
    }
  }

  private void skipSpace() {
    while (!atEnd() && Character.isWhitespace(text.charAt(position))) {
      position++;
    }
  }

  private boolean atEnd() {
    return position >= text.length();
  }

  private IllegalArgumentException error(String expected) {
    String rest = atEnd() ? "the end" : "'" + text.substring(position, Math.min(text.length(), position + 20)) + "'";
    return new IllegalArgumentException("Cannot parse the type '" + text + "': expected " + expected
        + " at position " + position + ", found " + rest);
  }
}
