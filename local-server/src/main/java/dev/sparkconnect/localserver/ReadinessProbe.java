package dev.sparkconnect.localserver;

import dev.sparkconnect.proto.AnalyzePlanRequest;
import dev.sparkconnect.proto.AnalyzePlanResponse;
import dev.sparkconnect.proto.SparkConnectServiceGrpc;
import dev.sparkconnect.proto.UserContext;
import io.grpc.ManagedChannel;
import io.grpc.Metadata;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.netty.shaded.io.grpc.netty.NettyChannelBuilder;
import io.grpc.stub.MetadataUtils;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * Asks a Spark Connect server for its version, which succeeds only once the server's gRPC service
 * is up and its Spark session is created: a readiness check by RPC, not by log line.
 */
final class ReadinessProbe implements AutoCloseable {

  private final ManagedChannel channel;
  private final String sessionId;

  ReadinessProbe(String host, int port, String token) {
    this.sessionId = UUID.randomUUID().toString();
    NettyChannelBuilder builder = NettyChannelBuilder.forAddress(host, port).usePlaintext();
    if (token != null) {
      Metadata headers = new Metadata();
      headers.put(Metadata.Key.of("Authorization", Metadata.ASCII_STRING_MARSHALLER), "Bearer " + token);
      builder.intercept(MetadataUtils.newAttachHeadersInterceptor(headers));
    }
    this.channel = builder.build();
  }

  /**
   * The server's Spark version, or null while it does not answer yet.
   *
   * @throws StatusRuntimeException when it answers with an error other than "not yet available"
   */
  String sparkVersionOrNull() {
    AnalyzePlanRequest request = AnalyzePlanRequest.newBuilder()
        .setSessionId(sessionId)
        .setUserContext(UserContext.newBuilder().setUserId("spark-connect-java-readiness"))
        .setClientType("spark-connect-java/readiness-probe")
        .setSparkVersion(AnalyzePlanRequest.SparkVersion.getDefaultInstance())
        .build();
    try {
      AnalyzePlanResponse response = SparkConnectServiceGrpc.newBlockingStub(channel)
          .withDeadlineAfter(5, TimeUnit.SECONDS)
          .analyzePlan(request);
      return response.getSparkVersion().getVersion();
    } catch (StatusRuntimeException e) {
      Status.Code code = e.getStatus().getCode();
      if (code == Status.Code.UNAVAILABLE || code == Status.Code.DEADLINE_EXCEEDED) {
        return null;
      }
      throw e;
    }
  }

  @Override
  public void close() {
    channel.shutdownNow();
  }
}
