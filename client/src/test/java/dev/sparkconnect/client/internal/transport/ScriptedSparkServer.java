package dev.sparkconnect.client.internal.transport;

import com.google.protobuf.ByteString;
import dev.sparkconnect.arrow.ArrowField;
import dev.sparkconnect.arrow.ArrowSchema;
import dev.sparkconnect.arrow.ArrowStreamWriter;
import dev.sparkconnect.arrow.ArrowType;
import dev.sparkconnect.proto.ConfigRequest;
import dev.sparkconnect.proto.ConfigResponse;
import dev.sparkconnect.proto.ExecutePlanRequest;
import dev.sparkconnect.proto.ExecutePlanResponse;
import dev.sparkconnect.proto.ReattachExecuteRequest;
import dev.sparkconnect.proto.ReleaseExecuteRequest;
import dev.sparkconnect.proto.ReleaseExecuteResponse;
import dev.sparkconnect.proto.ReleaseSessionRequest;
import dev.sparkconnect.proto.ReleaseSessionResponse;
import dev.sparkconnect.proto.SparkConnectServiceGrpc;
import io.grpc.Server;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.netty.shaded.io.grpc.netty.NettyServerBuilder;
import io.grpc.stub.StreamObserver;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A small Spark Connect server for the client's own unit tests of retries and reattaches: every
 * execution answers {@code rows} one-row Arrow batches of {@code id BIGINT} (0, 1, ...) and
 * {@code result_complete}, each with its response id; reattaches resume after the last response id
 * as Spark's do; and a script of breaks, one per call in order, says where a stream breaks and how.
 * It knows nothing of the mock server, so the client module tests itself in milliseconds.
 */
final class ScriptedSparkServer implements AutoCloseable {

  /** How one call breaks: after {@code afterResponses} responses, with {@code failure}, or ends cleanly if null. */
  record Break(int afterResponses, StatusRuntimeException failure) {}

  private static final ArrowSchema SCHEMA = ArrowSchema.of(List.of(ArrowField.of("id", false, new ArrowType.Int(64, true))));

  private final int rows;
  private final Queue<Break> script = new ConcurrentLinkedQueue<>();
  private final Map<String, Boolean> known = new ConcurrentHashMap<>();
  final AtomicInteger executes = new AtomicInteger();
  final AtomicInteger reattaches = new AtomicInteger();
  final AtomicInteger configs = new AtomicInteger();
  final AtomicInteger analyses = new AtomicInteger();
  private final Server server;

  ScriptedSparkServer(int rows) {
    this.rows = rows;
    this.server = NettyServerBuilder.forAddress(new InetSocketAddress("127.0.0.1", 0)).addService(new Service()).build();
    try {
      server.start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The sc:// address of this server. */
  String remote() {
    return "sc://127.0.0.1:" + server.getPort();
  }

  /** The next call (ExecutePlan, ReattachExecute, Config or AnalyzePlan) breaks this way. */
  ScriptedSparkServer thenBreak(int afterResponses, StatusRuntimeException failure) {
    script.add(new Break(afterResponses, failure));
    return this;
  }

  /** The next call goes through whole. */
  ScriptedSparkServer thenAnswer() {
    script.add(new Break(Integer.MAX_VALUE, null));
    return this;
  }

  /** Forgets every operation, as a restarted server would. */
  void forgetOperations() {
    known.clear();
  }

  @Override
  public void close() {
    server.shutdownNow();
  }

  private ExecutePlanResponse response(String operationId, int index) {
    ExecutePlanResponse.Builder response = ExecutePlanResponse.newBuilder().setOperationId(operationId)
        .setResponseId(operationId + "/" + index).setServerSideSessionId("server-session");
    if (index < rows) {
      byte[] batch = ArrowStreamWriter.write(SCHEMA, List.<Object[]>of(new Object[] {(long) index}));
      return response.setArrowBatch(ExecutePlanResponse.ArrowBatch.newBuilder().setRowCount(1)
          .setData(ByteString.copyFrom(batch))).build();
    }
    return response.setResultComplete(ExecutePlanResponse.ResultComplete.getDefaultInstance()).build();
  }

  private void stream(String operationId, int from, StreamObserver<ExecutePlanResponse> out) {
    Break next = script.poll();
    int sent = 0;
    for (int index = from; index <= rows; index++) {
      if (next != null && sent == next.afterResponses()) {
        if (next.failure() != null) {
          out.onError(next.failure());
        } else {
          out.onCompleted();
        }
        return;
      }
      out.onNext(response(operationId, index));
      sent++;
    }
    out.onCompleted();
  }

  private final class Service extends SparkConnectServiceGrpc.SparkConnectServiceImplBase {
    @Override
    public void executePlan(ExecutePlanRequest request, StreamObserver<ExecutePlanResponse> out) {
      executes.incrementAndGet();
      known.put(request.getOperationId(), true);
      stream(request.getOperationId(), 0, out);
    }

    @Override
    public void reattachExecute(ReattachExecuteRequest request, StreamObserver<ExecutePlanResponse> out) {
      reattaches.incrementAndGet();
      if (!known.containsKey(request.getOperationId())) {
        out.onError(Status.INTERNAL.withDescription("[INVALID_HANDLE.OPERATION_NOT_FOUND] The handle "
            + request.getOperationId() + " is invalid. Operation not found.").asRuntimeException());
        return;
      }
      int from = request.hasLastResponseId()
          ? Integer.parseInt(request.getLastResponseId().substring(request.getLastResponseId().indexOf('/') + 1)) + 1
          : 0;
      stream(request.getOperationId(), from, out);
    }

    @Override
    public void releaseExecute(ReleaseExecuteRequest request, StreamObserver<ReleaseExecuteResponse> out) {
      out.onNext(ReleaseExecuteResponse.newBuilder().setOperationId(request.getOperationId()).build());
      out.onCompleted();
    }

    @Override
    public void config(ConfigRequest request, StreamObserver<ConfigResponse> out) {
      configs.incrementAndGet();
      Break next = script.poll();
      if (next != null && next.failure() != null && next.afterResponses() == 0) {
        out.onError(next.failure());
        return;
      }
      List<dev.sparkconnect.proto.KeyValue> pairs = new ArrayList<>();
      List<String> keys = request.getOperation().hasGet() ? request.getOperation().getGet().getKeysList()
          : request.getOperation().hasGetOption() ? request.getOperation().getGetOption().getKeysList() : List.of();
      for (String key : keys) {
        pairs.add(dev.sparkconnect.proto.KeyValue.newBuilder().setKey(key).setValue("value of " + key).build());
      }
      out.onNext(ConfigResponse.newBuilder().addAllPairs(pairs).setServerSideSessionId("server-session").build());
      out.onCompleted();
    }

    @Override
    public void analyzePlan(dev.sparkconnect.proto.AnalyzePlanRequest request,
        StreamObserver<dev.sparkconnect.proto.AnalyzePlanResponse> out) {
      analyses.incrementAndGet();
      Break next = script.poll();
      if (next != null && next.failure() != null && next.afterResponses() == 0) {
        out.onError(next.failure());
        return;
      }
      out.onNext(dev.sparkconnect.proto.AnalyzePlanResponse.newBuilder().setServerSideSessionId("server-session")
          .setSparkVersion(dev.sparkconnect.proto.AnalyzePlanResponse.SparkVersion.newBuilder().setVersion("4.2.0"))
          .build());
      out.onCompleted();
    }

    @Override
    public void releaseSession(ReleaseSessionRequest request, StreamObserver<ReleaseSessionResponse> out) {
      out.onNext(ReleaseSessionResponse.getDefaultInstance());
      out.onCompleted();
    }
  }
}
