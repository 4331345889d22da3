package dev.sparkconnect.mock;

import com.google.protobuf.Any;
import com.google.rpc.Code;
import com.google.rpc.ErrorInfo;
import com.google.rpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.protobuf.StatusProto;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Errors the way a Spark Connect server sends them: gRPC {@code INTERNAL}, a message that starts
 * with {@code [ERROR_CLASS]}, and a {@code google.rpc.ErrorInfo} whose reason is the exception
 * class and whose metadata carries the error class, SQL state, class hierarchy and parameters.
 */
public final class SparkErrors {

  private SparkErrors() {}

  /** A Spark error status, for example {@code ("INVALID_HANDLE.FORMAT", "HY000", "...")}. */
  public static Status status(String exceptionClass, String errorClass, String sqlState, String message,
      Map<String, String> parameters) {
    ErrorInfo.Builder info = ErrorInfo.newBuilder()
        .setReason(exceptionClass)
        .setDomain("org.apache.spark")
        .putMetadata("classes", "[\"" + exceptionClass + "\"]")
        .putMetadata("errorClass", errorClass);
    if (sqlState != null) {
      info.putMetadata("sqlState", sqlState);
    }
    if (!parameters.isEmpty()) {
      info.putMetadata("messageParameters", parameters.entrySet().stream()
          .map(entry -> quote(entry.getKey()) + ":" + quote(entry.getValue()))
          .collect(Collectors.joining(",", "{", "}")));
    }
    return Status.newBuilder()
        .setCode(Code.INTERNAL_VALUE)
        .setMessage("[" + errorClass + "] " + message)
        .addDetails(Any.pack(info.build()))
        .build();
  }

  /** A {@code SparkSQLException} with an {@code INVALID_HANDLE.*} or {@code INVALID_CURSOR.*} class. */
  static StatusRuntimeException handle(String errorClass, String message) {
    return StatusProto.toStatusRuntimeException(
        status("org.apache.spark.SparkSQLException", errorClass, "HY000", message, Map.of()));
  }

  static StatusRuntimeException exception(Status status) {
    return StatusProto.toStatusRuntimeException(status);
  }

  private static String quote(String text) {
    StringBuilder quoted = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      switch (c) {
        case '"' -> quoted.append("\\\"");
        case '\\' -> quoted.append("\\\\");
        case '\n' -> quoted.append("\\n");
        default -> quoted.append(c);
      }
    }
    return quoted.append('"').toString();
  }
}
