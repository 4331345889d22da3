package dev.sparkconnect.mock.record;

import com.google.rpc.Status;
import dev.sparkconnect.fixtures.Fixture;
import dev.sparkconnect.fixtures.RecordedError;
import dev.sparkconnect.mock.Fault;
import dev.sparkconnect.mock.FaultSchedule;
import dev.sparkconnect.mock.verify.FixtureComparison;
import dev.sparkconnect.mock.faults.FaultedCall;
import dev.sparkconnect.proto.AddArtifactsRequest;
import dev.sparkconnect.proto.AddArtifactsResponse;
import dev.sparkconnect.proto.AnalyzePlanRequest;
import dev.sparkconnect.proto.AnalyzePlanResponse;
import dev.sparkconnect.proto.ArtifactStatusesRequest;
import dev.sparkconnect.proto.ArtifactStatusesResponse;
import dev.sparkconnect.proto.CloneSessionRequest;
import dev.sparkconnect.proto.CloneSessionResponse;
import dev.sparkconnect.proto.ConfigRequest;
import dev.sparkconnect.proto.ConfigResponse;
import dev.sparkconnect.proto.ExecutePlanRequest;
import dev.sparkconnect.proto.ExecutePlanResponse;
import dev.sparkconnect.proto.FetchErrorDetailsRequest;
import dev.sparkconnect.proto.FetchErrorDetailsResponse;
import dev.sparkconnect.proto.GetStatusRequest;
import dev.sparkconnect.proto.GetStatusResponse;
import dev.sparkconnect.proto.InterruptRequest;
import dev.sparkconnect.proto.InterruptResponse;
import dev.sparkconnect.proto.Plan;
import dev.sparkconnect.proto.ReattachExecuteRequest;
import dev.sparkconnect.proto.ReleaseExecuteRequest;
import dev.sparkconnect.proto.ReleaseExecuteResponse;
import dev.sparkconnect.proto.ReleaseSessionRequest;
import dev.sparkconnect.proto.ReleaseSessionResponse;
import dev.sparkconnect.proto.SparkConnectServiceGrpc;
import dev.sparkconnect.proto.UserContext;
import dev.sparkconnect.protocol.errors.SparkErrorInfo;
import dev.sparkconnect.protocol.rpc.SparkConnectRpc;
import io.grpc.Channel;
import io.grpc.Context;
import io.grpc.StatusRuntimeException;
import io.grpc.protobuf.StatusProto;
import io.grpc.stub.ClientCallStreamObserver;
import io.grpc.stub.ClientResponseObserver;
import io.grpc.stub.ServerCallStreamObserver;
import io.grpc.stub.StreamObserver;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The proxy's Spark Connect service: forwards each call to the real server and hands finished
 * ExecutePlan and AnalyzePlan interactions to the recorder. An operation's responses are gathered
 * across reattaches (by response id, so none is counted twice) until {@code result_complete} or an
 * error ends it.
 */
final class ForwardingService extends SparkConnectServiceGrpc.SparkConnectServiceImplBase {

  private final SparkConnectServiceGrpc.SparkConnectServiceStub upstream;
  private final SparkConnectServiceGrpc.SparkConnectServiceBlockingStub upstreamBlocking;
  private final FaultSchedule faults;
  private final Consumer<Fixture> recorder;
  private final Map<String, Recording> recordings = new ConcurrentHashMap<>();
  /** Error details the proxy fetched while recording; Spark hands them out once, so the client gets them here. */
  private final Map<String, FetchErrorDetailsResponse> fetchedDetails = new ConcurrentHashMap<>();
  private final List<RuntimeException> failures = new java.util.concurrent.CopyOnWriteArrayList<>();
  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(RecordingProxy.class);

  private final boolean detectVolatileColumns;
  /** Streaming query ids as this recording writes them, the same on every recording of the same calls. */
  private final dev.sparkconnect.fixtures.StreamingQueryIds queryIds = new dev.sparkconnect.fixtures.StreamingQueryIds();

  ForwardingService(Channel upstream, FaultSchedule faults, Consumer<Fixture> recorder, boolean detectVolatileColumns) {
    this.detectVolatileColumns = detectVolatileColumns;
    this.upstream = SparkConnectServiceGrpc.newStub(upstream);
    this.upstreamBlocking = SparkConnectServiceGrpc.newBlockingStub(upstream);
    this.faults = faults;
    this.recorder = recorder;
  }

  /** One operation's answer as it arrives, possibly over several streams. */
  private final class Recording {
    final Plan plan;
    final String sessionId;
    final UserContext user;
    final Context context;
    final Map<String, ExecutePlanResponse> responses = new LinkedHashMap<>();
    /** The faults placed on ExecutePlan, at positions counted over the operation's forwarded responses. */
    final FaultSchedule.Call faults;
    /** How many responses of the operation the client has been sent, over all its streams. */
    int forwarded;
    boolean finished;
    /** For the listener bus: its session's ExecutePlan calls when it started, and after it at each response. */
    final int callsAtStart;
    final Map<String, Integer> heardAfterCalls;

    Recording(Plan plan, String sessionId, UserContext user, Context context, FaultSchedule.Call faults) {
      this.callsAtStart = calls(sessionId).incrementAndGet();
      this.heardAfterCalls = isListenerBus(plan) ? new LinkedHashMap<>() : null;
      this.faults = faults;
      this.plan = plan;
      this.sessionId = sessionId;
      this.user = user;
      this.context = context;
    }

    synchronized void add(ExecutePlanResponse response) {
      String id = response.getResponseId().isEmpty() ? UUID.randomUUID().toString() : response.getResponseId();
      if (responses.putIfAbsent(id, response) == null && heardAfterCalls != null) {
        heardAfterCalls.put(id, calls(sessionId).get() - callsAtStart);
      }
      if (response.hasResultComplete()) {
        finish(null);
      }
    }

    synchronized void fail(Status status) {
      finish(recordedError(status, sessionId, user, context));
    }

    private void finish(RecordedError error) {
      if (finished) {
        return;
      }
      finished = true;
      List<ExecutePlanResponse> answer = queryIds.stable(new ArrayList<>(responses.values()));
      List<Integer> heard = new ArrayList<>();
      if (heardAfterCalls != null) {
        // One per response the fixture keeps (progress reports are not kept).
        responses.forEach((id, response) -> {
          if (!response.hasExecutionProgress()) {
            heard.add(heardAfterCalls.get(id));
          }
        });
      }
      record(() -> withVolatileColumns(Fixture.execution(queryIds.stable(plan), answer, queryIds.stable(error))
          .withHeardAfterCalls(heard), this));
      responses.clear();
    }
  }

  /** The ExecutePlan calls each session has made through this proxy. */
  private final Map<String, java.util.concurrent.atomic.AtomicInteger> callsBySession = new ConcurrentHashMap<>();

  private java.util.concurrent.atomic.AtomicInteger calls(String sessionId) {
    return callsBySession.computeIfAbsent(sessionId, session -> new java.util.concurrent.atomic.AtomicInteger());
  }

  /** Whether {@code plan} opens the streaming listener bus, whose events come as its session's queries run. */
  static boolean isListenerBus(Plan plan) {
    return plan.hasCommand() && plan.getCommand().hasStreamingQueryListenerBusCommand()
        && plan.getCommand().getStreamingQueryListenerBusCommand().getAddListenerBusListener();
  }

  /**
   * When asked to, runs a query's plan a second time (a query only: a command would act twice) and
   * marks the columns whose values changed as volatile. The client waits for the second run.
   */
  private Fixture withVolatileColumns(Fixture first, Recording recording) {
    if (!detectVolatileColumns || !recording.plan.hasRoot() || first.error().isPresent()
        || first.arrowBatches().isEmpty()) {
      return first;
    }
    try {
      List<ExecutePlanResponse> again = recording.context.call(() -> {
        List<ExecutePlanResponse> responses = new ArrayList<>();
        upstreamBlocking.withDeadlineAfter(10, java.util.concurrent.TimeUnit.MINUTES).executePlan(
            ExecutePlanRequest.newBuilder().setSessionId(recording.sessionId).setUserContext(recording.user)
                .setOperationId(UUID.randomUUID().toString()).setPlan(recording.plan).build())
            .forEachRemaining(responses::add);
        return responses;
      });
      List<String> columns = FixtureComparison.volatileColumns(first, Fixture.execution(recording.plan, again, null));
      if (!columns.isEmpty()) {
        LOG.info("{}: columns {} changed between two runs; recorded as volatile", first.name(), columns);
      }
      return columns.isEmpty() ? first : first.withVolatileColumns(columns);
    } catch (Exception e) {
      LOG.warn("{}: could not run the query again to find its volatile columns: {}", first.name(), e.toString());
      return first;
    }
  }

  /**
   * Hands a finished interaction to the recorder. A recording that fails (a disk error, an answer
   * the fixture format cannot hold) is logged and reported by the proxy, but never breaks the call
   * being forwarded: the client still gets the server's answer.
   */
  private void record(java.util.function.Supplier<Fixture> fixture) {
    try {
      recorder.accept(fixture.get());
    } catch (RuntimeException e) {
      failures.add(e);
      LOG.error("Could not record an interaction: {}", e.toString(), e);
    }
  }

  List<RuntimeException> failures() {
    return List.copyOf(failures);
  }

  @Override
  public void executePlan(ExecutePlanRequest request, StreamObserver<ExecutePlanResponse> out) {
    ExecutePlanRequest forwarded = request.hasOperationId() ? request
        : request.toBuilder().setOperationId(UUID.randomUUID().toString()).build();
    Recording recording = new Recording(request.getPlan(), request.getSessionId(), request.getUserContext(),
        Context.current().fork(), faults.forOperation(Fixture.keyOf(request.getPlan())));
    recordings.put(forwarded.getOperationId(), recording);
    boolean reattachable = request.getRequestOptionsList().stream()
        .anyMatch(option -> option.hasReattachOptions() && option.getReattachOptions().getReattachable());
    if (!reattachable) {
      ((ServerCallStreamObserver<ExecutePlanResponse>) out).setOnCloseHandler(
          () -> recordings.remove(forwarded.getOperationId()));
    }
    FaultSchedule.Call callFaults = faults.forStream(SparkConnectRpc.EXECUTE_PLAN.methodName(),
        Fixture.keyOf(request.getPlan()));
    upstream.executePlan(forwarded, new Relay<>(SparkConnectRpc.EXECUTE_PLAN.methodName(), out, recording, callFaults));
  }

  @Override
  public void reattachExecute(ReattachExecuteRequest request, StreamObserver<ExecutePlanResponse> out) {
    Recording recording = recordings.get(request.getOperationId());
    FaultSchedule.Call callFaults = faults.forStream(SparkConnectRpc.REATTACH_EXECUTE.methodName(),
        recording == null ? null : Fixture.keyOf(recording.plan));
    upstream.reattachExecute(request,
        new Relay<>(SparkConnectRpc.REATTACH_EXECUTE.methodName(), out, recording, callFaults));
  }

  /** Passes one stream of responses to the client, recording them and applying faults on the way. */
  private final class Relay<Q> implements ClientResponseObserver<Q, ExecutePlanResponse>, FaultedCall {
    private final ServerCallStreamObserver<ExecutePlanResponse> out;
    private final Recording recording;
    private final FaultSchedule.Call callFaults;
    private final String rpc;
    private ClientCallStreamObserver<Q> call;
    private int sent;
    private boolean ended;

    Relay(String rpc, StreamObserver<ExecutePlanResponse> out, Recording recording, FaultSchedule.Call callFaults) {
      this.rpc = rpc;
      this.out = (ServerCallStreamObserver<ExecutePlanResponse>) out;
      this.recording = recording;
      this.callFaults = callFaults;
    }

    @Override
    public void beforeStart(ClientCallStreamObserver<Q> requestStream) {
      this.call = requestStream;
      out.setOnCancelHandler(() -> requestStream.cancel("the client cancelled", null));
    }

    @Override
    public synchronized void onNext(ExecutePlanResponse response) {
      if (ended || applyFaults()) {
        return;
      }
      if (recording != null) {
        recording.add(response);
        synchronized (recording) {
          recording.forwarded++;
        }
      }
      out.onNext(response);
      sent++;
    }

    @Override
    public synchronized void onError(Throwable failure) {
      if (ended) {
        return;
      }
      ended = true;
      try {
        io.grpc.Status.Code code = io.grpc.Status.fromThrowable(failure).getCode();
        if (recording != null && code != io.grpc.Status.Code.CANCELLED && code != io.grpc.Status.Code.UNAVAILABLE) {
          Status status = StatusProto.fromThrowable(failure);
          if (status == null) {
            io.grpc.Status plain = io.grpc.Status.fromThrowable(failure);
            status = Status.newBuilder().setCode(plain.getCode().value())
                .setMessage(plain.getDescription() == null ? "" : plain.getDescription()).build();
          }
          if (!isCursorOrHandleProblem(status)) {
            recording.fail(status);
          }
        }
      } catch (RuntimeException e) {
        LOG.error("Could not record a failed operation: {}", e.toString(), e);
      } finally {
        out.onError(failure);
      }
    }

    @Override
    public synchronized void onCompleted() {
      if (ended || applyFaults()) {
        return;
      }
      ended = true;
      out.onCompleted();
    }

    /** Applies the faults placed before the next response; true when one ended the client's call. */
    private boolean applyFaults() {
      if (recording != null) {
        int position;
        synchronized (recording) {
          position = recording.forwarded;
        }
        if (apply(recording.faults.at(position))) {
          return true;
        }
      }
      return apply(callFaults.at(sent));
    }

    private boolean apply(List<Fault> firing) {
      for (Fault fault : firing) {
        if (fault.effect().applyTo(this)) {
          return true;
        }
      }
      return false;
    }

    @Override
    public String rpc() {
      return rpc;
    }

    @Override
    public boolean isCancelled() {
      return out.isCancelled();
    }

    @Override
    public boolean fail(StatusRuntimeException failure) {
      end();
      out.onError(failure);
      return true;
    }

    @Override
    public boolean endStream() {
      end();
      out.onCompleted();
      return true;
    }

    @Override
    public boolean dropConnections() {
      return fail(io.grpc.Status.UNAVAILABLE
          .withDescription("recording proxy: connection dropped (fault injected)").asRuntimeException());
    }

    /** The proxy cannot make the real server forget a session: the client sees the connection drop. */
    @Override
    public boolean loseSession() {
      return dropConnections();
    }

    /** The proxy cannot make the real server evict a session: the client sees the connection drop. */
    @Override
    public boolean evictSession() {
      return dropConnections();
    }

    /** The proxy cannot make the real server abandon an operation: the client sees the connection drop. */
    @Override
    public boolean abandonOperation() {
      return dropConnections();
    }

    /** The proxy cannot restart the real server: the client sees the connection drop. */
    @Override
    public boolean restartServer() {
      return dropConnections();
    }

    private void end() {
      ended = true;
      if (call != null) {
        call.cancel("a fault was injected by the recording proxy", null);
      }
    }
  }

  /**
   * Whether a failure is about the request rather than its plan (a session or operation handle, a
   * cursor, a refused operation tag): not an answer to record for the plan.
   */
  private static boolean isCursorOrHandleProblem(Status status) {
    String message = status.getMessage();
    return message.contains("INVALID_CURSOR.") || message.contains("INVALID_HANDLE.")
        || message.startsWith("Spark Connect tag cannot") || message.startsWith("Spark Connect execution tag cannot");
  }

  /** The error as recorded, with its full details fetched from the server while it still has them. */
  private RecordedError recordedError(Status status, String sessionId, UserContext user, Context context) {
    RecordedError plain = new RecordedError(status, Optional.empty());
    Optional<String> errorId = errorIdOf(status);
    if (errorId.isEmpty()) {
      return plain;
    }
    try {
      FetchErrorDetailsResponse details = context.call(() -> upstreamBlocking
          .withDeadlineAfter(10, TimeUnit.SECONDS)
          .fetchErrorDetails(FetchErrorDetailsRequest.newBuilder()
              .setSessionId(sessionId).setUserContext(user).setErrorId(errorId.get()).build()));
      fetchedDetails.put(errorId.get(), details);
      return new RecordedError(status, details.getErrorsCount() == 0 ? Optional.empty() : Optional.of(details));
    } catch (Exception e) {
      LOG.warn("Could not fetch the details of a recorded error: {}", e.toString());
      return plain;
    }
  }

  private static Optional<String> errorIdOf(Status status) {
    for (com.google.protobuf.Any detail : status.getDetailsList()) {
      if (detail.is(com.google.rpc.ErrorInfo.class)) {
        try {
          String id = detail.unpack(com.google.rpc.ErrorInfo.class).getMetadataOrDefault(SparkErrorInfo.ERROR_ID, "");
          return id.isEmpty() ? Optional.empty() : Optional.of(id);
        } catch (com.google.protobuf.InvalidProtocolBufferException e) {
          return Optional.empty();
        }
      }
    }
    return Optional.empty();
  }

  @Override
  public void analyzePlan(AnalyzePlanRequest request, StreamObserver<AnalyzePlanResponse> out) {
    Context context = Context.current().fork();
    upstream.analyzePlan(request, new StreamObserver<>() {
      @Override
      public void onNext(AnalyzePlanResponse response) {
        record(() -> Fixture.analysis(request, response, null));
        out.onNext(response);
      }

      @Override
      public void onError(Throwable failure) {
        Status status = StatusProto.fromThrowable(failure);
        if (status != null && io.grpc.Status.fromThrowable(failure).getCode() == io.grpc.Status.Code.INTERNAL
            && !isCursorOrHandleProblem(status)) {
          Status failed = status;
          record(() -> Fixture.analysis(request, null,
              recordedError(failed, request.getSessionId(), request.getUserContext(), context)));
        }
        out.onError(failure);
      }

      @Override
      public void onCompleted() {
        out.onCompleted();
      }
    });
  }

  @Override
  public void config(ConfigRequest request, StreamObserver<ConfigResponse> out) {
    upstream.config(request, out);
  }

  @Override
  public StreamObserver<AddArtifactsRequest> addArtifacts(StreamObserver<AddArtifactsResponse> out) {
    return upstream.addArtifacts(out);
  }

  @Override
  public void artifactStatus(ArtifactStatusesRequest request, StreamObserver<ArtifactStatusesResponse> out) {
    upstream.artifactStatus(request, out);
  }

  @Override
  public void interrupt(InterruptRequest request, StreamObserver<InterruptResponse> out) {
    upstream.interrupt(request, out);
  }

  @Override
  public void releaseExecute(ReleaseExecuteRequest request, StreamObserver<ReleaseExecuteResponse> out) {
    if (request.hasReleaseAll()) {
      recordings.remove(request.getOperationId());
    }
    upstream.releaseExecute(request, out);
  }

  @Override
  public void releaseSession(ReleaseSessionRequest request, StreamObserver<ReleaseSessionResponse> out) {
    upstream.releaseSession(request, out);
  }

  @Override
  public void fetchErrorDetails(FetchErrorDetailsRequest request, StreamObserver<FetchErrorDetailsResponse> out) {
    FetchErrorDetailsResponse fetched = fetchedDetails.remove(request.getErrorId());
    if (fetched != null) {
      out.onNext(fetched);
      out.onCompleted();
      return;
    }
    upstream.fetchErrorDetails(request, out);
  }

  @Override
  public void cloneSession(CloneSessionRequest request, StreamObserver<CloneSessionResponse> out) {
    upstream.cloneSession(request, out);
  }

  @Override
  public void getStatus(GetStatusRequest request, StreamObserver<GetStatusResponse> out) {
    upstream.getStatus(request, out);
  }


}
