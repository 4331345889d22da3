package dev.sparkconnect.examples.streaming;

import dev.sparkconnect.client.streaming.StreamingQueryListener;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A listener that keeps every event it hears, in order, for a test to look at. */
final class HeardEvents extends StreamingQueryListener {

  private final List<Event> events = new CopyOnWriteArrayList<>();

  @Override
  public void onQueryStarted(QueryStartedEvent event) {
    events.add(event);
  }

  @Override
  public void onQueryProgress(QueryProgressEvent event) {
    events.add(event);
  }

  @Override
  public void onQueryTerminated(QueryTerminatedEvent event) {
    events.add(event);
  }

  /** The events heard so far, in order. */
  List<Event> events() {
    return List.copyOf(events);
  }

  /** Waits up to ten seconds for a query's end to be heard, and returns every event heard. */
  List<Event> untilTerminated() throws InterruptedException {
    for (int wait = 0; wait < 100; wait++) {
      if (!events.isEmpty() && events.get(events.size() - 1) instanceof QueryTerminatedEvent) {
        break;
      }
      Thread.sleep(100);
    }
    return events();
  }
}
