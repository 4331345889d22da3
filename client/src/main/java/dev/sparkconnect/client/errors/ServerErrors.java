package dev.sparkconnect.client.errors;

import com.google.protobuf.Any;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.rpc.ErrorInfo;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.protobuf.StatusProto;
import java.util.List;
import java.util.Map;

/**
 * Turns a failed gRPC call into the exception a user should see: a {@link SparkException} subclass
 * when the server reported a Spark error (its {@code google.rpc.ErrorInfo} names the exception
 * classes, the error condition, the SQL state and the message parameters), otherwise a
 * {@link SparkConnectionException} that says what was being attempted.
 */
public final class ServerErrors {

  private static final String SPARK_DOMAIN = "org.apache.spark";

  private ServerErrors() {}

  /**
   * The exception for {@code failure}.
   *
   * @param attempt what the client was doing, for example "executing a query on sc://host:15002"
   */
  public static RuntimeException toException(StatusRuntimeException failure, String attempt) {
    ErrorInfo info = errorInfo(failure);
    if (info == null) {
      Status status = failure.getStatus();
      String description = status.getDescription() == null ? "" : ": " + status.getDescription();
      return new SparkConnectionException("Failed " + attempt + " (gRPC " + status.getCode() + description + ")", failure);
    }
    Map<String, String> metadata = info.getMetadataMap();
    List<String> classes = metadata.containsKey("classes") ? safeList(metadata.get("classes")) : List.of(info.getReason());
    Map<String, String> parameters = metadata.containsKey("messageParameters")
        ? safeMap(metadata.get("messageParameters")) : Map.of();
    String message = failure.getStatus().getDescription();
    ServerError error = new ServerError(
        message == null ? info.getReason() : message,
        emptyToNull(metadata.get("errorClass")),
        emptyToNull(metadata.get("sqlState")),
        parameters,
        classes,
        emptyToNull(metadata.get("errorId")),
        failure);
    return forClasses(error);
  }

  /** The most specific exception of ours that matches the server's class hierarchy. */
  static SparkException forClasses(ServerError error) {
    List<String> classes = error.serverClasses();
    if (classes.stream().anyMatch(c -> c.endsWith(".ParseException"))) {
      return new ParseException(error);
    }
    if (classes.stream().anyMatch(c -> c.equals("org.apache.spark.sql.AnalysisException"))) {
      return new AnalysisException(error);
    }
    return new SparkException(error);
  }

  private static ErrorInfo errorInfo(StatusRuntimeException failure) {
    com.google.rpc.Status status = StatusProto.fromThrowable(failure);
    if (status == null) {
      return null;
    }
    for (Any detail : status.getDetailsList()) {
      if (detail.is(ErrorInfo.class)) {
        try {
          ErrorInfo info = detail.unpack(ErrorInfo.class);
          if (SPARK_DOMAIN.equals(info.getDomain()) || !info.getReason().isEmpty()) {
            return info;
          }
        } catch (InvalidProtocolBufferException e) {
          return null;
        }
      }
    }
    return null;
  }

  private static List<String> safeList(String json) {
    try {
      return MiniJson.stringList(json);
    } catch (IllegalArgumentException e) {
      return List.of();
    }
  }

  private static Map<String, String> safeMap(String json) {
    try {
      return MiniJson.stringMap(json);
    } catch (IllegalArgumentException e) {
      return Map.of();
    }
  }

  private static String emptyToNull(String value) {
    return value == null || value.isEmpty() ? null : value;
  }
}
