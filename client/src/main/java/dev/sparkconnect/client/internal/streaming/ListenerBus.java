package dev.sparkconnect.client.internal.streaming;

import dev.sparkconnect.client.internal.transport.ResponseStream;
import dev.sparkconnect.client.streaming.StreamingQueryListener;
import dev.sparkconnect.proto.Command;
import dev.sparkconnect.proto.ExecutePlanResponse;
import dev.sparkconnect.proto.StreamingQueryListenerBusCommand;
import dev.sparkconnect.proto.StreamingQueryListenerEvent;
import java.util.ArrayList;
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
 * <p>Events are handed out one at a time: the bus's reader thread and the thread of a
 * {@code start()} (which delivers its query's started event itself) take turns. Adding and removing
 * listeners take turns too, and talk to the server outside the lock that {@link #close()} needs, so
 * a session stopping never waits for the network.
 *
 * <p>The execution reattaches through broken streams like any other. If it ends for good (the
 * session ended, the server went away for longer than the retry policy allows), the failure is
 * logged, the listeners are dropped, and the next {@link #add} opens a new bus.
 */
public final class ListenerBus implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(ListenerBus.class);

  private final StreamingCommands commands;
  private final List<StreamingQueryListener> listeners = new CopyOnWriteArrayList<>();
  /** Held while adding or removing, so that one bus opens and the last removal closes it; not by close(). */
  private final Object changes = new Object();
  /** Held while an event is handed out, so listeners hear one event at a time. */
  private final Object delivery = new Object();
  /** The open bus, or the one being opened; guarded by this. */
  private ResponseStream events;
  private boolean closed;

  /** The bus of the session {@code commands} run in. */
  public ListenerBus(StreamingCommands commands) {
    this.commands = Objects.requireNonNull(commands, "commands");
  }

  /**
   * Adds {@code listener}; the first one opens the bus and returns once the server confirmed it, so
   * the listener hears every event posted after that.
   *
   * @throws dev.sparkconnect.client.errors.FeatureNotSupportedByServerException before Spark 4.0,
   *     whose server has no listener bus for clients
   */
  public void add(StreamingQueryListener listener) {
    Objects.requireNonNull(listener, "listener");
    refuseWhenClosed();
    synchronized (changes) {
      synchronized (this) {
        refuseWhenClosed();
        // Listening before the bus opens: events that come with its confirmation are heard too.
        listeners.add(listener);
        if (events != null) {
          return;
        }
      }
      try {
        open();
      } catch (RuntimeException e) {
        listeners.remove(listener);
        throw e;
      }
    }
  }

  private synchronized void refuseWhenClosed() {
    if (closed) {
      throw new IllegalStateException("The session is stopped: it takes no more streaming query listeners");
    }
  }

  /** Removes {@code listener} (one registration of it); removing the last one closes the bus. */
  public void remove(StreamingQueryListener listener) {
    Objects.requireNonNull(listener, "listener");
    synchronized (changes) {
      ResponseStream open;
      synchronized (this) {
        if (!listeners.remove(listener) || !listeners.isEmpty() || events == null) {
          return;
        }
        open = events;
        events = null;
      }
      try {
        commands.drain(Command.newBuilder().setStreamingQueryListenerBusCommand(
            StreamingQueryListenerBusCommand.newBuilder().setRemoveListenerBusListener(true)).build());
      } finally {
        open.close();
      }
    }
  }

  /** The listeners added and not removed, in the order added. */
  public StreamingQueryListener[] list() {
    return listeners.toArray(StreamingQueryListener[]::new);
  }

  /**
   * Hands the started event the server returned with a query's start to every listener, on the
   * calling thread and before start() returns.
   */
  public void started(String eventJson) {
    if (eventJson == null || eventJson.isEmpty() || listeners.isEmpty()) {
      return;
    }
    dispatch(StreamingQueryListenerEvent.newBuilder().setEventJson(eventJson).build(), true);
  }

  /**
   * Closes the bus without asking the server (the session is ending) and without waiting for an
   * add or remove under way; the listeners are dropped and no more can be added.
   */
  @Override
  public void close() {
    ResponseStream open;
    synchronized (this) {
      closed = true;
      listeners.clear();
      open = events;
      events = null;
    }
    if (open != null) {
      open.close();
    }
  }

  private void open() {
    ResponseStream stream = commands.open(Command.newBuilder().setStreamingQueryListenerBusCommand(
        StreamingQueryListenerBusCommand.newBuilder().setAddListenerBusListener(true)).build());
    synchronized (this) {
      if (closed) {
        stream.close();
        throw new IllegalStateException("The session stopped while its listener bus was opening");
      }
      events = stream;
    }
    // Events that come with the confirmation go to the reader thread, first: none is handed out
    // while adding holds its lock, which a listener adding or removing another would wait for.
    List<StreamingQueryListenerEvent> early = new ArrayList<>();
    try {
      boolean added = false;
      while (!added && stream.hasNext()) {
        ExecutePlanResponse response = stream.next();
        if (response.hasStreamingQueryListenerEventsResult()) {
          added = response.getStreamingQueryListenerEventsResult().getListenerBusListenerAdded();
          early.addAll(response.getStreamingQueryListenerEventsResult().getEventsList());
        }
      }
      if (!added) {
        throw new IllegalStateException("The server ended the listener bus without confirming its listener");
      }
    } catch (RuntimeException e) {
      synchronized (this) {
        if (events == stream) {
          events = null;
        }
      }
      stream.close();
      throw e;
    }
    Thread reader = new Thread(() -> read(stream, early), "spark-connect-listener-bus-" + stream.operationId());
    reader.setDaemon(true);
    reader.start();
  }

  private void read(ResponseStream stream, List<StreamingQueryListenerEvent> early) {
    Throwable failure = null;
    try {
      early.forEach(event -> dispatch(event, false));
      while (stream.hasNext()) {
        ExecutePlanResponse response = stream.next();
        if (response.hasStreamingQueryListenerEventsResult()) {
          for (StreamingQueryListenerEvent event : response.getStreamingQueryListenerEventsResult().getEventsList()) {
            dispatch(event, false);
          }
        }
      }
    } catch (Throwable e) {
      failure = e; // whatever ends the reader ends the bus below, so that the next add() opens another
    } finally {
      ended(stream, failure);
    }
  }

  private void ended(ResponseStream stream, Throwable failure) {
    int dropped;
    synchronized (this) {
      if (events != stream) {
        return; // removed or closed: ending was asked for
      }
      events = null;
      dropped = listeners.size();
      listeners.clear();
    }
    stream.close();
    if (dropped > 0) {
      LOG.warn("The streaming listener bus {}; its {} listener(s) are removed and will hear nothing more",
          failure == null ? "was ended by the server" : "failed: " + failure, dropped);
    }
  }

  private void dispatch(StreamingQueryListenerEvent event, boolean started) {
    synchronized (delivery) {
      for (StreamingQueryListener listener : listeners) {
        deliver(listener, event, started);
      }
    }
  }

  private static void deliver(StreamingQueryListener listener, StreamingQueryListenerEvent event, boolean started) {
    try {
      if (started) {
        listener.onQueryStarted(StreamingQueryListener.QueryStartedEvent.fromJson(event.getEventJson()));
        return;
      }
      switch (event.getEventType()) {
        case QUERY_PROGRESS_EVENT -> listener.onQueryProgress(
            StreamingQueryListener.QueryProgressEvent.fromJson(event.getEventJson()));
        case QUERY_IDLE_EVENT -> listener.onQueryIdle(StreamingQueryListener.QueryIdleEvent.fromJson(event.getEventJson()));
        case QUERY_TERMINATED_EVENT -> listener.onQueryTerminated(
            StreamingQueryListener.QueryTerminatedEvent.fromJson(event.getEventJson()));
        default -> LOG.debug("Skipping a listener bus event of type {}", event.getEventType());
      }
    } catch (VirtualMachineError e) {
      throw e;
    } catch (Throwable e) {
      // An assertion failing in a test's listener included: reported, and the next event still comes.
      LOG.warn("A streaming query listener ({}) failed on a {} event: {}", listener.getClass().getName(),
          started ? "QUERY_STARTED" : event.getEventType(), e.toString(), e);
    }
  }
}
