package dev.sparkconnect.client;

import dev.sparkconnect.client.streaming.StreamingQueryListener;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

/** A listener that keeps every event it hears, in order, for a test to wait for and look at. */
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

  /** Waits up to 60 s for an event of {@code type} that {@code matches}, and returns it. */
  <E extends Event> E await(Class<E> type, Predicate<E> matches) throws InterruptedException {
    for (int wait = 0; wait < 600; wait++) {
      for (Event event : events) {
        if (type.isInstance(event) && matches.test(type.cast(event))) {
          return type.cast(event);
        }
      }
      Thread.sleep(100);
    }
    throw new AssertionError("no " + type.getSimpleName() + " as expected among " + events);
  }
}
