package dev.sparkconnect.mock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.sparkconnect.proto.ConfigRequest;
import dev.sparkconnect.proto.SparkConnectServiceGrpc;
import dev.sparkconnect.proto.UserContext;
import io.grpc.CallOptions;
import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import io.grpc.MethodDescriptor;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.ClientCalls;
import dev.sparkconnect.protocol.rpc.DeepMessages;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Requests made to hurt: values the server echoes into its error (a 20,000-character session id or
 * config key) come back cut, so the answer still fits the client's 8 KiB header limit and says
 * what was wrong; a method the server does not have reveals nothing to a caller without the token.
 */
class HostileRequestsTest {

  private static final UserContext USER = UserContext.newBuilder().setUserId("u").build();

  @Test
  void hugeEchoedValuesAreCutSoTheErrorStillArrives() {
    try (MockSparkConnectServer server = MockSparkConnectServer.builder().start()) {
      ManagedChannel channel = ManagedChannelBuilder.forAddress("localhost", server.port()).usePlaintext().build();
      try {
        var stub = SparkConnectServiceGrpc.newBlockingStub(channel);
        String hugeSession = "s".repeat(20_000);
        StatusRuntimeException badSession = catchThrowableOfType(StatusRuntimeException.class, () -> stub.config(
            ConfigRequest.newBuilder().setSessionId(hugeSession).setUserContext(USER).setOperation(
                ConfigRequest.Operation.newBuilder().setGetAll(ConfigRequest.GetAll.getDefaultInstance())).build()));
        assertThat(badSession.getStatus().getCode()).isEqualTo(Status.Code.INTERNAL);
        assertThat(badSession.getStatus().getDescription()).contains("INVALID_HANDLE.FORMAT").hasSizeLessThan(2100);

        String hugeKey = "k".repeat(20_000);
        StatusRuntimeException badKey = catchThrowableOfType(StatusRuntimeException.class, () -> stub.config(
            ConfigRequest.newBuilder().setSessionId(UUID.randomUUID().toString()).setUserContext(USER).setOperation(
                ConfigRequest.Operation.newBuilder().setGet(ConfigRequest.Get.newBuilder().addKeys(hugeKey))).build()));
        if (badKey != null) {
          assertThat(badKey.getStatus().getCode()).isEqualTo(Status.Code.INTERNAL);
          assertThat(badKey.getStatus().getDescription()).hasSizeLessThan(2100);
        }
      } finally {
        channel.shutdownNow();
      }
    }
  }

  @Test
  void anUnknownMethodSaysNothingToACallerWithoutTheToken() {
    try (MockSparkConnectServer server = MockSparkConnectServer.builder().requireToken("secret-1")
        .sparkVersion("4.2.0-mock").start()) {
      ManagedChannel channel = ManagedChannelBuilder.forAddress("localhost", server.port()).usePlaintext().build();
      try {
        MethodDescriptor<byte[], byte[]> unknown = MethodDescriptor.<byte[], byte[]>newBuilder()
            .setType(MethodDescriptor.MethodType.UNARY)
            .setFullMethodName("spark.connect.SparkConnectService/NoSuchMethod")
            .setRequestMarshaller(DeepMessages.rawBytes()).setResponseMarshaller(DeepMessages.rawBytes()).build();

        StatusRuntimeException refused = catchThrowableOfType(StatusRuntimeException.class, () ->
            ClientCalls.blockingUnaryCall(channel, unknown, CallOptions.DEFAULT, new byte[0]));

        assertThat(refused.getStatus().getCode()).isEqualTo(Status.Code.UNAUTHENTICATED);
        assertThat(refused.getStatus().getDescription()).doesNotContain("4.2.0-mock").doesNotContain("NoSuchMethod");
      } finally {
        channel.shutdownNow();
      }
    }
  }
}
