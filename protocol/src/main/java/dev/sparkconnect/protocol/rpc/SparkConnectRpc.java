package dev.sparkconnect.protocol.rpc;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The RPCs of Spark Connect's {@code SparkConnectService}, by the method names the wire uses. The
 * mock server journals and faults, the recording proxy forwards, and fixtures record under these
 * names; a test in this module holds the list to the generated service descriptor.
 */
public enum SparkConnectRpc {
  /** Runs a plan and streams its results. */
  EXECUTE_PLAN("ExecutePlan", true),
  /** Asks about a plan (schema, explain, version, ...). */
  ANALYZE_PLAN("AnalyzePlan", false),
  /** Reads or sets session configuration. */
  CONFIG("Config", false),
  /** Uploads artifacts (jars, classes, files), in chunks. */
  ADD_ARTIFACTS("AddArtifacts", false),
  /** Asks which artifacts the server already has. */
  ARTIFACT_STATUS("ArtifactStatus", false),
  /** Interrupts running operations. */
  INTERRUPT("Interrupt", false),
  /** Resumes the response stream of a running operation. */
  REATTACH_EXECUTE("ReattachExecute", true),
  /** Lets the server drop responses already consumed. */
  RELEASE_EXECUTE("ReleaseExecute", false),
  /** Ends a session on the server. */
  RELEASE_SESSION("ReleaseSession", false),
  /** Fetches the whole of an error by its id. */
  FETCH_ERROR_DETAILS("FetchErrorDetails", false),
  /** Copies a session into a new one (Spark 4.1+). */
  CLONE_SESSION("CloneSession", false),
  /** Reports the status of operations (Spark 4.2+). */
  GET_STATUS("GetStatus", false);

  private final String methodName;
  private final boolean streaming;

  SparkConnectRpc(String methodName, boolean streaming) {
    this.methodName = methodName;
    this.streaming = streaming;
  }

  /** The gRPC method name, such as {@code ExecutePlan}. */
  public String methodName() {
    return methodName;
  }

  /** Whether the server answers with a stream of responses. */
  public boolean streamsResponses() {
    return streaming;
  }

  /** The RPC named {@code name} (method name, or constant name in any case); an unknown name fails listing the valid ones. */
  public static SparkConnectRpc of(String name) {
    for (SparkConnectRpc rpc : values()) {
      if (rpc.methodName.equals(name) || rpc.name().equals(String.valueOf(name).toUpperCase(Locale.ROOT))) {
        return rpc;
      }
    }
    throw new IllegalArgumentException("'" + name + "' is not a Spark Connect RPC; the RPCs are " + methodNames());
  }

  /** Every method name, in the service's order. */
  public static List<String> methodNames() {
    return Arrays.stream(values()).map(SparkConnectRpc::methodName).collect(Collectors.toUnmodifiableList());
  }

  @Override
  public String toString() {
    return methodName;
  }
}
