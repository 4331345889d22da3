package dev.sparkconnect.mock;

import io.grpc.HandlerRegistry;
import io.grpc.Metadata;
import io.grpc.MethodDescriptor;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerMethodDefinition;
import io.grpc.Status;
import java.io.InputStream;

/**
 * Answers any method the server does not implement (a newer protocol, another service) with
 * {@code UNIMPLEMENTED} and a message that says what is missing, instead of gRPC's bare default.
 */
final class UnknownMethods extends HandlerRegistry {

  private static final MethodDescriptor.Marshaller<InputStream> RAW = new MethodDescriptor.Marshaller<>() {
    @Override
    public InputStream stream(InputStream value) {
      return value;
    }

    @Override
    public InputStream parse(InputStream stream) {
      return stream;
    }
  };

  private final String sparkVersion;
  private final RequiredToken token;

  /** Unknown methods of a server of {@code sparkVersion}; callers without {@code token} learn nothing. */
  UnknownMethods(String sparkVersion, RequiredToken token) {
    this.sparkVersion = sparkVersion;
    this.token = token;
  }

  @Override
  public ServerMethodDefinition<?, ?> lookupMethod(String methodName, String authority) {
    MethodDescriptor<InputStream, InputStream> method = MethodDescriptor.<InputStream, InputStream>newBuilder()
        .setType(MethodDescriptor.MethodType.UNKNOWN)
        .setFullMethodName(methodName)
        .setRequestMarshaller(RAW)
        .setResponseMarshaller(RAW)
        .build();
    ServerCallHandler<InputStream, InputStream> unimplemented = (call, headers) -> {
      call.close(Status.UNIMPLEMENTED.withDescription("The Spark Connect mock server does not implement "
          + SparkErrors.abbreviate(methodName, 200) + ": it serves the protocol of Spark " + sparkVersion + " (spark.connect.SparkConnectService)."),
          new Metadata());
      return new ServerCall.Listener<>() {};
    };
    // The token is checked first, as for every known method: the answer names the server's version.
    return ServerMethodDefinition.create(method, (call, headers) -> token.interceptCall(call, headers, unimplemented));
  }

}
