package dev.sparkconnect.client.internal.transport;

import dev.sparkconnect.client.RetryPolicy;
import dev.sparkconnect.client.errors.RetriesExhaustedException;
import dev.sparkconnect.proto.ExecutePlanRequest;
import dev.sparkconnect.proto.ExecutePlanResponse;
import dev.sparkconnect.proto.ReattachExecuteRequest;
import dev.sparkconnect.proto.ReleaseExecuteRequest;
import dev.sparkconnect.proto.ReleaseExecuteResponse;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.StreamObserver;
import java.time.Duration;
import io.grpc.Context;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The responses of one reattachable execution, delivered exactly once each and in order, across
 * broken and cut streams.
 *
 * <p>The execution is started with {@code reattachable = true}. Every response's id is remembered;
 * when a stream ends before {@code result_complete}, or fails with a retryable error, the
 * iterator reattaches after the last response it handed out, so the server resends nothing twice
 * and skips nothing. If the server has forgotten the operation before anything arrived, the
 * original request is sent again with the same operation id. Consumed responses are released on
 * the server as they are handed out, all of them at the end; releases are asynchronous and only
 * logged when they fail.
 *
 * <p>One thread reads; {@link #close()} may come from any other (a session stopping, a listener bus
 * closed while its reader waits): it cancels the call the reader is blocked on, and the reader then
 * fails with "closed" instead of reattaching.
 */
final class ReattachableExecution implements ResponseStream {

  private static final Logger LOG = LoggerFactory.getLogger(ReattachableExecution.class);

  private final SparkConnectClient client;
  private final ExecutePlanRequest request;
  private final RetryPolicy retryPolicy;
  private final String attempt;

  private Iterator<ExecutePlanResponse> stream;
  private volatile boolean started;
  /** Set by {@link #close()}, from whichever thread. */
  private volatile boolean closed;
  /** Counted down by {@link #close()}, so that a reader waiting to retry stops waiting. */
  private final java.util.concurrent.CountDownLatch closing = new java.util.concurrent.CountDownLatch(1);
  /** Whether the execution may exist on the server: set before the first call goes out, so close() releases it. */
  private volatile boolean requested;
  private String lastResponseId;
  /**
   * For tests of test tools only: a deliberately broken client that reattaches from the start of
   * the result instead of after the last response it received, and releases nothing on the way, so
   * that a break after rows arrived repeats them. A fault sweep must catch it.
   */
  static final String RESUME_FROM_START_FOR_TESTS = "dev.sparkconnect.testing.resumeFromStart";
  private final boolean resumeFromStart = Boolean.getBoolean(RESUME_FROM_START_FOR_TESTS);
  private ExecutePlanResponse next;
  private volatile boolean complete;
  private int retries;
  /** When this execution began, for the policy's patience with a server that cannot be reached. */
  private final long startedNanos = System.nanoTime();
  /** Responses the current stream has brought; a stream that ends cleanly with none counts as a retry. */
  private int receivedOnStream;
  private long streamOpenedNanos;
  /**
   * How long a stream that brought nothing must have stayed open to count as the server's planned
   * cut of a waiting operation rather than a failure: Spark's own tests cut streams after 1 s.
   */
  static final long WAITED_STREAM_NANOS = java.util.concurrent.TimeUnit.MILLISECONDS.toNanos(500);
  private final Context.CancellableContext context = Context.current().withCancellation();
  /** How long a stream may bring nothing before it is given up and reattached; null for never. */
  private final Duration streamIdleTimeout;
  /** The current stream's own context (cancelled to give that stream up) and its watchdog. */
  private Context.CancellableContext streamContext;
  private volatile StreamWatchdog watchdog;

  ReattachableExecution(SparkConnectClient client, ExecutePlanRequest request, RetryPolicy retryPolicy,
      Duration streamIdleTimeout) {
    this.client = client;
    this.request = request;
    this.retryPolicy = retryPolicy;
    this.streamIdleTimeout = streamIdleTimeout;
    this.attempt = "executing operation " + request.getOperationId() + " on " + client.remote();
  }

  @Override
  public boolean hasNext() {
    if (closed) {
      next = null;
      return false;
    }
    if (next != null) {
      return true;
    }
    if (complete) {
      return false;
    }
    while (true) {
      if (closed) {
        throw new IllegalStateException("This result stream was closed");
      }
      try {
        if (stream == null) {
          // Calls made inside the context end when it is cancelled, so close() can stop a blocking read;
          // each stream has a context of its own, so that a silent one can be given up alone.
          Context.CancellableContext ofStream = context.withCancellation();
          watchStream(ofStream);
          Context previous = ofStream.attach();
          requested = true;
          try {
            stream = started ? client.stub().reattachExecute(reattachRequest()) : client.stub().executePlan(request);
          } finally {
            ofStream.detach(previous);
          }
          started = true;
          receivedOnStream = 0;
          streamOpenedNanos = System.nanoTime();
        }
        Iterator<ExecutePlanResponse> current = stream;
        if (current.hasNext()) {
          ExecutePlanResponse response = current.next();
          StreamWatchdog watching = watchdog;
          if (watching != null) {
            watching.activity();
          }
          retries = 0;
          receivedOnStream++;
          client.observeServerSession(response.getServerSideSessionId());
          if (response.hasExecutionProgress()) {
            client.progress(request.getOperationId(), response.getExecutionProgress());
          }
          if (!response.getResponseId().isEmpty()) {
            lastResponseId = response.getResponseId();
          }
          if (response.hasResultComplete()) {
            complete = true;
            stopWatching();
            release(ReleaseExecuteRequest.newBuilder()
                .setReleaseAll(ReleaseExecuteRequest.ReleaseAll.getDefaultInstance()));
          } else if (lastResponseId != null && !resumeFromStart) {
            release(ReleaseExecuteRequest.newBuilder()
                .setReleaseUntil(ReleaseExecuteRequest.ReleaseUntil.newBuilder().setResponseId(lastResponseId)));
          }
          next = response;
          return true;
        }
        // The server closed this stream before the result was complete: more is to come.
        endStream();
        if (receivedOnStream == 0 && System.nanoTime() - streamOpenedNanos >= WAITED_STREAM_NANOS) {
          // The server held the stream open and then ended it as planned (it cuts every stream after
          // senderMaxStreamDuration): an operation that is waiting (awaitTermination) is healthy, however long.
          retries = 0;
        } else if (receivedOnStream == 0) {
          // A stream that ended at once with nothing is no progress: back off, and give up within the policy.
          if (retries >= retryPolicy.maxRetries()) {
            complete = true;
            release(ReleaseExecuteRequest.newBuilder()
                .setReleaseAll(ReleaseExecuteRequest.ReleaseAll.getDefaultInstance()));
            throw new RetriesExhaustedException("Gave up " + attempt + ": the server ended " + (retries + 1)
                + " streams in a row without result_complete and without a new response", retries + 1, null);
          }
          sleep(retryPolicy.backoff(retries, null));
          retries++;
        }
        LOG.debug("Stream of operation {} ended before result_complete; reattaching after {}",
            request.getOperationId(), lastResponseId);
      } catch (StatusRuntimeException e) {
        StreamWatchdog watching = watchdog;
        boolean silent = watching != null && watching.fired();
        endStream();
        if (closed || context.isCancelled()) {
          complete = true;
          throw new IllegalStateException("This result stream was closed", e);
        }
        if (silent) {
          // Nothing arrived for the whole idle timeout: a frozen connection or a stuck server. Given
          // up like a stream that ended with nothing, and retried within the policy.
          if (retries >= retryPolicy.maxRetries()) {
            complete = true;
            release(ReleaseExecuteRequest.newBuilder()
                .setReleaseAll(ReleaseExecuteRequest.ReleaseAll.getDefaultInstance()));
            throw new RetriesExhaustedException("Gave up " + attempt + ": " + (retries + 1) + " streams in a row "
                + "brought nothing for " + streamIdleTimeout.toSeconds() + " s (streamIdleTimeout); the connection "
                + "may be frozen or the server stuck", retries + 1, e);
          }
          LOG.info("Operation {} sent nothing for {}; reattaching", request.getOperationId(), streamIdleTimeout);
          sleep(retryPolicy.backoff(retries, null));
          retries++;
          continue;
        }
        if (RetryableErrors.isOperationGone(e) && lastResponseId == null && retries < retryPolicy.maxRetries()) {
          // Nothing was received yet, so nothing is lost by starting over.
          started = false;
          retries++;
          continue;
        }
        boolean retryable = RetryableErrors.isRetryable(e) && client.mayRetry(e, startedNanos);
        if (retryable && retries < retryPolicy.maxRetries()) {
          sleep(retryPolicy.backoff(retries, RetryableErrors.serverRetryDelay(e)));
          client.readyForRetry(e);
          retries++;
          continue;
        }
        complete = true;
        if (started) {
          release(ReleaseExecuteRequest.newBuilder()
              .setReleaseAll(ReleaseExecuteRequest.ReleaseAll.getDefaultInstance()));
        }
        if (retryable) {
          throw new RetriesExhaustedException("Gave up " + attempt + " after " + (retries + 1) + " attempts (gRPC "
              + e.getStatus().getCode() + "); the last failure is the cause", retries + 1, e);
        }
        throw client.error(e, attempt);
      }
    }
  }

  private synchronized void watchStream(Context.CancellableContext ofStream) {
    streamContext = ofStream;
    watchdog = StreamWatchdog.watch(streamIdleTimeout, () -> ofStream.cancel(null));
  }

  /** Forgets the current stream and stops watching it. */
  private void endStream() {
    stream = null;
    stopWatching();
  }

  /** Stops the watchdog and cancels the current stream's context; safe from close() on another thread. */
  private synchronized void stopWatching() {
    StreamWatchdog watching = watchdog;
    watchdog = null;
    if (watching != null) {
      watching.close();
    }
    Context.CancellableContext ofStream = streamContext;
    streamContext = null;
    if (ofStream != null) {
      ofStream.cancel(null);
    }
  }

  @Override
  public ExecutePlanResponse next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    ExecutePlanResponse response = next;
    next = null;
    return response;
  }

  @Override
  public String operationId() {
    return request.getOperationId();
  }

  @Override
  public void close() {
    synchronized (this) {
      if (closed || complete) {
        return;
      }
      closed = true;
    }
    // Cancelling the execution's context ends the call a reader may be blocked on; the reader's own
    // fields are left to the reader, which sees closed and stops.
    closing.countDown();
    context.cancel(null);
    stopWatching();
    if (requested) {
      release(ReleaseExecuteRequest.newBuilder().setReleaseAll(ReleaseExecuteRequest.ReleaseAll.getDefaultInstance()));
    }
  }

  private ReattachExecuteRequest reattachRequest() {
    ReattachExecuteRequest.Builder reattach = ReattachExecuteRequest.newBuilder()
        .setSessionId(request.getSessionId())
        .setUserContext(request.getUserContext())
        .setOperationId(request.getOperationId())
        .setClientType(request.getClientType());
    if (lastResponseId != null && !resumeFromStart) {
      reattach.setLastResponseId(lastResponseId);
    }
    String observed = observedOr(request.getClientObservedServerSideSessionId());
    if (!observed.isEmpty()) {
      reattach.setClientObservedServerSideSessionId(observed);
    }
    return reattach.build();
  }

  private String observedOr(String fallback) {
    String observed = client.observedServerSessionId();
    return observed != null ? observed : fallback;
  }

  private void release(ReleaseExecuteRequest.Builder release) {
    ReleaseExecuteRequest message = release
        .setSessionId(request.getSessionId())
        .setUserContext(request.getUserContext())
        .setOperationId(request.getOperationId())
        .setClientType(request.getClientType())
        .build();
    client.asyncStub().releaseExecute(message, new StreamObserver<>() {
      @Override
      public void onNext(ReleaseExecuteResponse value) {}

      @Override
      public void onError(Throwable t) {
        LOG.debug("Releasing responses of operation {} failed: {}", request.getOperationId(), t.toString());
      }

      @Override
      public void onCompleted() {}
    });
  }

  /** Waits {@code wait} before a retry, or less if the execution is closed meanwhile. */
  private void sleep(Duration wait) {
    try {
      closing.await(wait.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while waiting to retry", e);
    }
  }
}
