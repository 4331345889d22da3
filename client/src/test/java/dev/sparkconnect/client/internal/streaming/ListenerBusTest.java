package dev.sparkconnect.client.internal.streaming;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sparkconnect.client.internal.transport.ResponseStream;
import dev.sparkconnect.client.streaming.StreamingQueryListener;
import dev.sparkconnect.proto.Command;
import dev.sparkconnect.proto.ExecutePlanResponse;
import dev.sparkconnect.proto.StreamingQueryEventType;
import dev.sparkconnect.proto.StreamingQueryListenerEvent;
import dev.sparkconnect.proto.StreamingQueryListenerEventsResult;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The listener bus's life: opening, hearing, ending, and a session closing it from any thread. */
@Timeout(30)
class ListenerBusTest {

  private static final String PROGRESS = "{\"progress\":{\"id\":\"00000000-0000-4000-8000-000000000001\","
      + "\"runId\":\"00000000-0000-4000-9000-000000000001\",\"batchId\":%d}}";

  @Test
  void theFirstListenerHearsTheEventsThatComeWithTheConfirmation() throws Exception {
    FakeServer server = new FakeServer();
    server.nextBus.add(confirmation(progress(0)));
    Heard heard = new Heard(2);
    try (ListenerBus bus = new ListenerBus(server)) {
      bus.add(heard);
      server.bus().push(events(progress(1)));
      assertThat(heard.await()).containsExactly(0L, 1L);
    }
  }

  @Test
  void aListenerFailingAnAssertionDoesNotStopTheBus() throws Exception {
    FakeServer server = new FakeServer();
    server.nextBus.add(confirmation());
    Heard heard = new Heard(2);
    try (ListenerBus bus = new ListenerBus(server)) {
      bus.add(new Heard(0) {
        @Override
        public void onQueryProgress(QueryProgressEvent event) {
          throw new AssertionError("a test's listener failing");
        }
      });
      bus.add(heard);
      server.bus().push(events(progress(1)));
      server.bus().push(events(progress(2)));
      assertThat(heard.await()).containsExactly(1L, 2L);
      assertThat(bus.list()).hasSize(2);
    }
  }

  @Test
  void aBusTheServerEndsDropsItsListenersAndTheNextAddOpensAnother() throws Exception {
    FakeServer server = new FakeServer();
    server.nextBus.add(confirmation());
    try (ListenerBus bus = new ListenerBus(server)) {
      bus.add(new Heard(0));
      FakeStream first = server.bus();
      first.end();
      while (bus.list().length > 0) { // the reader drops them once it has seen the end
        Thread.sleep(5);
      }

      server.nextBus.add(confirmation());
      Heard again = new Heard(1);
      bus.add(again);
      assertThat(server.opened).hasSize(2);
      server.bus().push(events(progress(7)));
      assertThat(again.await()).containsExactly(7L);
    }
  }

  @Test
  void aBusThatFailsToOpenLeavesNoListenerBehind() {
    FakeServer server = new FakeServer();
    server.nextBus.add(new ExecutePlanResponse[0]); // ends without confirming
    try (ListenerBus bus = new ListenerBus(server)) {
      assertThatThrownBy(() -> bus.add(new Heard(0))).hasMessageContaining("without confirming");
      assertThat(bus.list()).isEmpty();
    }
  }

  @Test
  void closingDoesNotWaitForARemovalTalkingToTheServer() throws Exception {
    FakeServer server = new FakeServer();
    server.nextBus.add(confirmation());
    ListenerBus bus = new ListenerBus(server);
    Heard listener = new Heard(0);
    bus.add(listener);
    CompletableFuture<Void> removing = CompletableFuture.runAsync(() -> bus.remove(listener));
    server.draining.await();

    bus.close(); // returns while the removal's command is still unanswered

    assertThat(removing).isNotDone();
    assertThatThrownBy(() -> bus.add(new Heard(0))).hasMessageContaining("stopped");
    server.drained.countDown();
    removing.get(10, TimeUnit.SECONDS);
    assertThat(server.bus().closed).isTrue();
  }

  @Test
  void closingWhileTheBusOpensEndsTheAdd() throws Exception {
    FakeServer server = new FakeServer();
    server.nextBus.add(new ExecutePlanResponse[0]);
    server.holdOpen = true;
    ListenerBus bus = new ListenerBus(server);
    CompletableFuture<Void> adding = CompletableFuture.runAsync(() -> bus.add(new Heard(0)));
    FakeStream opening = server.awaitBus();

    bus.close();

    assertThat(adding).failsWithin(10, TimeUnit.SECONDS);
    assertThat(opening.closed).isTrue();
    assertThat(bus.list()).isEmpty();
  }

  private static StreamingQueryListenerEvent progress(long batch) {
    return StreamingQueryListenerEvent.newBuilder().setEventType(StreamingQueryEventType.QUERY_PROGRESS_EVENT)
        .setEventJson(String.format(PROGRESS, batch)).build();
  }

  private static ExecutePlanResponse[] confirmation(StreamingQueryListenerEvent... with) {
    return new ExecutePlanResponse[] {ExecutePlanResponse.newBuilder().setStreamingQueryListenerEventsResult(
        StreamingQueryListenerEventsResult.newBuilder().setListenerBusListenerAdded(true).addAllEvents(List.of(with)))
        .build()};
  }

  private static ExecutePlanResponse events(StreamingQueryListenerEvent... events) {
    return ExecutePlanResponse.newBuilder().setStreamingQueryListenerEventsResult(
        StreamingQueryListenerEventsResult.newBuilder().addAllEvents(List.of(events))).build();
  }

  /** A listener that keeps the batch ids of the progress it hears. */
  private static class Heard extends StreamingQueryListener {
    private final List<Long> batches = new CopyOnWriteArrayList<>();
    private final CountDownLatch expected;

    Heard(int expected) {
      this.expected = new CountDownLatch(expected);
    }

    List<Long> await() throws InterruptedException {
      expected.await();
      return batches;
    }

    @Override
    public void onQueryStarted(QueryStartedEvent event) {}

    @Override
    public void onQueryProgress(QueryProgressEvent event) {
      batches.add(event.progress().batchId());
      expected.countDown();
    }

    @Override
    public void onQueryTerminated(QueryTerminatedEvent event) {}
  }

  /** Answers the bus commands: each open() serves the next prepared bus, drain() waits to be let go. */
  private static final class FakeServer implements StreamingCommands {
    final BlockingQueue<ExecutePlanResponse[]> nextBus = new LinkedBlockingQueue<>();
    final List<FakeStream> opened = new CopyOnWriteArrayList<>();
    final BlockingQueue<FakeStream> openings = new LinkedBlockingQueue<>();
    final CountDownLatch draining = new CountDownLatch(1);
    final CountDownLatch drained = new CountDownLatch(1);
    volatile boolean holdOpen;

    @Override
    public ExecutePlanResponse run(Command command) {
      throw new UnsupportedOperationException();
    }

    @Override
    public void drain(Command command) {
      draining.countDown();
      try {
        drained.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }

    @Override
    public ResponseStream open(Command command) {
      FakeStream stream = new FakeStream(nextBus.remove(), !holdOpen);
      opened.add(stream);
      openings.add(stream);
      return stream;
    }

    FakeStream bus() {
      return opened.get(opened.size() - 1);
    }

    FakeStream awaitBus() throws InterruptedException {
      return openings.take();
    }
  }

  /** A bus execution: its prepared responses, then whatever is pushed, until ended or closed. */
  private static final class FakeStream implements ResponseStream {
    private static final ExecutePlanResponse END = ExecutePlanResponse.getDefaultInstance();
    private final BlockingQueue<ExecutePlanResponse> responses = new LinkedBlockingQueue<>();
    volatile boolean closed;
    private ExecutePlanResponse next;

    FakeStream(ExecutePlanResponse[] first, boolean endsAfterFirstWhenEmpty) {
      responses.addAll(new ArrayList<>(List.of(first)));
      if (first.length == 0 && endsAfterFirstWhenEmpty) {
        responses.add(END);
      }
    }

    void push(ExecutePlanResponse response) {
      responses.add(response);
    }

    void end() {
      responses.add(END);
    }

    @Override
    public boolean hasNext() {
      if (next != null) {
        return true;
      }
      try {
        ExecutePlanResponse taken = responses.take();
        if (closed) {
          throw new IllegalStateException("This result stream was closed");
        }
        if (taken == END) {
          return false;
        }
        next = taken;
        return true;
      } catch (InterruptedException e) {
        throw new IllegalStateException(e);
      }
    }

    @Override
    public ExecutePlanResponse next() {
      hasNext();
      ExecutePlanResponse taken = next;
      next = null;
      return taken;
    }

    @Override
    public String operationId() {
      return "bus";
    }

    @Override
    public void close() {
      closed = true;
      responses.add(END);
    }
  }
}
