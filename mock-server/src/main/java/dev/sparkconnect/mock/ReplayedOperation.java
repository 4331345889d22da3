package dev.sparkconnect.mock;

import com.google.rpc.Status;
import dev.sparkconnect.proto.ExecutePlanResponse;
import java.util.List;
import java.util.Set;

/**
 * One ExecutePlan operation being replayed: its whole answer, with response ids, held as Spark
 * holds a reattachable result, so that a client can reattach after any response it received and
 * release what it has consumed.
 */
final class ReplayedOperation {

  final String operationId;
  final String planKey;
  final boolean reattachable;
  final Set<String> tags;
  private final List<ExecutePlanResponse> responses;
  private final Status error;
  /** The faults placed on ExecutePlan, positions counted over this operation's responses. */
  final FaultSchedule.Call faults;
  private int firstBuffered;
  private volatile boolean interrupted;
  private volatile boolean finished;
  private final java.util.concurrent.CountDownLatch interruption = new java.util.concurrent.CountDownLatch(1);
  private volatile long lastUsedNanos = System.nanoTime();
  private final java.util.concurrent.atomic.AtomicInteger streaming = new java.util.concurrent.atomic.AtomicInteger();

  /** See {@link dev.sparkconnect.fixtures.Fixture#heardAfterCalls()}: empty, or one per response. */
  private final List<Integer> heardAfterCalls;
  /** Its session's ExecutePlan calls when it started, the one that started it included. */
  private volatile int callsAtStart;

  ReplayedOperation(String operationId, String planKey, boolean reattachable, Set<String> tags,
      List<ExecutePlanResponse> responses, Status error, FaultSchedule.Call faults) {
    this(operationId, planKey, reattachable, tags, responses, error, faults, List.of());
  }

  ReplayedOperation(String operationId, String planKey, boolean reattachable, Set<String> tags,
      List<ExecutePlanResponse> responses, Status error, FaultSchedule.Call faults, List<Integer> heardAfterCalls) {
    this.heardAfterCalls = List.copyOf(heardAfterCalls);
    this.faults = faults;
    this.operationId = operationId;
    this.planKey = planKey;
    this.reattachable = reattachable;
    this.tags = Set.copyOf(tags);
    this.responses = List.copyOf(responses);
    this.error = error;
  }

  int size() {
    return responses.size();
  }

  ExecutePlanResponse response(int index) {
    return responses.get(index);
  }

  /** Notes that the operation was its session's {@code calls}-th ExecutePlan call. */
  void startedAsCall(int calls) {
    callsAtStart = calls;
  }

  /** Its session's ExecutePlan calls when it started, the one that started it included. */
  int callsAtStart() {
    return callsAtStart;
  }

  /**
   * How many of its session's ExecutePlan calls, after the one that started this operation, must
   * have started before response {@code index} goes out (0: at once).
   */
  int heardAfterCalls(int index) {
    return index < heardAfterCalls.size() ? heardAfterCalls.get(index) : 0;
  }

  /** The error that ends the stream after its responses, if the recording failed. */
  Status error() {
    return error;
  }

  /** Where a reattach after {@code lastResponseId} resumes (null: from the start). */
  synchronized int resumeIndex(String lastResponseId) {
    if (lastResponseId == null || lastResponseId.isEmpty()) {
      if (firstBuffered > 0) {
        throw SparkErrors.handle("INVALID_CURSOR.POSITION_NOT_AVAILABLE", "The cursor position id "
            + "(start) is no longer available: its responses were released.");
      }
      return 0;
    }
    for (int i = 0; i < responses.size(); i++) {
      if (responses.get(i).getResponseId().equals(lastResponseId)) {
        if (i + 1 < firstBuffered) {
          throw SparkErrors.handle("INVALID_CURSOR.POSITION_NOT_AVAILABLE", "The cursor position id "
              + lastResponseId + " is no longer available: it was released.");
        }
        return i + 1;
      }
    }
    throw SparkErrors.handle("INVALID_CURSOR.POSITION_NOT_FOUND", "The cursor position id "
        + lastResponseId + " is not found.");
  }

  /** Drops the responses up to and including {@code responseId} from the reattach buffer. */
  synchronized void releaseUntil(String responseId) {
    for (int i = 0; i < responses.size(); i++) {
      if (responses.get(i).getResponseId().equals(responseId)) {
        firstBuffered = Math.max(firstBuffered, i + 1);
        return;
      }
    }
  }

  /** How many responses are still held for a reattach. */
  synchronized int buffered() {
    return responses.size() - firstBuffered;
  }

  /** Marks a stream of this operation as started (ExecutePlan or ReattachExecute). */
  void streamStarted() {
    streaming.incrementAndGet();
    lastUsedNanos = System.nanoTime();
  }

  /** Marks a stream of this operation as ended. */
  void streamEnded() {
    lastUsedNanos = System.nanoTime();
    streaming.decrementAndGet();
  }

  /** Marks the operation as used now (a release of its responses). */
  void touch() {
    lastUsedNanos = System.nanoTime();
  }

  /** How long, at {@code now}, since a client last used the operation; 0 while a stream of it runs. */
  long idleFor(long now) {
    return streaming.get() > 0 ? 0 : now - lastUsedNanos;
  }

  /** Interrupts the operation, whatever its state (its session ended, it was abandoned). */
  synchronized void interrupt() {
    interrupted = true;
    interruption.countDown();
  }

  /**
   * Interrupts the operation if its answer has not gone out whole, as Spark's Interrupt does: true
   * when it did. Atomic with {@link #finish()}, so an operation is never both.
   */
  synchronized boolean interruptIfRunning() {
    if (finished) {
      return false;
    }
    interrupt();
    return true;
  }

  /** Marks the answer as gone out whole (to its last response, or its error), unless it was interrupted first. */
  synchronized boolean finish() {
    if (interrupted) {
      return false;
    }
    finished = true;
    return true;
  }

  /**
   * Waits until the operation is interrupted, for at most {@code millis}: true when it was. A
   * recording that ended cancelled ran until a client interrupted it, so its replay waits for the
   * same.
   */
  boolean awaitInterrupt(long millis) throws InterruptedException {
    return interruption.await(millis, java.util.concurrent.TimeUnit.MILLISECONDS);
  }

  boolean isFinished() {
    return finished;
  }

  /**
   * What GetStatus calls this operation: running while its answer is going out; once finished,
   * or interrupted, terminating until it is released, as Spark calls a finished operation whose
   * resources are still held.
   */
  dev.sparkconnect.proto.GetStatusResponse.OperationStatus.OperationState state() {
    return finished || interrupted
        ? dev.sparkconnect.proto.GetStatusResponse.OperationStatus.OperationState.OPERATION_STATE_TERMINATING
        : dev.sparkconnect.proto.GetStatusResponse.OperationStatus.OperationState.OPERATION_STATE_RUNNING;
  }

  /** What GetStatus calls this operation once it is released or removed. */
  dev.sparkconnect.proto.GetStatusResponse.OperationStatus.OperationState endState() {
    if (!finished) {
      return dev.sparkconnect.proto.GetStatusResponse.OperationStatus.OperationState.OPERATION_STATE_CANCELLED;
    }
    return error != null
        ? dev.sparkconnect.proto.GetStatusResponse.OperationStatus.OperationState.OPERATION_STATE_FAILED
        : dev.sparkconnect.proto.GetStatusResponse.OperationStatus.OperationState.OPERATION_STATE_SUCCEEDED;
  }

  boolean isInterrupted() {
    return interrupted;
  }
}
