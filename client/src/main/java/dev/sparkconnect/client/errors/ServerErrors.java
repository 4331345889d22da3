package dev.sparkconnect.client.errors;

import com.google.protobuf.Any;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.rpc.ErrorInfo;
import dev.sparkconnect.client.internal.Json;
import dev.sparkconnect.proto.FetchErrorDetailsResponse;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.protobuf.StatusProto;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Turns a failed gRPC call into the exception a user should see.
 *
 * <p>When the server reported a Spark error, its {@code google.rpc.ErrorInfo} names the exception
 * classes, the error condition, the SQL state and the message parameters, and an error id with
 * which {@code FetchErrorDetails} returns the whole cause chain, query contexts and server stack
 * trace; the result is the matching {@link SparkException} subclass. A server that restarted
 * becomes {@link SparkServerRestartedException}; anything else a {@link SparkConnectionException}
 * that says what was being attempted.
 */
public final class ServerErrors {

  private static final String SPARK_DOMAIN = "org.apache.spark";

  /** Server exception class → our exception, consulted most specific server class first. */
  private static final Map<String, Function<ServerError, SparkException>> BY_SERVER_CLASS = new LinkedHashMap<>();

  static {
    BY_SERVER_CLASS.put("org.apache.spark.sql.catalyst.parser.ParseException", ParseException::new);
    BY_SERVER_CLASS.put("org.apache.spark.sql.AnalysisException", AnalysisException::new);
    BY_SERVER_CLASS.put("org.apache.spark.SparkArithmeticException", SparkArithmeticException::new);
    BY_SERVER_CLASS.put("org.apache.spark.SparkDateTimeException", SparkDateTimeException::new);
    BY_SERVER_CLASS.put("org.apache.spark.SparkNumberFormatException", SparkNumberFormatException::new);
    BY_SERVER_CLASS.put("org.apache.spark.SparkIllegalArgumentException", SparkIllegalArgumentException::new);
    BY_SERVER_CLASS.put("org.apache.spark.SparkUnsupportedOperationException", SparkUnsupportedOperationException::new);
    BY_SERVER_CLASS.put("org.apache.spark.SparkArrayIndexOutOfBoundsException", SparkArrayIndexOutOfBoundsException::new);
    BY_SERVER_CLASS.put("org.apache.spark.SparkNoSuchElementException", SparkNoSuchElementException::new);
    BY_SERVER_CLASS.put("org.apache.spark.SparkUpgradeException", SparkUpgradeException::new);
    BY_SERVER_CLASS.put("org.apache.spark.SparkSecurityException", SparkSecurityException::new);
    BY_SERVER_CLASS.put("org.apache.spark.sql.streaming.StreamingQueryException", StreamingQueryException::new);
    BY_SERVER_CLASS.put("org.apache.spark.SparkRuntimeException", SparkRuntimeException::new);
  }

  private ServerErrors() {}

  /**
   * The exception for {@code failure}, without asking the server for more details.
   *
   * @param attempt what the client was doing, for example "executing a plan on sc://host:15002"
   */
  public static RuntimeException toException(StatusRuntimeException failure, String attempt) {
    return toException(failure, attempt, null);
  }

  /**
   * The exception for {@code failure}.
   *
   * @param attempt what the client was doing, for example "executing a plan on sc://host:15002"
   * @param details fetches the details of an error id from the server (FetchErrorDetails); null to
   *     use only what the failure itself carries. A fetch that fails is ignored.
   */
  public static RuntimeException toException(StatusRuntimeException failure, String attempt,
      Function<String, FetchErrorDetailsResponse> details) {
    Status status = failure.getStatus();
    String description = status.getDescription() == null ? "" : status.getDescription();
    if (description.contains("INVALID_HANDLE.SESSION_CHANGED")) {
      return new SparkServerRestartedException("The server restarted, so this session is gone from it (with its"
          + " temporary views and settings); build a new SparkSession. Server said: " + description, failure);
    }
    ErrorInfo info = errorInfo(failure);
    if (info == null) {
      return new SparkConnectionException("Failed " + attempt + " (gRPC " + status.getCode()
          + (description.isEmpty() ? "" : ": " + description) + ")", failure);
    }
    Map<String, String> metadata = info.getMetadataMap();
    String errorId = emptyToNull(metadata.get("errorId"));
    if (errorId != null && details != null) {
      SparkException detailed = fromDetails(errorId, details, failure);
      if (detailed != null) {
        return detailed;
      }
    }
    List<String> classes = metadata.containsKey("classes") ? safeList(metadata.get("classes")) : List.of(info.getReason());
    Map<String, String> parameters = metadata.containsKey("messageParameters")
        ? safeMap(metadata.get("messageParameters")) : Map.of();
    return forClasses(new ServerError(
        description.isEmpty() ? info.getReason() : description,
        emptyToNull(metadata.get("errorClass")),
        emptyToNull(metadata.get("sqlState")),
        parameters,
        classes,
        errorId,
        List.of(),
        List.of(),
        failure));
  }

  /** The most specific exception of ours that matches the server's class hierarchy. */
  static SparkException forClasses(ServerError error) {
    for (String serverClass : error.serverClasses()) {
      Function<ServerError, SparkException> make = BY_SERVER_CLASS.get(serverClass);
      if (make != null) {
        return make.apply(error);
      }
    }
    return new SparkException(error);
  }

  private static SparkException fromDetails(String errorId, Function<String, FetchErrorDetailsResponse> details,
      StatusRuntimeException failure) {
    FetchErrorDetailsResponse response;
    try {
      response = details.apply(errorId);
    } catch (RuntimeException e) {
      return null;
    }
    if (response == null || !response.hasRootErrorIdx() || response.getErrorsCount() == 0) {
      return null;
    }
    return fromDetail(response, response.getRootErrorIdx(), failure, 0);
  }

  private static SparkException fromDetail(FetchErrorDetailsResponse response, int index,
      StatusRuntimeException failure, int depth) {
    FetchErrorDetailsResponse.Error error = response.getErrors(index);
    Throwable cause = failure;
    if (error.hasCauseIdx() && error.getCauseIdx() != index && depth < response.getErrorsCount()) {
      cause = fromDetail(response, error.getCauseIdx(), failure, depth + 1);
    }
    String condition = null;
    String sqlState = null;
    Map<String, String> parameters = Map.of();
    List<QueryContext> contexts = new ArrayList<>();
    if (error.hasSparkThrowable()) {
      FetchErrorDetailsResponse.SparkThrowable spark = error.getSparkThrowable();
      condition = spark.hasErrorClass() ? emptyToNull(spark.getErrorClass()) : null;
      sqlState = spark.hasSqlState() ? emptyToNull(spark.getSqlState()) : null;
      parameters = spark.getMessageParametersMap();
      for (FetchErrorDetailsResponse.QueryContext context : spark.getQueryContextsList()) {
        contexts.add(new QueryContext(context.getContextType().name(), context.getObjectType(), context.getObjectName(),
            context.getStartIndex(), context.getStopIndex(), context.getFragment(), context.getCallSite(),
            context.getSummary()));
      }
    }
    List<StackTraceElement> stack = new ArrayList<>();
    for (FetchErrorDetailsResponse.StackTraceElement frame : error.getStackTraceList()) {
      stack.add(new StackTraceElement(frame.getDeclaringClass(), frame.getMethodName(),
          frame.hasFileName() ? frame.getFileName() : null, frame.getLineNumber()));
    }
    return forClasses(new ServerError(error.getMessage(), condition, sqlState, parameters,
        error.getErrorTypeHierarchyList(), null, contexts, stack, cause));
  }

  private static ErrorInfo errorInfo(StatusRuntimeException failure) {
    ErrorInfo info = detail(failure, ErrorInfo.class);
    return info != null && (SPARK_DOMAIN.equals(info.getDomain()) || !info.getReason().isEmpty()) ? info : null;
  }

  /**
   * The first detail of type {@code type} in the failure's {@code google.rpc.Status}, or null if it
   * has none (or none that parses).
   */
  public static <T extends com.google.protobuf.Message> T detail(StatusRuntimeException failure, Class<T> type) {
    com.google.rpc.Status status = StatusProto.fromThrowable(failure);
    if (status == null) {
      return null;
    }
    for (Any detail : status.getDetailsList()) {
      if (detail.is(type)) {
        try {
          return detail.unpack(type);
        } catch (InvalidProtocolBufferException e) {
          return null;
        }
      }
    }
    return null;
  }

  private static List<String> safeList(String json) {
    try {
      return Json.stringList(json);
    } catch (IllegalArgumentException e) {
      return List.of();
    }
  }

  private static Map<String, String> safeMap(String json) {
    try {
      return Json.stringMap(json);
    } catch (IllegalArgumentException e) {
      return Map.of();
    }
  }

  private static String emptyToNull(String value) {
    return value == null || value.isEmpty() ? null : value;
  }
}
