package dev.sparkconnect.client.internal.streaming;

import dev.sparkconnect.client.internal.transport.ResponseStream;
import dev.sparkconnect.client.streaming.StreamingQueryListener;
import dev.sparkconnect.proto.Command;
import dev.sparkconnect.proto.ExecutePlanResponse;
import dev.sparkconnect.proto.StreamingQueryListenerBusCommand;
import dev.sparkconnect.proto.StreamingQueryListenerEvent;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A session's client-side streaming query listeners, fed by the server's listener bus: the first
 * listener opens one long-running execution ({@code add_listener_bus_listener}), whose first
 * response says the server's bus listener is in place and whose later responses carry events; the
 * last listener removed sends {@code remove_listener_bus_listener}, which ends it. One daemon thread
 * per open bus reads the events and hands each to every listener in turn.
 *
 * <p>The execution reattaches through broken streams like any other. If it fails for good (the
 * session ended, the server went away for longer than the retry policy allows), the failure is
 * logged, the listeners are dropped, and the next {@link #add} opens a new bus.
 */
public final class ListenerBus implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(ListenerBus.class);

  private final StreamingCommands commands;
  private final List<StreamingQueryListener> listeners = new CopyOnWriteArrayList<>();
  private ResponseStream events;

  /** The bus of the session {@code commands} run in. */
  public ListenerBus(StreamingCommands commands) {
    this.commands = Objects.requireNonNull(commands, "commands");
  }

  /**
   * Adds {@code listener}; the first one opens the bus and returns once the server confirmed it.
   *
   * @throws dev.sparkconnect.client.errors.FeatureNotSupportedByServerException before Spark 4.0,
   *     whose server has no listener bus for clients
   */
  public synchronized void add(StreamingQueryListener listener) {
    Objects.requireNonNull(listener, "listener");
    if (events == null) {
      open();
    }
    listeners.add(listener);
  }

  /** Removes {@code listener} (one registration of it); removing the last one closes the bus. */
  public synchronized void remove(StreamingQueryListener listener) {
    if (!listeners.remove(Objects.requireNonNull(listener, "listener")) || !listeners.isEmpty() || events == null) {
      return;
    }
    ResponseStream open = events;
    try {
      commands.drain(Command.newBuilder().setStreamingQueryListenerBusCommand(
          StreamingQueryListenerBusCommand.newBuilder().setRemoveListenerBusListener(true)).build());
    } finally {
      closeStream(open);
    }
  }

  /** The listeners added and not removed, in the order added. */
  public StreamingQueryListener[] list() {
    return listeners.toArray(StreamingQueryListener[]::new);
  }

  /** Hands the started event the server returned with a query's start to every listener, before start() returns. */
  public void started(String eventJson) {
    if (eventJson == null || eventJson.isEmpty() || listeners.isEmpty()) {
      return;
    }
    dispatch(StreamingQueryListenerEvent.newBuilder().setEventJson(eventJson).build(), true);
  }

  /** Closes the bus without asking the server (the session is ending); the listeners are dropped. */
  @Override
  public synchronized void close() {
    listeners.clear();
    if (events != null) {
      closeStream(events);
    }
  }

  private void open() {
    ResponseStream stream = commands.open(Command.newBuilder().setStreamingQueryListenerBusCommand(
        StreamingQueryListenerBusCommand.newBuilder().setAddListenerBusListener(true)).build());
    try {
      boolean added = false;
      while (!added && stream.hasNext()) {
        ExecutePlanResponse response = stream.next();
        if (response.hasStreamingQueryListenerEventsResult()) {
          added = response.getStreamingQueryListenerEventsResult().getListenerBusListenerAdded();
          response.getStreamingQueryListenerEventsResult().getEventsList().forEach(event -> dispatch(event, false));
        }
      }
      if (!added) {
        throw new IllegalStateException("The server ended the listener bus without confirming its listener");
      }
    } catch (RuntimeException e) {
      stream.close();
      throw e;
    }
    events = stream;
    Thread reader = new Thread(() -> read(stream), "spark-connect-listener-bus-" + stream.operationId());
    reader.setDaemon(true);
    reader.start();
  }

  private void read(ResponseStream stream) {
    try {
      while (stream.hasNext()) {
        ExecutePlanResponse response = stream.next();
        if (response.hasStreamingQueryListenerEventsResult()) {
          for (StreamingQueryListenerEvent event : response.getStreamingQueryListenerEventsResult().getEventsList()) {
            dispatch(event, false);
          }
        }
      }
    } catch (RuntimeException e) {
      if (isCurrent(stream)) {
        LOG.warn("The streaming listener bus failed; its {} listener(s) are removed and will hear nothing more: {}",
            listeners.size(), e.toString());
        synchronized (this) {
          if (events == stream) {
            listeners.clear();
          }
        }
      }
    } finally {
      synchronized (this) {
        if (events == stream) {
          events = null;
        }
      }
    }
  }

  private synchronized boolean isCurrent(ResponseStream stream) {
    return events == stream;
  }

  private synchronized void closeStream(ResponseStream stream) {
    if (events == stream) {
      events = null;
    }
    stream.close();
  }

  private void dispatch(StreamingQueryListenerEvent event, boolean started) {
    for (StreamingQueryListener listener : listeners) {
      try {
        if (started) {
          listener.onQueryStarted(StreamingQueryListener.QueryStartedEvent.fromJson(event.getEventJson()));
          continue;
        }
        switch (event.getEventType()) {
          case QUERY_PROGRESS_EVENT -> listener.onQueryProgress(
              StreamingQueryListener.QueryProgressEvent.fromJson(event.getEventJson()));
          case QUERY_IDLE_EVENT -> listener.onQueryIdle(StreamingQueryListener.QueryIdleEvent.fromJson(event.getEventJson()));
          case QUERY_TERMINATED_EVENT -> listener.onQueryTerminated(
              StreamingQueryListener.QueryTerminatedEvent.fromJson(event.getEventJson()));
          default -> LOG.debug("Skipping a listener bus event of type {}", event.getEventType());
        }
      } catch (RuntimeException e) {
        LOG.warn("A streaming query listener ({}) failed on a {} event: {}", listener.getClass().getName(),
            started ? "QUERY_STARTED" : event.getEventType(), e.toString(), e);
      }
    }
  }
}
