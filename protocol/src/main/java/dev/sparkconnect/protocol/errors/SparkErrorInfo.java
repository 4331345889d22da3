package dev.sparkconnect.protocol.errors;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.rpc.ErrorInfo;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a Spark Connect server says about a failure in the {@code google.rpc.ErrorInfo} of the gRPC
 * status: the server's exception classes (most specific first), the error condition, the SQLSTATE,
 * the message parameters and the id under which {@code FetchErrorDetails} returns the rest. The
 * client reads it with {@link #of(ErrorInfo)}, the mock server writes it with
 * {@link #toErrorInfo()}, so both agree on the keys and their JSON.
 *
 * @param classes the server's exception class and its superclasses, most specific first
 * @param condition the error condition ({@code errorClass} on the wire), or null
 * @param sqlState the SQLSTATE, or null
 * @param messageParameters the parameters of the condition's message
 * @param errorId the id to ask {@code FetchErrorDetails} with, or null
 */
public record SparkErrorInfo(List<String> classes, String condition, String sqlState,
    Map<String, String> messageParameters, String errorId) {

  /** The {@code ErrorInfo.domain} of Spark's errors. */
  public static final String DOMAIN = "org.apache.spark";
  /** Metadata key: the exception classes as a JSON array. */
  public static final String CLASSES = "classes";
  /** Metadata key: the error condition. */
  public static final String ERROR_CLASS = "errorClass";
  /** Metadata key: the SQLSTATE. */
  public static final String SQL_STATE = "sqlState";
  /** Metadata key: the message parameters as a JSON object. */
  public static final String MESSAGE_PARAMETERS = "messageParameters";
  /** Metadata key: the id for {@code FetchErrorDetails}. */
  public static final String ERROR_ID = "errorId";

  private static final Gson GSON = new GsonBuilder().disableHtmlEscaping().create();

  /** Copies the lists and maps; null lists and maps become empty ones. */
  public SparkErrorInfo {
    classes = classes == null ? List.of() : List.copyOf(classes);
    messageParameters = messageParameters == null ? Map.of()
        : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(messageParameters));
    condition = emptyToNull(condition);
    sqlState = emptyToNull(sqlState);
    errorId = emptyToNull(errorId);
  }

  /**
   * Reads an {@code ErrorInfo}. Metadata that is not the JSON Spark writes is ignored rather than
   * hiding the error itself; without a class list the reason is the only class.
   */
  public static SparkErrorInfo of(ErrorInfo info) {
    Map<String, String> metadata = info.getMetadataMap();
    List<String> classes = metadata.containsKey(CLASSES) ? stringList(metadata.get(CLASSES)) : List.of();
    if (classes.isEmpty() && !info.getReason().isEmpty()) {
      classes = List.of(info.getReason());
    }
    Map<String, String> parameters = metadata.containsKey(MESSAGE_PARAMETERS)
        ? stringMap(metadata.get(MESSAGE_PARAMETERS)) : Map.of();
    return new SparkErrorInfo(classes, metadata.get(ERROR_CLASS), metadata.get(SQL_STATE), parameters,
        metadata.get(ERROR_ID));
  }

  /** The {@code ErrorInfo} a Spark server would send for this error. */
  public ErrorInfo toErrorInfo() {
    ErrorInfo.Builder info = ErrorInfo.newBuilder().setDomain(DOMAIN)
        .setReason(classes.isEmpty() ? "" : classes.get(0))
        .putMetadata(CLASSES, GSON.toJson(classes));
    if (condition != null) {
      info.putMetadata(ERROR_CLASS, condition);
    }
    if (sqlState != null) {
      info.putMetadata(SQL_STATE, sqlState);
    }
    if (!messageParameters.isEmpty()) {
      info.putMetadata(MESSAGE_PARAMETERS, GSON.toJson(messageParameters));
    }
    if (errorId != null) {
      info.putMetadata(ERROR_ID, errorId);
    }
    return info.build();
  }

  /** This error with another error id. */
  public SparkErrorInfo withErrorId(String id) {
    return new SparkErrorInfo(classes, condition, sqlState, messageParameters, id);
  }

  /** A JSON array as strings (other values as their JSON text); empty if the text is not a JSON array. */
  static List<String> stringList(String json) {
    List<String> strings = new ArrayList<>();
    try {
      JsonElement value = JsonParser.parseString(Objects.requireNonNullElse(json, ""));
      if (value.isJsonArray()) {
        for (JsonElement item : value.getAsJsonArray()) {
          strings.add(text(item));
        }
      }
    } catch (JsonParseException e) {
      return List.of();
    }
    return strings;
  }

  /** A JSON object as strings (nested values as their JSON text); empty if the text is not a JSON object. */
  static Map<String, String> stringMap(String json) {
    Map<String, String> strings = new LinkedHashMap<>();
    try {
      JsonElement value = JsonParser.parseString(Objects.requireNonNullElse(json, ""));
      if (value.isJsonObject()) {
        value.getAsJsonObject().entrySet().forEach(entry -> strings.put(entry.getKey(), text(entry.getValue())));
      }
    } catch (JsonParseException e) {
      return Map.of();
    }
    return strings;
  }

  private static String text(JsonElement value) {
    if (value.isJsonNull()) {
      return "null";
    }
    return value.isJsonPrimitive() ? value.getAsString() : value.toString();
  }

  private static String emptyToNull(String value) {
    return value == null || value.isEmpty() ? null : value;
  }
}
