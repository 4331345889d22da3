package dev.sparkconnect.client.internal.errors;

import com.google.protobuf.Any;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.rpc.ErrorInfo;
import dev.sparkconnect.client.errors.AnalysisException;
import dev.sparkconnect.client.errors.ParseException;
import dev.sparkconnect.client.errors.QueryContext;
import dev.sparkconnect.client.errors.ServerError;
import dev.sparkconnect.client.errors.SparkArithmeticException;
import dev.sparkconnect.client.errors.SparkArrayIndexOutOfBoundsException;
import dev.sparkconnect.client.errors.SparkConnectionException;
import dev.sparkconnect.client.errors.SparkDateTimeException;
import dev.sparkconnect.client.errors.SparkException;
import dev.sparkconnect.client.errors.SparkIllegalArgumentException;
import dev.sparkconnect.client.errors.SparkNoSuchElementException;
import dev.sparkconnect.client.errors.SparkNumberFormatException;
import dev.sparkconnect.client.errors.SparkRuntimeException;
import dev.sparkconnect.client.errors.SparkSecurityException;
import dev.sparkconnect.client.errors.SparkServerRestartedException;
import dev.sparkconnect.client.errors.SparkSessionClosedException;
import dev.sparkconnect.client.errors.SparkUnsupportedOperationException;
import dev.sparkconnect.client.errors.SparkUpgradeException;
import dev.sparkconnect.client.errors.StreamingQueryException;
import dev.sparkconnect.proto.FetchErrorDetailsResponse;
import dev.sparkconnect.protocol.errors.ErrorConditions;
import dev.sparkconnect.protocol.errors.SparkErrorInfo;
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

  /** Server exception class → our exception, consulted most specific server class first. */
  private static final Map<String, Function<ServerError, SparkException>> BY_SERVER_CLASS = new LinkedHashMap<>();

  static {
    BY_SERVER_CLASS.put(ErrorConditions.PARSE_EXCEPTION, ParseException::new);
    BY_SERVER_CLASS.put(ErrorConditions.ANALYSIS_EXCEPTION, AnalysisException::new);
    BY_SERVER_CLASS.put(ErrorConditions.ARITHMETIC_EXCEPTION, SparkArithmeticException::new);
    BY_SERVER_CLASS.put(ErrorConditions.DATE_TIME_EXCEPTION, SparkDateTimeException::new);
    BY_SERVER_CLASS.put(ErrorConditions.NUMBER_FORMAT_EXCEPTION, SparkNumberFormatException::new);
    BY_SERVER_CLASS.put(ErrorConditions.ILLEGAL_ARGUMENT_EXCEPTION, SparkIllegalArgumentException::new);
    BY_SERVER_CLASS.put(ErrorConditions.UNSUPPORTED_OPERATION_EXCEPTION, SparkUnsupportedOperationException::new);
    BY_SERVER_CLASS.put(ErrorConditions.ARRAY_INDEX_EXCEPTION, SparkArrayIndexOutOfBoundsException::new);
    BY_SERVER_CLASS.put(ErrorConditions.NO_SUCH_ELEMENT_EXCEPTION, SparkNoSuchElementException::new);
    BY_SERVER_CLASS.put(ErrorConditions.UPGRADE_EXCEPTION, SparkUpgradeException::new);
    BY_SERVER_CLASS.put(ErrorConditions.SECURITY_EXCEPTION, SparkSecurityException::new);
    BY_SERVER_CLASS.put(ErrorConditions.STREAMING_QUERY_EXCEPTION, StreamingQueryException::new);
    BY_SERVER_CLASS.put(ErrorConditions.RUNTIME_EXCEPTION, SparkRuntimeException::new);
  }

  /** An exception class and condition inside a wrapping message, as Spark 3.5 reports a failed task. */
  private static final java.util.regex.Pattern WRAPPED_FAILURE = java.util.regex.Pattern.compile(
      "(org\\.apache\\.spark\\.[\\w.]*(?:Exception|Error)): \\[([A-Z][A-Z0-9_]*(?:\\.[A-Z][A-Z0-9_]*)*)\\]");

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
    if (description.contains("INVALID_HANDLE.SESSION_NOT_FOUND")) {
      // What a query in flight meets when the server restarted under it (or the session expired).
      return new SparkServerRestartedException("The server no longer knows this session: it restarted, or the"
          + " session expired or was closed, and its temporary views and settings are gone with it; build a new"
          + " SparkSession. Server said: " + description, failure);
    }
    if (description.contains("INVALID_HANDLE.SESSION_CLOSED")) {
      return new SparkSessionClosedException("The server closed this session (it evicts sessions idle past"
          + " spark.connect.session.manager.defaultSessionTimeout, 60 minutes by default, and ends released ones),"
          + " so its temporary views and settings are gone; build a new SparkSession. Server said: " + description,
          failure);
    }
    ErrorInfo info = errorInfo(failure);
    if (info == null) {
      return new SparkConnectionException("Failed " + attempt + " (gRPC " + status.getCode()
          + (description.isEmpty() ? "" : ": " + description) + ")", failure);
    }
    SparkErrorInfo spark = SparkErrorInfo.of(info);
    if (spark.errorId() != null && details != null) {
      SparkException detailed = fromDetails(spark.errorId(), details, failure);
      if (detailed != null) {
        return detailed;
      }
    }
    // A Spark 3.5 server sends neither condition nor SQLSTATE nor parameters: its message starts
    // with the condition, and Spark's table gives the rest.
    String condition = spark.condition() != null ? spark.condition() : ErrorConditions.inMessage(description).orElse(null);
    List<String> classes = spark.classes();
    if (condition == null) {
      // Spark 3.5 wraps a task's failure: "Job aborted due to stage failure: ... org.apache.spark.X: [CONDITION] ...".
      java.util.regex.Matcher wrapped = WRAPPED_FAILURE.matcher(description);
      if (wrapped.find() && ErrorConditions.isKnown(wrapped.group(2))) {
        condition = wrapped.group(2);
        classes = new java.util.ArrayList<>(classes);
        classes.add(0, wrapped.group(1));
        description = description.substring(wrapped.start(2) - 1);
      }
    }
    Map<String, String> parameters = !spark.messageParameters().isEmpty() || spark.condition() != null
        ? spark.messageParameters() : ErrorConditions.parametersIn(condition, description);
    return forClasses(new ServerError(
        description.isEmpty() ? info.getReason() : description,
        condition,
        sqlStateOf(spark.sqlState(), condition),
        parameters,
        classes,
        spark.errorId(),
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
    if (response == null || !response.hasRootErrorIdx() || response.getErrorsCount() == 0
        || response.getRootErrorIdx() < 0 || response.getRootErrorIdx() >= response.getErrorsCount()) {
      // Details that do not hold together must not hide the error the status itself reports.
      return null;
    }
    return fromDetail(response, response.getRootErrorIdx(), failure, 0);
  }

  private static SparkException fromDetail(FetchErrorDetailsResponse response, int index,
      StatusRuntimeException failure, int depth) {
    FetchErrorDetailsResponse.Error error = response.getErrors(index);
    Throwable cause = failure;
    if (error.hasCauseIdx() && error.getCauseIdx() != index && error.getCauseIdx() >= 0
        && error.getCauseIdx() < response.getErrorsCount() && depth < response.getErrorsCount()) {
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
    return forClasses(new ServerError(error.getMessage(), condition, sqlStateOf(sqlState, condition), parameters,
        error.getErrorTypeHierarchyList(), null, contexts, stack, cause));
  }

  private static ErrorInfo errorInfo(StatusRuntimeException failure) {
    ErrorInfo info = detail(failure, ErrorInfo.class);
    return info != null && (SparkErrorInfo.DOMAIN.equals(info.getDomain()) || !info.getReason().isEmpty()) ? info : null;
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

  /**
   * The SQLSTATE the server sent, or, where it sent none (Spark 3.5 leaves many out), the one Spark's
   * table of error conditions gives the condition.
   */
  private static String sqlStateOf(String sent, String condition) {
    return sent != null ? sent : ErrorConditions.sqlState(condition).orElse(null);
  }

  private static String emptyToNull(String value) {
    return value == null || value.isEmpty() ? null : value;
  }
}
