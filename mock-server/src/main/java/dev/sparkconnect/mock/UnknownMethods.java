package dev.sparkconnect.mock;

import io.grpc.HandlerRegistry;
import io.grpc.Metadata;
import io.grpc.MethodDescriptor;
import io.grpc.ServerCall;
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

  UnknownMethods(String sparkVersion) {
    this.sparkVersion = sparkVersion;
  }

  @Override
  public ServerMethodDefinition<?, ?> lookupMethod(String methodName, String authority) {
    MethodDescriptor<InputStream, InputStream> method = MethodDescriptor.<InputStream, InputStream>newBuilder()
        .setType(MethodDescriptor.MethodType.UNKNOWN)
        .setFullMethodName(methodName)
        .setRequestMarshaller(RAW)
        .setResponseMarshaller(RAW)
        .build();
    return ServerMethodDefinition.create(method, (ServerCall<InputStream, InputStream> call, Metadata headers) -> {
      call.close(Status.UNIMPLEMENTED.withDescription("The Spark Connect mock server does not implement " + methodName
          + ": it serves the protocol of Spark " + sparkVersion + " (spark.connect.SparkConnectService)."),
          new Metadata());
      return new ServerCall.Listener<>() {};
    });
  }

}
