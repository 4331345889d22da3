package dev.sparkconnect.mock;

import com.google.protobuf.Any;
import com.google.rpc.Code;
import com.google.rpc.ErrorInfo;
import com.google.rpc.Status;
import dev.sparkconnect.protocol.errors.ErrorConditions;
import dev.sparkconnect.protocol.errors.SparkErrorInfo;
import io.grpc.StatusRuntimeException;
import io.grpc.protobuf.StatusProto;
import java.util.List;
import java.util.Map;

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
    // Values a client sent (a session id, a config key) are echoed into the error, which travels in
    // the trailers: cut, as Spark cuts them, so that no request can overflow the client's header limit.
    Map<String, String> cutParameters = new java.util.LinkedHashMap<>();
    parameters.forEach((key, value) -> cutParameters.put(key, abbreviate(value, MAX_PARAMETER)));
    ErrorInfo info = new SparkErrorInfo(List.of(exceptionClass), errorClass, sqlState, cutParameters, null).toErrorInfo();
    return Status.newBuilder()
        .setCode(Code.INTERNAL_VALUE)
        .setMessage(abbreviate("[" + errorClass + "] " + message, MAX_STATUS_MESSAGE))
        .addDetails(Any.pack(info))
        .build();
  }

  /** Longest message put in a status: clients cap response headers (Apache's at 8 KiB in all). */
  static final int MAX_STATUS_MESSAGE = 2048;

  /** The longest message parameter sent; longer ones are cut. */
  static final int MAX_PARAMETER = 512;

  /** {@code text} cut to {@code max} characters, ending in "..." where it was cut. */
  static String abbreviate(String text, int max) {
    return text == null || text.length() <= max ? text : text.substring(0, max - 3) + "...";
  }

  /**
   * A Spark error whose full message may be long: the status carries it cut to
   * {@link #MAX_STATUS_MESSAGE} characters and an {@code errorId}; the whole message is in the
   * details that {@code FetchErrorDetails} returns for that id, as Spark does for big errors.
   */
  static dev.sparkconnect.fixtures.RecordedError withDetails(String exceptionClass, String errorClass,
      String sqlState, String message) {
    String cut = message.length() <= MAX_STATUS_MESSAGE ? message
        : message.substring(0, MAX_STATUS_MESSAGE) + "... (the whole message is in the error's details)";
    Status status = status(exceptionClass, errorClass, sqlState, cut, Map.of());
    ErrorInfo info;
    try {
      info = status.getDetails(0).unpack(ErrorInfo.class);
    } catch (com.google.protobuf.InvalidProtocolBufferException e) {
      throw new IllegalStateException(e);
    }
    status = status.toBuilder().setDetails(0, Any.pack(info.toBuilder()
        .putMetadata(SparkErrorInfo.ERROR_ID, dev.sparkconnect.fixtures.RecordedError.RECORDED_ERROR_ID).build())).build();
    dev.sparkconnect.proto.FetchErrorDetailsResponse details = dev.sparkconnect.proto.FetchErrorDetailsResponse.newBuilder()
        .setRootErrorIdx(0)
        .addErrors(dev.sparkconnect.proto.FetchErrorDetailsResponse.Error.newBuilder()
            .addErrorTypeHierarchy(exceptionClass)
            .addErrorTypeHierarchy("java.lang.Exception")
            .addErrorTypeHierarchy("java.lang.Throwable")
            .setMessage("[" + errorClass + "] " + message)
            .setSparkThrowable(dev.sparkconnect.proto.FetchErrorDetailsResponse.SparkThrowable.newBuilder()
                .setErrorClass(errorClass).setSqlState(sqlState)))
        .build();
    return new dev.sparkconnect.fixtures.RecordedError(status, java.util.Optional.of(details));
  }

  /**
   * A plain Java exception as Spark sends one that has no error condition: {@code INTERNAL}, the
   * bare message, and an ErrorInfo naming the class and its superclasses.
   */
  static StatusRuntimeException javaException(List<String> classes, String message) {
    ErrorInfo info = new SparkErrorInfo(classes, null, null, Map.of(), null).toErrorInfo();
    return StatusProto.toStatusRuntimeException(Status.newBuilder().setCode(Code.INTERNAL_VALUE)
        .setMessage(abbreviate(message, MAX_STATUS_MESSAGE)).addDetails(Any.pack(info)).build());
  }

  /** A {@code SparkSQLException} with an {@code INVALID_HANDLE.*} or {@code INVALID_CURSOR.*} class. */
  static StatusRuntimeException handle(String errorClass, String message) {
    return StatusProto.toStatusRuntimeException(
        status(ErrorConditions.SQL_EXCEPTION, errorClass, "HY000", message, Map.of()));
  }

  static StatusRuntimeException exception(Status status) {
    return StatusProto.toStatusRuntimeException(status);
  }
}
