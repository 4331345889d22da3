package dev.sparkconnect.client.transport;

import dev.sparkconnect.client.errors.ServerErrors;
import dev.sparkconnect.proto.AnalyzePlanRequest;
import dev.sparkconnect.proto.AnalyzePlanResponse;
import dev.sparkconnect.proto.ConfigRequest;
import dev.sparkconnect.proto.ConfigResponse;
import dev.sparkconnect.proto.ExecutePlanRequest;
import dev.sparkconnect.proto.Plan;
import dev.sparkconnect.proto.ReattachOptions;
import dev.sparkconnect.proto.ReleaseSessionRequest;
import dev.sparkconnect.proto.SparkConnectServiceGrpc;
import dev.sparkconnect.proto.UserContext;
import io.grpc.ClientInterceptor;
import io.grpc.ManagedChannel;
import io.grpc.StatusRuntimeException;
import io.grpc.netty.shaded.io.grpc.netty.NettyChannelBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The protocol calls of one Spark Connect session over one gRPC channel. Every request carries the
 * session id, the user context and the client type; every failure is turned into the matching
 * exception of {@link dev.sparkconnect.client.errors}.
 *
 * <p>This is the layer beneath {@link dev.sparkconnect.client.SparkSession}; applications use that.
 */
public final class SparkConnectClient implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(SparkConnectClient.class);

  private final ConnectionString remote;
  private final ManagedChannel channel;
  private final SparkConnectServiceGrpc.SparkConnectServiceBlockingStub stub;
  private final SparkConnectServiceGrpc.SparkConnectServiceStub asyncStub;
  private final RetryPolicy retryPolicy = RetryPolicy.defaults();
  private final String sessionId;
  private final UserContext userContext;
  private final String clientType;

  private SparkConnectClient(ConnectionString remote, ManagedChannel channel, String sessionId) {
    this.remote = remote;
    this.channel = channel;
    this.sessionId = sessionId;
    this.userContext = UserContext.newBuilder()
        .setUserId(remote.userId().orElse(System.getProperty("user.name", "")))
        .build();
    this.clientType = ClientVersion.clientType(remote.userAgent().orElse("spark-connect-java"));
    this.stub = SparkConnectServiceGrpc.newBlockingStub(channel);
    this.asyncStub = SparkConnectServiceGrpc.newStub(channel);
  }

  /** Opens a channel to {@code remote} for a session with the given id, or a new one. */
  public static SparkConnectClient connect(ConnectionString remote) {
    return connect(remote, List.of());
  }

  /**
   * Opens a channel to {@code remote}, with {@code interceptors} seeing every call (for metrics,
   * tracing or tests), the first in the list closest to the application.
   */
  public static SparkConnectClient connect(ConnectionString remote, List<ClientInterceptor> interceptors) {
    NettyChannelBuilder builder = NettyChannelBuilder.forAddress(remote.host(), remote.port())
        .maxInboundMessageSize(remote.maxMessageSize())
        .userAgent(remote.userAgent().orElse("spark-connect-java"));
    if (remote.useTls()) {
      builder.useTransportSecurity();
    } else {
      builder.usePlaintext();
    }
    List<ClientInterceptor> all = new ArrayList<>(interceptors);
    HeadersInterceptor headers = new HeadersInterceptor(remote);
    if (!headers.isEmpty()) {
      all.add(headers);
    }
    builder.intercept(all);
    String sessionId = remote.sessionId().orElseGet(() -> UUID.randomUUID().toString());
    return new SparkConnectClient(remote, builder.build(), sessionId);
  }

  /** The session id every request carries. */
  public String sessionId() {
    return sessionId;
  }

  /** The server this client talks to (its token redacted in {@code toString}). */
  public ConnectionString remote() {
    return remote;
  }

  /**
   * Starts executing {@code plan} and returns its responses as they arrive, each exactly once and
   * in order even when streams break (see {@link ReattachableExecution}). Iterate to the end: the
   * last response is {@code result_complete}.
   */
  public ResponseStream execute(Plan plan) {
    ExecutePlanRequest request = ExecutePlanRequest.newBuilder()
        .setSessionId(sessionId)
        .setUserContext(userContext)
        .setClientType(clientType)
        .setOperationId(UUID.randomUUID().toString())
        .setPlan(plan)
        .addRequestOptions(ExecutePlanRequest.RequestOption.newBuilder()
            .setReattachOptions(ReattachOptions.newBuilder().setReattachable(true)))
        .build();
    return new ReattachableExecution(this, request, retryPolicy);
  }

  SparkConnectServiceGrpc.SparkConnectServiceBlockingStub stub() {
    return stub;
  }

  SparkConnectServiceGrpc.SparkConnectServiceStub asyncStub() {
    return asyncStub;
  }

  /** Sends an AnalyzePlan request; the session fields are filled in here. */
  public AnalyzePlanResponse analyze(AnalyzePlanRequest.Builder request) {
    try {
      return stub.analyzePlan(request
          .setSessionId(sessionId)
          .setUserContext(userContext)
          .setClientType(clientType)
          .build());
    } catch (StatusRuntimeException e) {
      throw ServerErrors.toException(e, "analysing a plan on " + remote);
    }
  }

  /** Sends a Config request; the session fields are filled in here. */
  public ConfigResponse config(ConfigRequest.Operation operation) {
    try {
      return stub.config(ConfigRequest.newBuilder()
          .setSessionId(sessionId)
          .setUserContext(userContext)
          .setClientType(clientType)
          .setOperation(operation)
          .build());
    } catch (StatusRuntimeException e) {
      throw ServerErrors.toException(e, "reading or writing configuration on " + remote);
    }
  }

  /**
   * Asks the server to release this session. A failure is only logged: some servers cannot release
   * (an Apache Spark server without its ML jars, for one), and the session expires there anyway.
   */
  public void releaseSession() {
    try {
      stub.withDeadlineAfter(10, TimeUnit.SECONDS).releaseSession(ReleaseSessionRequest.newBuilder()
          .setSessionId(sessionId)
          .setUserContext(userContext)
          .setClientType(clientType)
          .build());
    } catch (StatusRuntimeException e) {
      LOG.warn("The server did not release session {} ({}); it will expire there on its own",
          sessionId, e.getStatus().getCode());
    }
  }

  /** Closes the channel. Calls in flight are cancelled. */
  @Override
  public void close() {
    channel.shutdown();
    try {
      if (!channel.awaitTermination(5, TimeUnit.SECONDS)) {
        channel.shutdownNow();
      }
    } catch (InterruptedException e) {
      channel.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }
}
