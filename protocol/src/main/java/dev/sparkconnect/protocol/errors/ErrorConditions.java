package dev.sparkconnect.protocol.errors;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.Locale;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Spark's error conditions: for each condition (such as {@code DIVIDE_BY_ZERO} or
 * {@code UNRESOLVED_COLUMN.WITH_SUGGESTION}) its SQLSTATE, and the class of the exception Spark
 * raises for it. The conditions and SQLSTATEs are Spark's own table ({@code error-conditions.json}
 * of the pinned Spark version, taken from Spark's jar at build time); which exception class goes
 * with a condition is written here, for the conditions whose class is not the one their SQLSTATE
 * class implies.
 *
 * <p>The client fills in what an older server leaves out (Spark 3.5 omits SQLSTATEs the 4.x table
 * has); the mock server raises, for a stubbed condition, what a real server would.
 */
public final class ErrorConditions {

  private static final String RESOURCE = "error/error-conditions.json";
  private static final String RESOURCE_3_5 = "spark-3.5/error/error-classes.json";
  private static final java.util.regex.Pattern CONDITION_PREFIX =
      java.util.regex.Pattern.compile("^\\s*\\[([A-Z][A-Z0-9_]*(?:\\.[A-Z][A-Z0-9_]*)*)\\] ?");

  /** Spark's exception classes, by the name Spark reports them under. */
  public static final String ANALYSIS_EXCEPTION = "org.apache.spark.sql.AnalysisException";
  /** See {@link #ANALYSIS_EXCEPTION}. */
  public static final String PARSE_EXCEPTION = "org.apache.spark.sql.catalyst.parser.ParseException";
  /** See {@link #ANALYSIS_EXCEPTION}. */
  public static final String ARITHMETIC_EXCEPTION = "org.apache.spark.SparkArithmeticException";
  /** See {@link #ANALYSIS_EXCEPTION}. */
  public static final String DATE_TIME_EXCEPTION = "org.apache.spark.SparkDateTimeException";
  /** See {@link #ANALYSIS_EXCEPTION}. */
  public static final String NUMBER_FORMAT_EXCEPTION = "org.apache.spark.SparkNumberFormatException";
  /** See {@link #ANALYSIS_EXCEPTION}. */
  public static final String ILLEGAL_ARGUMENT_EXCEPTION = "org.apache.spark.SparkIllegalArgumentException";
  /** See {@link #ANALYSIS_EXCEPTION}. */
  public static final String UNSUPPORTED_OPERATION_EXCEPTION = "org.apache.spark.SparkUnsupportedOperationException";
  /** See {@link #ANALYSIS_EXCEPTION}. */
  public static final String ARRAY_INDEX_EXCEPTION = "org.apache.spark.SparkArrayIndexOutOfBoundsException";
  /** See {@link #ANALYSIS_EXCEPTION}. */
  public static final String NO_SUCH_ELEMENT_EXCEPTION = "org.apache.spark.SparkNoSuchElementException";
  /** See {@link #ANALYSIS_EXCEPTION}. */
  public static final String UPGRADE_EXCEPTION = "org.apache.spark.SparkUpgradeException";
  /** See {@link #ANALYSIS_EXCEPTION}. */
  public static final String SECURITY_EXCEPTION = "org.apache.spark.SparkSecurityException";
  /** See {@link #ANALYSIS_EXCEPTION}. */
  public static final String STREAMING_QUERY_EXCEPTION = "org.apache.spark.sql.streaming.StreamingQueryException";
  /** See {@link #ANALYSIS_EXCEPTION}. */
  public static final String RUNTIME_EXCEPTION = "org.apache.spark.SparkRuntimeException";
  /** See {@link #ANALYSIS_EXCEPTION}. */
  public static final String SQL_EXCEPTION = "org.apache.spark.SparkSQLException";
  /** See {@link #ANALYSIS_EXCEPTION}. */
  public static final String SPARK_EXCEPTION = "org.apache.spark.SparkException";

  /** Conditions raised with another class than their SQLSTATE's class would suggest (by condition prefix). */
  private static final Map<String, String> CLASS_BY_CONDITION = Map.ofEntries(
      Map.entry("PARSE_SYNTAX_ERROR", PARSE_EXCEPTION),
      Map.entry("PARSE_EMPTY_STATEMENT", PARSE_EXCEPTION),
      Map.entry("UNCLOSED_BRACKETED_COMMENT", PARSE_EXCEPTION),
      Map.entry("DIVIDE_BY_ZERO", ARITHMETIC_EXCEPTION),
      Map.entry("INTERVAL_DIVIDED_BY_ZERO", ARITHMETIC_EXCEPTION),
      Map.entry("ARITHMETIC_OVERFLOW", ARITHMETIC_EXCEPTION),
      Map.entry("BINARY_ARITHMETIC_OVERFLOW", ARITHMETIC_EXCEPTION),
      Map.entry("INTERVAL_ARITHMETIC_OVERFLOW", ARITHMETIC_EXCEPTION),
      Map.entry("NUMERIC_VALUE_OUT_OF_RANGE", ARITHMETIC_EXCEPTION),
      Map.entry("CAST_OVERFLOW", ARITHMETIC_EXCEPTION),
      Map.entry("CAST_OVERFLOW_IN_TABLE_INSERT", ARITHMETIC_EXCEPTION),
      Map.entry("CAST_INVALID_INPUT", NUMBER_FORMAT_EXCEPTION),
      Map.entry("INVALID_ARRAY_INDEX", ARRAY_INDEX_EXCEPTION),
      Map.entry("INVALID_ARRAY_INDEX_IN_ELEMENT_AT", ARRAY_INDEX_EXCEPTION),
      Map.entry("INVALID_INDEX_OF_ZERO", RUNTIME_EXCEPTION),
      Map.entry("DATETIME_OVERFLOW", ARITHMETIC_EXCEPTION),
      Map.entry("DATETIME_FIELD_OUT_OF_BOUNDS", DATE_TIME_EXCEPTION),
      Map.entry("CANNOT_PARSE_TIMESTAMP", DATE_TIME_EXCEPTION),
      Map.entry("INVALID_DATETIME_PATTERN", ILLEGAL_ARGUMENT_EXCEPTION),
      Map.entry("INCONSISTENT_BEHAVIOR_CROSS_VERSION", UPGRADE_EXCEPTION),
      Map.entry("USER_RAISED_EXCEPTION", RUNTIME_EXCEPTION),
      Map.entry("INVALID_HANDLE", SQL_EXCEPTION),
      Map.entry("INVALID_CURSOR", SQL_EXCEPTION),
      Map.entry("STREAM_FAILED", STREAMING_QUERY_EXCEPTION),
      Map.entry("SQL_CONF_NOT_FOUND", NO_SUCH_ELEMENT_EXCEPTION),
      Map.entry("UNSUPPORTED_FEATURE", UNSUPPORTED_OPERATION_EXCEPTION));

  private static volatile Map<String, String> sqlStates;
  private static volatile List<JsonObject> tables;

  private ErrorConditions() {}

  /** Whether Spark's table has {@code condition} (a subcondition such as {@code A.B} counts by its main one). */
  public static boolean isKnown(String condition) {
    return condition != null && table().containsKey(main(condition));
  }

  /** The SQLSTATE of {@code condition} in Spark's table, if it has one. */
  public static Optional<String> sqlState(String condition) {
    if (condition == null) {
      return Optional.empty();
    }
    return Optional.ofNullable(table().get(main(condition)));
  }

  /**
   * The class of the exception a Spark server raises for {@code condition}: the class written for
   * it here, else the one its SQLSTATE class implies ({@code 42} analysis, {@code 22} data,
   * {@code 0A} unsupported), else {@code SparkException}.
   */
  public static String exceptionClass(String condition) {
    return exceptionClass(condition, null);
  }

  /**
   * As {@link #exceptionClass(String)}, with {@code sqlState} standing in for the table's SQLSTATE
   * when Spark's table does not know the condition (a condition of one's own, in a stub).
   */
  public static String exceptionClass(String condition, String sqlState) {
    String main = condition == null ? "" : main(condition);
    String written = CLASS_BY_CONDITION.get(main);
    if (written != null) {
      return written;
    }
    String state = sqlState(condition).orElse(sqlState == null ? "" : sqlState);
    if (state.startsWith("42")) {
      return ANALYSIS_EXCEPTION;
    }
    if (state.startsWith("22")) {
      return RUNTIME_EXCEPTION;
    }
    if (state.startsWith("0A")) {
      return UNSUPPORTED_OPERATION_EXCEPTION;
    }
    return SPARK_EXCEPTION;
  }

  /**
   * The condition a message starts with ({@code [UNRESOLVED_COLUMN.WITH_SUGGESTION] A column ...}),
   * if Spark's table knows it: how a Spark 3.5 server, which sends no condition of its own, says
   * which it is.
   */
  public static Optional<String> inMessage(String message) {
    if (message == null) {
      return Optional.empty();
    }
    java.util.regex.Matcher match = CONDITION_PREFIX.matcher(message);
    return match.find() && isKnown(match.group(1)) ? Optional.of(match.group(1)) : Optional.empty();
  }

  /**
   * The message parameters of {@code message}, read back with the condition's message template
   * (Spark 4's wording, then Spark 3.5's): what a Spark 3.5 server, which sends only the message,
   * leaves to the client. Empty when no template fits.
   */
  public static Map<String, String> parametersIn(String condition, String message) {
    if (condition == null || message == null) {
      return Map.of();
    }
    String text = CONDITION_PREFIX.matcher(message).replaceFirst("");
    for (JsonObject table : templates()) {
      Optional<String> template = template(table, condition);
      if (template.isEmpty()) {
        continue;
      }
      List<String> names = new java.util.ArrayList<>();
      List<String> joined = new java.util.ArrayList<>();
      StringBuilder regex = new StringBuilder("^");
      java.util.regex.Matcher placeholder = java.util.regex.Pattern.compile("<([A-Za-z0-9_]+)>").matcher(template.get());
      int at = 0;
      while (placeholder.find()) {
        if (placeholder.start() == at && !names.isEmpty()) {
          // Two placeholders side by side cannot be told apart: the first takes the text.
          joined.add(placeholder.group(1));
        } else {
          regex.append(java.util.regex.Pattern.quote(template.get().substring(at, placeholder.start()))).append("(.*?)");
          names.add(placeholder.group(1));
        }
        at = placeholder.end();
      }
      regex.append(java.util.regex.Pattern.quote(template.get().substring(at))).append(".*$");
      java.util.regex.Matcher values = java.util.regex.Pattern.compile(regex.toString(), java.util.regex.Pattern.DOTALL)
          .matcher(text);
      if (values.matches()) {
        Map<String, String> parameters = new java.util.LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) {
          parameters.putIfAbsent(names.get(i), values.group(i + 1));
        }
        joined.forEach(name -> parameters.putIfAbsent(name, ""));
        return parameters;
      }
    }
    return Map.of();
  }

  private static Optional<String> template(JsonObject table, String condition) {
    String[] parts = condition.split("\\.");
    JsonObject main = table.getAsJsonObject(parts[0]);
    if (main == null) {
      return Optional.empty();
    }
    StringBuilder text = new StringBuilder(lines(main));
    if (parts.length > 1) {
      JsonObject sub = main.has("subClass") ? main.getAsJsonObject("subClass").getAsJsonObject(parts[1]) : null;
      if (sub == null) {
        return Optional.empty();
      }
      text.append(' ').append(lines(sub));
    }
    return Optional.of(text.toString());
  }

  private static String lines(JsonObject entry) {
    List<String> lines = new java.util.ArrayList<>();
    entry.getAsJsonArray("message").forEach(line -> lines.add(line.getAsString()));
    return String.join("\n", lines);
  }

  private static List<JsonObject> templates() {
    List<JsonObject> loaded = tables;
    if (loaded == null) {
      synchronized (ErrorConditions.class) {
        loaded = tables;
        if (loaded == null) {
          tables = loaded = List.of(json(RESOURCE), json(RESOURCE_3_5));
        }
      }
    }
    return loaded;
  }

  /** How many conditions Spark's table has (subconditions not counted). */
  public static int count() {
    return table().size();
  }

  private static String main(String condition) {
    int dot = condition.indexOf('.');
    return (dot < 0 ? condition : condition.substring(0, dot)).toUpperCase(Locale.ROOT);
  }

  private static Map<String, String> table() {
    Map<String, String> table = sqlStates;
    if (table == null) {
      synchronized (ErrorConditions.class) {
        table = sqlStates;
        if (table == null) {
          sqlStates = table = load();
        }
      }
    }
    return table;
  }

  private static Map<String, String> load() {
    Map<String, String> states = new HashMap<>();
    for (Map.Entry<String, JsonElement> entry : json(RESOURCE).entrySet()) {
      JsonElement state = entry.getValue().getAsJsonObject().get("sqlState");
      states.put(entry.getKey(), state == null ? null : state.getAsString());
    }
    return Collections.unmodifiableMap(states);
  }

  private static JsonObject json(String resource) {
    try (InputStream in = ErrorConditions.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("Spark's error conditions (" + resource + " beside "
            + ErrorConditions.class.getName() + ") are missing from the class path: the protocol jar is incomplete");
      }
      try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        return JsonParser.parseReader(reader).getAsJsonObject();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read Spark's error conditions", e);
    }
  }
}
