package dev.sparkconnect.protocol.rpc;

import com.google.protobuf.Message;
import io.grpc.CallOptions;
import io.grpc.Channel;
import io.grpc.ClientCall;
import io.grpc.ClientInterceptor;
import io.grpc.MethodDescriptor;
import io.grpc.ForwardingServerCall;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
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
        return next.newCall(method.toBuilder(deepWriting(method.getRequestMarshaller()),
            deep(method.getResponseMarshaller())).build(), options);
      }
    };
  }

  /**
   * {@code marshaller}, except that a request too deep to serialise on the caller's stack (a
   * DataFrame transformed thousands of times nests its plan as deep; protobuf's writer recurses once
   * per level) is serialised on a large one, so that it reaches the server and gets the server's
   * answer rather than a {@code StackOverflowError} here.
   */
  private static <Q> MethodDescriptor.Marshaller<Q> deepWriting(MethodDescriptor.Marshaller<Q> marshaller) {
    return new MethodDescriptor.Marshaller<>() {
      @Override
      public java.io.InputStream stream(Q value) {
        if (value instanceof com.google.protobuf.MessageLite message) {
          // Serialised here, on the caller's thread (or a large stack): a lazy stream would be
          // written later on one of gRPC's threads, whose default stack a deep plan overflows. Its
          // size cannot tell a deep message either, as a walk on a large stack may have memoised it.
          return new java.io.ByteArrayInputStream(dev.sparkconnect.protocol.plans.DeepWalk.run(message::toByteArray));
        }
        return marshaller.stream(value);
      }

      @Override
      public Q parse(java.io.InputStream stream) {
        return marshaller.parse(stream);
      }
    };
  }

  /**
   * {@code service} reading every request with Spark's recursion limit, and answering a request
   * that does not parse with {@code INVALID_ARGUMENT}.
   */
  public static ServerServiceDefinition serverDefinition(ServerServiceDefinition service) {
    ServerServiceDefinition.Builder deep = ServerServiceDefinition.builder(service.getServiceDescriptor().getName());
    for (ServerMethodDefinition<?, ?> method : service.getMethods()) {
      deep.addMethod(deepRequests(method));
    }
    return deep.build();
  }

  /**
   * The method reading its requests as bytes and parsing them itself (with Spark's recursion
   * limit), so that a request that is not the message it should be is answered
   * {@code INVALID_ARGUMENT} with the reason, as a client's mistake, rather than with gRPC's
   * {@code UNKNOWN} and a server-side stack trace.
   */
  private static <Q, A> ServerMethodDefinition<byte[], A> deepRequests(ServerMethodDefinition<Q, A> method) {
    MethodDescriptor<Q, A> descriptor = method.getMethodDescriptor();
    MethodDescriptor.Marshaller<Q> parser = deep(descriptor.getRequestMarshaller());
    MethodDescriptor<byte[], A> raw = descriptor.toBuilder(BYTES, descriptor.getResponseMarshaller()).build();
    ServerCallHandler<Q, A> handler = method.getServerCallHandler();
    ServerCallHandler<byte[], A> parsing = (call, headers) -> {
      ServerCall<Q, A> typed = new ForwardingServerCall.SimpleForwardingServerCall<Q, A>(cast(call)) {
        @Override
        public MethodDescriptor<Q, A> getMethodDescriptor() {
          return descriptor;
        }
      };
      ServerCall.Listener<Q> listener = handler.startCall(typed, headers);
      return new ServerCall.Listener<>() {
        private boolean failed;

        @Override
        public void onMessage(byte[] message) {
          if (failed) {
            return;
          }
          Q parsed;
          try {
            parsed = parser.parse(new java.io.ByteArrayInputStream(message));
          } catch (RuntimeException e) {
            failed = true;
            String reason = e instanceof io.grpc.StatusRuntimeException status
                ? status.getStatus().getDescription()
                    + (status.getCause() != null ? " (" + status.getCause().getMessage() + ")" : "")
                : e.getMessage();
            try {
              call.close(io.grpc.Status.INVALID_ARGUMENT.withDescription("The " + descriptor.getBareMethodName()
                  + " request is not a valid message: " + reason), new io.grpc.Metadata());
            } catch (IllegalStateException alreadyClosed) {
              // An interceptor (a missing token, say) ended the call first.
            }
            listener.onCancel();
            return;
          }
          listener.onMessage(parsed);
        }

        @Override
        public void onHalfClose() {
          if (!failed) {
            listener.onHalfClose();
          }
        }

        @Override
        public void onCancel() {
          if (!failed) {
            listener.onCancel();
          }
        }

        @Override
        public void onComplete() {
          listener.onComplete();
        }

        @Override
        public void onReady() {
          listener.onReady();
        }
      };
    };
    return ServerMethodDefinition.create(raw, parsing);
  }

  @SuppressWarnings("unchecked")
  private static <Q, A> ServerCall<Q, A> cast(ServerCall<byte[], A> call) {
    // Only sendMessage (of A) and close are used on it; requests never travel through it.
    return (ServerCall<Q, A>) (ServerCall<?, A>) call;
  }

  /**
   * A marshaller that sends and receives bytes as they are, for tools and tests that speak the
   * protocol without its message classes (a malformed request, say).
   */
  public static MethodDescriptor.Marshaller<byte[]> rawBytes() {
    return BYTES;
  }

  private static final MethodDescriptor.Marshaller<byte[]> BYTES = new MethodDescriptor.Marshaller<>() {
    @Override
    public java.io.InputStream stream(byte[] value) {
      return new java.io.ByteArrayInputStream(value);
    }

    @Override
    public byte[] parse(java.io.InputStream stream) {
      try {
        return stream.readAllBytes();
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
  };

  @SuppressWarnings("unchecked")
  private static <T> MethodDescriptor.Marshaller<T> deep(MethodDescriptor.Marshaller<T> marshaller) {
    if (marshaller instanceof MethodDescriptor.PrototypeMarshaller<T> prototype
        && prototype.getMessagePrototype() instanceof Message message) {
      return (MethodDescriptor.Marshaller<T>) ProtoUtils.marshallerWithRecursionLimit(message, RECURSION_LIMIT);
    }
    return marshaller;
  }
}
