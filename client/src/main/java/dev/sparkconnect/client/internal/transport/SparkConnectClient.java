package dev.sparkconnect.client.internal.transport;

import dev.sparkconnect.client.RetryPolicy;
import dev.sparkconnect.client.errors.RetriesExhaustedException;
import dev.sparkconnect.client.errors.SparkAuthenticationException;
import dev.sparkconnect.client.errors.SparkConnectionException;
import dev.sparkconnect.client.internal.errors.ServerErrors;
import dev.sparkconnect.client.errors.SparkServerRestartedException;
import dev.sparkconnect.proto.AddArtifactsRequest;
import dev.sparkconnect.proto.AnalyzePlanRequest;
import dev.sparkconnect.proto.AnalyzePlanResponse;
import dev.sparkconnect.proto.ArtifactStatusesRequest;
import dev.sparkconnect.proto.ArtifactStatusesResponse;
import dev.sparkconnect.proto.ConfigRequest;
import dev.sparkconnect.proto.ConfigResponse;
import dev.sparkconnect.proto.ExecutePlanRequest;
import dev.sparkconnect.proto.ExecutePlanResponse;
import dev.sparkconnect.proto.InterruptRequest;
import dev.sparkconnect.proto.InterruptResponse;
import dev.sparkconnect.proto.ResultChunkingOptions;
import dev.sparkconnect.proto.FetchErrorDetailsRequest;
import dev.sparkconnect.proto.FetchErrorDetailsResponse;
import dev.sparkconnect.proto.Plan;
import dev.sparkconnect.proto.ReattachOptions;
import dev.sparkconnect.proto.ReleaseSessionRequest;
import dev.sparkconnect.proto.SparkConnectServiceGrpc;
import dev.sparkconnect.proto.UserContext;
import dev.sparkconnect.protocol.connection.ConnectionString;
import dev.sparkconnect.protocol.rpc.DeepMessages;
import io.grpc.ClientInterceptor;
import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import io.grpc.StatusRuntimeException;
import io.grpc.netty.shaded.io.grpc.netty.NettyChannelBuilder;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
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
  private final boolean tls;
  /** Whether the channel came from the caller's builder, so the remote's host and port say nothing about it. */
  private final boolean ownChannel;
  private final ManagedChannel channel;
  private final SparkConnectServiceGrpc.SparkConnectServiceBlockingStub stub;
  private final SparkConnectServiceGrpc.SparkConnectServiceStub asyncStub;
  private final RetryPolicy retryPolicy;
  private final AtomicReference<String> serverSideSessionId = new AtomicReference<>();
  /** Whether the server has answered anything for this session, that is whether it holds one to release. */
  private volatile boolean answered;
  private final ClientOptions options;
  private final String sessionId;
  private final UserContext userContext;
  private final String clientType;

  private SparkConnectClient(ConnectionString remote, ManagedChannel channel, String sessionId,
      ClientOptions options, boolean tls, boolean ownChannel) {
    this.remote = remote;
    this.tls = tls;
    this.ownChannel = ownChannel;
    this.options = options;
    this.retryPolicy = options.retryPolicy();
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
    return connect(remote, List.of(), ClientOptions.defaults());
  }

  /**
   * Opens a channel to {@code remote}, with {@code interceptors} seeing every call (for metrics,
   * tracing or tests), the first in the list closest to the application, and executions run as
   * {@code options} say.
   */
  public static SparkConnectClient connect(ConnectionString remote, List<ClientInterceptor> interceptors,
      ClientOptions options) {
    return connect(remote, null, interceptors, options);
  }

  /**
   * As {@link #connect(ConnectionString, List, ClientOptions)}, over a channel from {@code channels}
   * when not null (grpc-java's in-process transport to a server in this JVM, or a transport of the
   * caller's own) instead of a TCP channel to the remote's host and port. The remote still gives
   * the session id, user, token and headers; TLS and keep-alive are then the channel builder's own.
   * The supplier must give a new builder each time: the client sets its message size limit, user
   * agent and interceptors on it.
   */
  public static SparkConnectClient connect(ConnectionString remote,
      java.util.function.Supplier<? extends ManagedChannelBuilder<?>> channels, List<ClientInterceptor> interceptors,
      ClientOptions options) {
    boolean tls = channels == null && (remote.useTls() || options.trustedCertificates() != null);
    ManagedChannelBuilder<?> builder;
    if (channels == null) {
      builder = tcpChannel(remote, options, tls);
    } else {
      if (options.trustedCertificates() != null) {
        throw new IllegalArgumentException("trustedCertificates applies to the client's own TCP channel; with a"
            + " channel builder of your own, set its TLS on that builder instead");
      }
      builder = java.util.Objects.requireNonNull(channels.get(), "the channel builder supplier returned null");
    }
    builder.maxInboundMessageSize(remote.maxMessageSize())
        .userAgent(remote.userAgent().orElse("spark-connect-java"));
    List<ClientInterceptor> all = new ArrayList<>(interceptors);
    HeadersInterceptor headers = new HeadersInterceptor(remote);
    if (!headers.isEmpty()) {
      all.add(headers);
    }
    all.add(DeepMessages.clientInterceptor());
    builder.intercept(all);
    String sessionId = remote.sessionId().orElseGet(() -> UUID.randomUUID().toString());
    return new SparkConnectClient(remote, builder.build(), sessionId, options, tls, channels != null);
  }

  private static NettyChannelBuilder tcpChannel(ConnectionString remote, ClientOptions options, boolean tls) {
    NettyChannelBuilder builder = NettyChannelBuilder.forAddress(remote.host(), remote.port());
    if (remote.sendsTokenInPlainTextOffThisMachine()) {
      LOG.warn("The bearer token goes to {} in plain text, as use_ssl=false asks: anyone on the network between"
          + " can read it. Use TLS for a server that is not on this machine.", remote.host());
    }
    if (tls) {
      builder.useTransportSecurity();
      if (options.trustedCertificates() != null) {
        builder.sslContext(TlsContexts.trusting(options.trustedCertificates()));
      }
    } else {
      builder.usePlaintext();
    }
    if (options.keepAliveTime() != null) {
      builder.keepAliveTime(options.keepAliveTime().toNanos(), TimeUnit.NANOSECONDS)
          .keepAliveTimeout(options.keepAliveTimeout().toNanos(), TimeUnit.NANOSECONDS)
          .keepAliveWithoutCalls(false);
      if (options.keepAliveTime().compareTo(ClientOptions.SERVER_PING_INTERVAL_LIMIT) < 0) {
        LOG.warn("Keep-alive pings every {} s: Spark's server refuses pings more often than every {} minutes "
            + "(GOAWAY too_many_pings) unless its gRPC settings permit them; the client reattaches when that "
            + "happens, but prefer {} or more", options.keepAliveTime().toSeconds(),
            ClientOptions.SERVER_PING_INTERVAL_LIMIT.toMinutes(), ClientOptions.SERVER_PING_INTERVAL_LIMIT);
      }
    }
    return builder;
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
    return execute(plan, List.of());
  }

  /** As {@link #execute(Plan)}, with {@code tags} for interrupting by tag. */
  public ResponseStream execute(Plan plan, Collection<String> tags) {
    ExecutePlanRequest.Builder request = ExecutePlanRequest.newBuilder()
        .setSessionId(sessionId)
        .setUserContext(userContext)
        .setClientType(clientType)
        .setOperationId(UUID.randomUUID().toString())
        .setPlan(plan)
        .addRequestOptions(ExecutePlanRequest.RequestOption.newBuilder()
            .setReattachOptions(ReattachOptions.newBuilder().setReattachable(true)))
        .addAllTags(tags);
    if (options.allowArrowChunking()) {
      ResultChunkingOptions.Builder chunking = ResultChunkingOptions.newBuilder().setAllowArrowBatchChunking(true);
      if (options.preferredArrowChunkSize() > 0) {
        chunking.setPreferredArrowChunkSize(options.preferredArrowChunkSize());
      }
      request.addRequestOptions(ExecutePlanRequest.RequestOption.newBuilder().setResultChunkingOptions(chunking));
    }
    withObservedSession(request::setClientObservedServerSideSessionId);
    return new ReattachableExecution(this, request.build(), retryPolicy, options.streamIdleTimeout());
  }

  /** The stub for request-response calls, with the configured deadline if any. */
  private SparkConnectServiceGrpc.SparkConnectServiceBlockingStub unary() {
    Duration deadline = options.callDeadline();
    return deadline == null ? stub : stub.withDeadlineAfter(deadline.toNanos(), TimeUnit.NANOSECONDS);
  }

  SparkConnectServiceGrpc.SparkConnectServiceBlockingStub stub() {
    return stub;
  }

  SparkConnectServiceGrpc.SparkConnectServiceStub asyncStub() {
    return asyncStub;
  }

  /**
   * Interrupts running executions of this session: all of them ({@code kind} ALL), those with a tag
   * ({@code TAG}, {@code value} the tag) or one ({@code OPERATION_ID}, {@code value} its id).
   *
   * @return the ids of the operations interrupted
   */
  public List<String> interrupt(InterruptRequest.InterruptType kind, String value) {
    InterruptRequest.Builder request = InterruptRequest.newBuilder()
        .setSessionId(sessionId)
        .setUserContext(userContext)
        .setClientType(clientType)
        .setInterruptType(kind);
    if (kind == InterruptRequest.InterruptType.INTERRUPT_TYPE_TAG) {
      request.setOperationTag(value);
    } else if (kind == InterruptRequest.InterruptType.INTERRUPT_TYPE_OPERATION_ID) {
      request.setOperationId(value);
    }
    withObservedSession(request::setClientObservedServerSideSessionId);
    try {
      InterruptResponse response = withRetries(() -> unary().interrupt(request.build()));
      observeServerSession(response.getServerSideSessionId());
      return List.copyOf(response.getInterruptedIdsList());
    } catch (StatusRuntimeException e) {
      throw error(e, "interrupting operations on " + remote);
    }
  }

  /**
   * Makes sure the server holds {@code bytes} as the artifact {@code cache/<sha-256 hex>}, uploading
   * them only if it does not have them yet, and returns the hash: what a
   * {@code CachedLocalRelation} names.
   */
  public String cacheArtifact(byte[] bytes) {
    String hash = sha256(bytes);
    String name = "cache/" + hash;
    ArtifactStatusesRequest.Builder status = ArtifactStatusesRequest.newBuilder()
        .setSessionId(sessionId)
        .setUserContext(userContext)
        .setClientType(clientType)
        .addNames(name);
    withObservedSession(status::setClientObservedServerSideSessionId);
    ArtifactStatusesResponse statuses;
    try {
      statuses = withRetries(() -> unary().artifactStatus(status.build()));
    } catch (StatusRuntimeException e) {
      throw error(e, "asking for artifact " + name + " on " + remote);
    }
    ArtifactStatusesResponse.ArtifactStatus known = statuses.getStatusesMap().get(name);
    if (known == null || !known.getExists()) {
      try {
        uploadWithRetries(name, bytes);
      } catch (StatusRuntimeException e) {
        throw error(e, "uploading artifact " + name + " to " + remote);
      }
    }
    return hash;
  }

  /**
   * Runs one request-response call with the session's retry policy, as Spark's clients retry every
   * call: a failure that may heal (UNAVAILABLE, a disconnected cursor, a server's retry delay) is
   * tried again after the policy's backoff; one that cannot heal, or the last retry's failure, is
   * thrown as it is, for the caller to turn into the exception a user sees.
   */
  <T> T withRetries(java.util.function.Supplier<T> call) {
    int retries = 0;
    long started = System.nanoTime();
    while (true) {
      try {
        return call.get();
      } catch (StatusRuntimeException e) {
        boolean mayRetry = RetryableErrors.isRetryable(e) && mayRetry(e, started);
        if (!mayRetry || retries >= retryPolicy.maxRetries()) {
          if (mayRetry) {
            throw new RetriesExhaustedException("Gave up after " + (retries + 1) + " attempts (gRPC "
                + e.getStatus().getCode() + ") on " + remote + "; the last failure is the cause", retries + 1, e);
          }
          throw e;
        }
        try {
          Thread.sleep(retryPolicy.backoff(retries, RetryableErrors.serverRetryDelay(e)).toMillis());
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
          throw e;
        }
        readyForRetry(e);
        retries++;
      }
    }
  }

  private void uploadWithRetries(String name, byte[] bytes) {
    withRetries(() -> {
      ArtifactUpload.send(this, List.of(LocalArtifact.ofBytes(name, bytes)));
      return null;
    });
  }

  /** What this session uploaded, by artifact name: the SHA-256 of the bytes sent. */
  private final java.util.Map<String, String> uploadedArtifacts = new java.util.concurrent.ConcurrentHashMap<>();

  /**
   * Uploads the artifacts this session has not sent yet, in one stream, with the session's retry
   * policy: an artifact already sent under the same name with the same bytes is skipped (Spark's
   * ArtifactStatuses answers only for {@code cache/} artifacts, so the client keeps count).
   *
   * @return how many artifacts were sent
   */
  public int addArtifacts(List<LocalArtifact> artifacts) {
    java.util.Map<String, LocalArtifact> toSend = new java.util.LinkedHashMap<>();
    for (LocalArtifact artifact : artifacts) {
      LocalArtifact earlier = toSend.get(artifact.name());
      if (earlier != null && !earlier.sha256().equals(artifact.sha256())) {
        throw new IllegalArgumentException("Two different artifacts would both be " + artifact.name() + ": "
            + earlier + " and " + artifact + "; give them different names");
      }
      if (!artifact.sha256().equals(uploadedArtifacts.get(artifact.name()))) {
        toSend.put(artifact.name(), artifact);
      }
    }
    if (toSend.isEmpty()) {
      return 0;
    }
    List<LocalArtifact> batch = List.copyOf(toSend.values());
    try {
      withRetries(() -> {
        ArtifactUpload.send(this, batch);
        return null;
      });
    } catch (StatusRuntimeException e) {
      throw error(e, "uploading " + (batch.size() == 1 ? "artifact " + batch.get(0).name() : batch.size()
          + " artifacts") + " to " + remote);
    }
    batch.forEach(artifact -> uploadedArtifacts.put(artifact.name(), artifact.sha256()));
    return batch.size();
  }

  /**
   * Called after the retry policy's backoff, before a retry: a call that failed because the
   * connection broke left gRPC's channel waiting out its own reconnect backoff (1 s, doubling to
   * 2 minutes), during which every call fails at once; this lets it reconnect now, so that the
   * retry policy, not gRPC, decides how long to wait.
   */
  void readyForRetry(StatusRuntimeException failure) {
    if (failure.getStatus().getCode() == io.grpc.Status.Code.UNAVAILABLE) {
      channel.resetConnectBackoff();
    }
  }

  /** A new AddArtifacts request with this session's fields. */
  AddArtifactsRequest.Builder artifactRequest() {
    AddArtifactsRequest.Builder request = AddArtifactsRequest.newBuilder()
        .setSessionId(sessionId)
        .setUserContext(userContext)
        .setClientType(clientType);
    withObservedSession(request::setClientObservedServerSideSessionId);
    return request;
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("This JVM has no SHA-256", e);
    }
  }

  /** Hands a progress report to the session's listener, if any. */
  void progress(String operationId, ExecutePlanResponse.ExecutionProgress progress) {
    try {
      options.progressSink().accept(operationId, progress);
    } catch (RuntimeException e) {
      LOG.warn("A progress listener failed; progress reports go on", e);
    }
  }

  /** Sends an AnalyzePlan request; the session fields are filled in here. */
  public AnalyzePlanResponse analyze(AnalyzePlanRequest.Builder request) {
    withObservedSession(request::setClientObservedServerSideSessionId);
    AnalyzePlanResponse response;
    try {
      AnalyzePlanRequest built = request
          .setSessionId(sessionId)
          .setUserContext(userContext)
          .setClientType(clientType)
          .build();
      response = withRetries(() -> unary().analyzePlan(built));
    } catch (StatusRuntimeException e) {
      throw error(e, "analysing a plan on " + remote);
    }
    observeServerSession(response.getServerSideSessionId());
    return response;
  }

  /** Sends a Config request; the session fields are filled in here. */
  public ConfigResponse config(ConfigRequest.Operation operation) {
    ConfigRequest.Builder request = ConfigRequest.newBuilder()
        .setSessionId(sessionId)
        .setUserContext(userContext)
        .setClientType(clientType)
        .setOperation(operation);
    withObservedSession(request::setClientObservedServerSideSessionId);
    ConfigResponse response;
    try {
      response = withRetries(() -> unary().config(request.build()));
    } catch (StatusRuntimeException e) {
      throw error(e, "reading or writing configuration on " + remote);
    }
    observeServerSession(response.getServerSideSessionId());
    return response;
  }

  /**
   * Asks the server to release this session, if it ever answered for it (a session that made no
   * call has nothing on the server). A failure is only logged: the session expires there anyway.
   */
  public void releaseSession() {
    if (!answered) {
      LOG.debug("Session {} made no call that the server answered; nothing to release", sessionId);
      return;
    }
    try {
      stub.withDeadlineAfter(10, TimeUnit.SECONDS).releaseSession(ReleaseSessionRequest.newBuilder()
          .setSessionId(sessionId)
          .setUserContext(userContext)
          .setClientType(clientType)
          .build());
    } catch (StatusRuntimeException e) {
      if (e.getStatus().getCode() == io.grpc.Status.Code.UNIMPLEMENTED) {
        // Spark 3.5 has no ReleaseSession: its sessions only expire.
        LOG.debug("The server has no ReleaseSession; session {} will expire there on its own", sessionId);
      } else {
        LOG.warn("The server did not release session {} ({}); it will expire there on its own",
            sessionId, e.getStatus().getCode());
      }
    }
  }

  /**
   * Asks the server for the cause chain, query contexts and stack trace of the error with id
   * {@code errorId}; null if the server has none.
   */
  public FetchErrorDetailsResponse fetchErrorDetails(String errorId) {
    FetchErrorDetailsRequest.Builder request = FetchErrorDetailsRequest.newBuilder()
        .setSessionId(sessionId)
        .setUserContext(userContext)
        .setClientType(clientType)
        .setErrorId(errorId);
    withObservedSession(request::setClientObservedServerSideSessionId);
    try {
      return stub.withDeadlineAfter(10, TimeUnit.SECONDS).fetchErrorDetails(request.build());
    } catch (StatusRuntimeException e) {
      LOG.debug("Could not fetch the details of error {}: {}", errorId, e.getStatus());
      return null;
    }
  }

  /**
   * The exception for a failed call: a connection problem said as its root cause and what to do,
   * a server error with its details fetched when the server has them.
   */
  RuntimeException error(StatusRuntimeException failure, String attempt) {
    io.grpc.Status.Code code = failure.getStatus().getCode();
    if ((code == io.grpc.Status.Code.UNAUTHENTICATED || code == io.grpc.Status.Code.PERMISSION_DENIED)
        && ServerErrors.detail(failure, com.google.rpc.ErrorInfo.class) == null) {
      String what = remote.token().isPresent()
          ? "refused the bearer token of the connection string: check its token= value"
          : "requires a bearer token: add ;token=... to the connection string";
      return new SparkAuthenticationException("Failed " + attempt + ": the server " + what + " (gRPC " + code
          + (failure.getStatus().getDescription() == null ? "" : ": " + failure.getStatus().getDescription()) + ")",
          failure);
    }
    Optional<ConnectionFailures.Explained> explained = explain(failure);
    if (explained.isPresent()) {
      return new SparkConnectionException("Failed " + attempt + ": " + explained.get().message(), failure);
    }
    return ServerErrors.toException(failure, attempt, this::fetchErrorDetails);
  }

  /**
   * The explanation of {@code failure}, worked out once: deciding whether to retry and saying why
   * a call failed ask about the same failure, and explaining one may probe the server for TLS.
   */
  private Optional<ConnectionFailures.Explained> explain(StatusRuntimeException failure) {
    Explanation last = lastExplanation;
    if (last != null && last.failure() == failure) {
      return last.explained();
    }
    // The remote's address says nothing about a channel of the caller's own, so there is nothing to probe.
    Optional<ConnectionFailures.Explained> explained = ownChannel ? Optional.empty()
        : ConnectionFailures.explain(failure, remote, tls);
    lastExplanation = new Explanation(failure, explained);
    return explained;
  }

  private record Explanation(StatusRuntimeException failure, Optional<ConnectionFailures.Explained> explained) {}

  private volatile Explanation lastExplanation;

  /**
   * Whether a call that began at {@code startedNanos} may retry {@code failure}: not when it cannot
   * heal, and not once nothing has listened at the address for the policy's
   * {@link RetryPolicy#unreachableTimeout()} while the server never answered this session.
   */
  boolean mayRetry(StatusRuntimeException failure, long startedNanos) {
    Optional<ConnectionFailures.Explained> explained = explain(failure);
    if (explained.isEmpty()) {
      return true;
    }
    if (!explained.get().canHeal()) {
      return false;
    }
    return !(explained.get().unreachable() && !answered
        && System.nanoTime() - startedNanos > retryPolicy.unreachableTimeout().toNanos());
  }

  /**
   * Records the server-side session id a response carries; a different one than before means the
   * server restarted and this session is gone there.
   *
   * @throws SparkServerRestartedException when the id changed
   */
  void observeServerSession(String id) {
    answered = true;
    if (id == null || id.isEmpty()) {
      return;
    }
    String previous = serverSideSessionId.compareAndExchange(null, id);
    if (previous != null && !previous.equals(id)) {
      throw new SparkServerRestartedException("The server restarted (its session id changed from " + previous
          + " to " + id + "), so session " + sessionId + " is gone from it with its temporary views and settings;"
          + " build a new SparkSession", null);
    }
  }

  /** Hands the server-side session id seen so far, if any, to {@code setter} (a request builder's). */
  private void withObservedSession(java.util.function.Consumer<String> setter) {
    String observed = serverSideSessionId.get();
    if (observed != null) {
      setter.accept(observed);
    }
  }

  /** The server-side session id seen so far, or null before the first response. */
  String observedServerSessionId() {
    return serverSideSessionId.get();
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
