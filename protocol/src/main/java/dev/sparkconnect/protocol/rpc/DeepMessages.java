package dev.sparkconnect.protocol.rpc;

import com.google.protobuf.Message;
import io.grpc.CallOptions;
import io.grpc.Channel;
import io.grpc.ClientCall;
import io.grpc.ClientInterceptor;
import io.grpc.MethodDescriptor;
import io.grpc.ServerMethodDefinition;
import io.grpc.ServerServiceDefinition;
import io.grpc.protobuf.ProtoUtils;

/**
 * Protobuf's default limit of 100 nested messages, raised to Spark's 1024
 * ({@code spark.connect.grpc.marshallerRecursionLimit}) on both sides: without it, a schema of about
 * 32 nested structs (each level is three messages deep) or a deeply nested plan cannot be read.
 * Clients add {@link #clientInterceptor()} to their channel; servers serve
 * {@link #serverDefinition(ServerServiceDefinition)}.
 */
public final class DeepMessages {

  /** Spark's own limit on nested messages. */
  public static final int RECURSION_LIMIT = 1024;

  private DeepMessages() {}

  /** Reads every response with Spark's recursion limit. */
  public static ClientInterceptor clientInterceptor() {
    return new ClientInterceptor() {
      @Override
      public <Q, A> ClientCall<Q, A> interceptCall(MethodDescriptor<Q, A> method, CallOptions options, Channel next) {
        return next.newCall(method.toBuilder(method.getRequestMarshaller(), deep(method.getResponseMarshaller()))
            .build(), options);
      }
    };
  }

  /** {@code service} reading every request with Spark's recursion limit. */
  public static ServerServiceDefinition serverDefinition(ServerServiceDefinition service) {
    ServerServiceDefinition.Builder deep = ServerServiceDefinition.builder(service.getServiceDescriptor().getName());
    for (ServerMethodDefinition<?, ?> method : service.getMethods()) {
      deep.addMethod(deepRequests(method));
    }
    return deep.build();
  }

  private static <Q, A> ServerMethodDefinition<Q, A> deepRequests(ServerMethodDefinition<Q, A> method) {
    MethodDescriptor<Q, A> descriptor = method.getMethodDescriptor();
    return ServerMethodDefinition.create(descriptor.toBuilder(deep(descriptor.getRequestMarshaller()),
        descriptor.getResponseMarshaller()).build(), method.getServerCallHandler());
  }

  @SuppressWarnings("unchecked")
  private static <T> MethodDescriptor.Marshaller<T> deep(MethodDescriptor.Marshaller<T> marshaller) {
    if (marshaller instanceof MethodDescriptor.PrototypeMarshaller<T> prototype
        && prototype.getMessagePrototype() instanceof Message message) {
      return (MethodDescriptor.Marshaller<T>) ProtoUtils.marshallerWithRecursionLimit(message, RECURSION_LIMIT);
    }
    return marshaller;
  }
}
