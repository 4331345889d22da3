package dev.sparkconnect.mock.conformance;

import dev.sparkconnect.proto.AnalyzePlanRequest;
import dev.sparkconnect.proto.AnalyzePlanResponse;
import dev.sparkconnect.proto.Command;
import dev.sparkconnect.proto.ConfigRequest;
import dev.sparkconnect.proto.ConfigResponse;
import dev.sparkconnect.proto.ExecutePlanRequest;
import dev.sparkconnect.proto.ExecutePlanResponse;
import dev.sparkconnect.proto.KeyValue;
import dev.sparkconnect.proto.Plan;
import dev.sparkconnect.proto.ReattachExecuteRequest;
import dev.sparkconnect.proto.ReattachOptions;
import dev.sparkconnect.proto.Relation;
import dev.sparkconnect.proto.SparkConnectServiceGrpc;
import dev.sparkconnect.proto.SqlCommand;
import dev.sparkconnect.proto.UserContext;
import dev.sparkconnect.protocol.versions.SparkVersion;
import io.grpc.Channel;
import io.grpc.Context;
import io.grpc.StatusRuntimeException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * One client session on the endpoint under test, spoken to with hand-built requests. Every
 * response it reads is checked the way the protocol promises for all of them: the session id
 * echoed, a server-side session id that is a UUID, and, on executions, the operation id echoed and
 * a fresh UUID as each response's id. An execution whose stream ends without
 * {@code result_complete} is reattached from its last response, as any client must.
 */
final class WireSession {

  static final String CLIENT_TYPE = "spark-connect-java-conformance";
  private static final Pattern UUID_TEXT =
      Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
  private static final int MOST_REATTACHES = 20;

  private final Channel channel;
  private final String sessionId;
  private final String userId;
  private final Duration callTimeout;
  /** The endpoint's Spark version, or null when it did not say: what older servers do not send is not asked of them. */
  private final SparkVersion version;
  /** Every session a case opened, released by the runner when the case ends. */
  private final List<WireSession> opened;

  WireSession(Channel channel, String sessionId, String userId, Duration callTimeout, SparkVersion version,
      List<WireSession> opened) {
    this.channel = channel;
    this.sessionId = sessionId;
    this.userId = userId;
    this.callTimeout = callTimeout;
    this.version = version;
    this.opened = opened;
    opened.add(this);
  }

  /** Whether the endpoint is Spark {@code minimum} or newer (an endpoint of unknown version is taken as the newest). */
  boolean atLeast(String minimum) {
    return version == null || version.isAtLeast(SparkVersion.parse(minimum));
  }

  String id() {
    return sessionId;
  }

  UserContext user() {
    return UserContext.newBuilder().setUserId(userId).build();
  }

  /** A new session of the same user. */
  WireSession another() {
    return new WireSession(channel, UUID.randomUUID().toString(), userId, callTimeout, version, opened);
  }

  /** The same session id, of another user: a different session to Spark. */
  WireSession asUser(String otherUser) {
    return new WireSession(channel, sessionId, otherUser, callTimeout, version, opened);
  }

  /** A session named by any text, valid or not. */
  WireSession withId(String id) {
    return new WireSession(channel, id, userId, callTimeout, version, opened);
  }

  /** The blocking stub, with this runner's deadline on the call it makes. */
  SparkConnectServiceGrpc.SparkConnectServiceBlockingStub stub() {
    return SparkConnectServiceGrpc.newBlockingStub(channel).withDeadlineAfter(callTimeout.toMillis(),
        TimeUnit.MILLISECONDS);
  }

  /** An execution request of {@code plan} in this session: a new operation id, reattachable. */
  ExecutePlanRequest.Builder request(Plan plan) {
    return ExecutePlanRequest.newBuilder().setSessionId(sessionId).setUserContext(user()).setClientType(CLIENT_TYPE)
        .setOperationId(UUID.randomUUID().toString()).setPlan(plan)
        .addRequestOptions(ExecutePlanRequest.RequestOption.newBuilder()
            .setReattachOptions(ReattachOptions.newBuilder().setReattachable(true)));
  }

  Execution execute(Relation root) {
    return execute(request(Plans.plan(root)).build());
  }

  Execution command(Command command) {
    return execute(request(Plan.newBuilder().setCommand(command).build()).build());
  }

  Execution sql(String query) {
    return execute(Plans.sql(query));
  }

  /**
   * A SQL statement run as a command (DDL runs at once; a query comes back as a relation to
   * execute): in {@code input}, or in the older {@code sql} field, which Spark 3.5 reads.
   */
  @SuppressWarnings("deprecation")
  Execution sqlCommand(String statement) {
    SqlCommand.Builder command = atLeast("4.0.0") ? SqlCommand.newBuilder().setInput(Plans.sql(statement))
        : SqlCommand.newBuilder().setSql(statement);
    return command(Command.newBuilder().setSqlCommand(command).build());
  }

  /**
   * Runs the request to its end: reads every response, reattaching when the stream ends early. A
   * check that fails midway cancels the call rather than leaving it open until its deadline.
   */
  Execution execute(ExecutePlanRequest request) {
    Context.CancellableContext context = Context.current().withCancellation();
    try {
      return context.call(() -> executeInContext(request));
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    } finally {
      context.cancel(null);
    }
  }

  private Execution executeInContext(ExecutePlanRequest request) {
    List<ExecutePlanResponse> responses = new ArrayList<>();
    boolean reattachable = request.getRequestOptionsList().stream()
        .anyMatch(option -> option.hasReattachOptions() && option.getReattachOptions().getReattachable());
    try {
      read(stub().executePlan(request), request.getOperationId(), responses);
      int reattaches = 0;
      while (reattachable && !completed(responses)) {
        if (++reattaches > MOST_REATTACHES) {
          throw new CaseFailed("the execution's stream ended without result_complete " + MOST_REATTACHES
              + " times in a row");
        }
        ReattachExecuteRequest.Builder again = ReattachExecuteRequest.newBuilder().setSessionId(sessionId)
            .setUserContext(user()).setClientType(CLIENT_TYPE).setOperationId(request.getOperationId());
        if (!responses.isEmpty()) {
          again.setLastResponseId(responses.get(responses.size() - 1).getResponseId());
        }
        read(stub().reattachExecute(again.build()), request.getOperationId(), responses);
      }
      checkResponseIds(responses);
      return new Execution(responses, null);
    } catch (StatusRuntimeException e) {
      checkResponseIds(responses);
      return new Execution(responses, error(e));
    }
  }

  /** Reads a reattach stream to its end, checking each response; the error it ends with is thrown. */
  List<ExecutePlanResponse> reattach(ReattachExecuteRequest request) {
    Context.CancellableContext context = Context.current().withCancellation();
    try {
      return context.call(() -> {
        List<ExecutePlanResponse> responses = new ArrayList<>();
        read(stub().reattachExecute(request), request.getOperationId(), responses);
        return responses;
      });
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    } finally {
      context.cancel(null);
    }
  }

  /** A failure as this endpoint sends it (Spark 3.5 puts no SQL state in its ErrorInfo). */
  WireError error(StatusRuntimeException e) {
    return WireError.of(e, atLeast("4.0.0"));
  }

  void read(Iterator<ExecutePlanResponse> stream, String operationId, List<ExecutePlanResponse> into) {
    while (stream.hasNext()) {
      ExecutePlanResponse response = stream.next();
      checkIdentity(response.getSessionId(), response.getServerSideSessionId(), "an ExecutePlanResponse");
      Expect.equal(operationId, response.getOperationId(), "the operation id echoed in an ExecutePlanResponse");
      into.add(response);
    }
  }

  private static boolean completed(List<ExecutePlanResponse> responses) {
    return !responses.isEmpty() && responses.get(responses.size() - 1).hasResultComplete();
  }

  private static void checkResponseIds(List<ExecutePlanResponse> responses) {
    Set<String> seen = new HashSet<>();
    for (ExecutePlanResponse response : responses) {
      Expect.that(isUuid(response.getResponseId()), "every ExecutePlanResponse has a UUID response_id, not '"
          + response.getResponseId() + "'");
      Expect.that(seen.add(response.getResponseId()), "response ids are unique within an operation, but "
          + response.getResponseId() + " came twice");
    }
  }

  /** Checks what every answer in a session carries: its session id, and a server-side session id that is a UUID. */
  void checkIdentity(String echoedSession, String serverSideSession, String what) {
    Expect.equal(sessionId, echoedSession, "the session id echoed in " + what);
    // Spark 3.5 sends no server-side session id.
    if (atLeast("4.0.0")) {
      Expect.that(isUuid(serverSideSession), "the server_side_session_id of " + what + " is a UUID, not '"
          + serverSideSession + "'");
    }
  }

  static boolean isUuid(String text) {
    return text != null && UUID_TEXT.matcher(text).matches();
  }

  /** An AnalyzePlan of this session, built by {@code request}; its identity is checked. */
  AnalyzePlanResponse analyze(Consumer<AnalyzePlanRequest.Builder> request) {
    AnalyzePlanRequest.Builder builder = AnalyzePlanRequest.newBuilder().setSessionId(sessionId).setUserContext(user())
        .setClientType(CLIENT_TYPE);
    request.accept(builder);
    AnalyzePlanResponse response = stub().analyzePlan(builder.build());
    checkIdentity(response.getSessionId(), response.getServerSideSessionId(), "an AnalyzePlanResponse");
    return response;
  }

  /** A Config call of this session; its identity is checked. */
  ConfigResponse config(ConfigRequest.Operation.Builder operation) {
    ConfigResponse response = stub().config(ConfigRequest.newBuilder().setSessionId(sessionId).setUserContext(user())
        .setClientType(CLIENT_TYPE).setOperation(operation).build());
    checkIdentity(response.getSessionId(), response.getServerSideSessionId(), "a ConfigResponse");
    return response;
  }

  ConfigResponse set(String key, String value) {
    return config(ConfigRequest.Operation.newBuilder().setSet(ConfigRequest.Set.newBuilder()
        .addPairs(KeyValue.newBuilder().setKey(key).setValue(value))));
  }

  /** The value of a key by a Get, which must answer one pair for it. */
  String get(String key) {
    ConfigResponse response = config(ConfigRequest.Operation.newBuilder().setGet(ConfigRequest.Get.newBuilder()
        .addKeys(key)));
    Expect.equal(1, response.getPairsCount(), "the number of pairs a Get of one key answers");
    Expect.equal(key, response.getPairs(0).getKey(), "the key of the pair a Get answers");
    return response.getPairs(0).getValue();
  }

  /** The server-side session id this session has now, read with a Config call. */
  String serverSideSessionId() {
    return config(ConfigRequest.Operation.newBuilder().setIsModifiable(ConfigRequest.IsModifiable.newBuilder()
        .addKeys("spark.sql.session.timeZone"))).getServerSideSessionId();
  }

  /**
   * The error {@code call} must fail with. An endpoint that does not implement the RPC has not
   * refused the request: that failure goes to the runner, which skips an optional RPC's case.
   */
  WireError failure(Runnable call, String what) {
    try {
      call.run();
    } catch (StatusRuntimeException e) {
      if (e.getStatus().getCode() == io.grpc.Status.Code.UNIMPLEMENTED) {
        throw e;
      }
      return error(e);
    }
    throw new CaseFailed("expected " + what + " to fail, but it succeeded");
  }
}
