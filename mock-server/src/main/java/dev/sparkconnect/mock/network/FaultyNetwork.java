package dev.sparkconnect.mock.network;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A TCP relay on loopback that breaks the network on purpose, in front of any Spark Connect
 * endpoint: the mock server, the recording proxy in front of a real server, or a real server
 * itself. Clients connect to {@link #port()}; every byte is relayed to the target, through the
 * {@link NetworkFault}s added, which can be added and removed while connections are open (as
 * Toxiproxy's toxics are):
 *
 * <pre>{@code
 * try (MockSparkConnectServer server = MockSparkConnectServer.builder().fixtures(dir).start();
 *      FaultyNetwork network = FaultyNetwork.inFrontOf(server.port()).seed(42)) {
 *   network.add(NetworkFault.bandwidth(256 * 1024));
 *   network.add(NetworkFault.reset().afterBytes(100_000).probability(0.5));
 *   SparkSession spark = SparkSession.builder().remote("sc://localhost:" + network.port()).create();
 *   ...
 *   network.events();   // connection 3 downstream: reset after 100000 bytes
 * }
 * }</pre>
 *
 * <p>The mock server and the recording proxy can also be built with one in front of their own
 * port ({@code networkFaults()} on their builders), reachable as {@code network()}.
 *
 * <p>Which connections a fault with a probability is decided for follows {@link #seed}, each
 * connection's number and the fault's text, so the same seed, faults and sequence of connections
 * choose the same connections, in any JVM; the bit a corruption flips follows them and the byte's
 * offset. Jitter and slice sizes are drawn per chunk read, and chunk boundaries follow TCP's
 * timing, so those vary in detail from run to run. {@code times(n)} goes to the first {@code n}
 * connections the fault is decided for. The relay listens only on
 * the address it is given (loopback unless told otherwise) and spends two threads per connection.
 */
public final class FaultyNetwork implements AutoCloseable {

  /** How many events {@link #events()} keeps; older ones are counted in {@link #droppedEvents()}. */
  public static final int EVENTS_KEPT = 1_000;

  private final ServerSocket listener;
  private volatile InetSocketAddress target;
  private final List<Armed> faults = new CopyOnWriteArrayList<>();
  private final Set<Connection> connections = ConcurrentHashMap.newKeySet();
  private final AtomicInteger connectionNumbers = new AtomicInteger();
  private final AtomicInteger connectionsOpened = new AtomicInteger();
  private final AtomicLong bytesToClients = new AtomicLong();
  private final AtomicLong bytesToServer = new AtomicLong();
  private final Deque<String> events = new ArrayDeque<>();
  private long droppedEvents;
  private volatile long seed;
  private volatile boolean closed;

  private FaultyNetwork(InetSocketAddress target, InetSocketAddress listenOn) {
    this.target = Objects.requireNonNull(target, "target");
    ServerSocket socket = null;
    try {
      socket = new ServerSocket();
      socket.setReuseAddress(true);
      socket.bind(listenOn, 128);
    } catch (IOException e) {
      if (socket != null) {
        closeQuietly(socket);
      }
      throw new UncheckedIOException("the faulty network cannot listen on " + listenOn, e);
    }
    this.listener = socket;
    Thread accept = new Thread(this::accept, "faulty-network-accept-" + listener.getLocalPort());
    accept.setDaemon(true);
    accept.start();
  }

  /** A relay on a free loopback port in front of {@code targetPort} on loopback. */
  public static FaultyNetwork inFrontOf(int targetPort) {
    InetAddress loopback = InetAddress.getLoopbackAddress();
    return new FaultyNetwork(new InetSocketAddress(loopback, targetPort), new InetSocketAddress(loopback, 0));
  }

  /** A relay listening on {@code listenOn} (port 0: a free one) in front of {@code target}. */
  public static FaultyNetwork inFrontOf(InetSocketAddress target, InetSocketAddress listenOn) {
    return new FaultyNetwork(target, Objects.requireNonNull(listenOn, "listenOn"));
  }

  /** The port clients connect to. */
  public int port() {
    return listener.getLocalPort();
  }

  /**
   * Makes the random choices of the connections opened from now on follow {@code seed}, and
   * numbers them from 1 again: the same seed with the same calls repeats a run exactly. The seed
   * is 0 until set.
   */
  public FaultyNetwork seed(long seed) {
    this.seed = seed;
    connectionNumbers.set(0);
    return this;
  }

  /** The seed the connections opened from now on follow. */
  public long seed() {
    return seed;
  }

  /** Adds a fault; it acts on open connections from their next bytes, and on every new one. */
  public FaultyNetwork add(NetworkFault fault) {
    faults.add(new Armed(Objects.requireNonNull(fault, "fault")));
    return this;
  }

  /** Removes a fault (the first one equal to it); the connections it acted on go back to normal. */
  public boolean remove(NetworkFault fault) {
    for (Armed each : faults) {
      if (each.fault.equals(fault)) {
        return faults.remove(each);
      }
    }
    return false;
  }

  /** Removes every fault: the network is healthy again, also for open connections. */
  public void clear() {
    faults.clear();
  }

  /** The faults in place, in the order they were added. */
  public List<NetworkFault> faults() {
    List<NetworkFault> list = new ArrayList<>();
    for (Armed each : faults) {
      list.add(each.fault);
    }
    return list;
  }

  /**
   * Sends new connections to another address, as a server restarted elsewhere behind the same
   * name would take them; open connections stay where they are.
   */
  public void retarget(InetSocketAddress newTarget) {
    this.target = Objects.requireNonNull(newTarget, "newTarget");
  }

  /** {@link #retarget(InetSocketAddress)} to a port on loopback. */
  public void retarget(int port) {
    retarget(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
  }

  /** How many client connections were accepted since the relay started. */
  public int connectionsOpened() {
    return connectionsOpened.get();
  }

  /** How many connections are open now (a connection both sides closed is forgotten). */
  public int connectionsOpen() {
    return connections.size();
  }

  /** How many bytes went from the server to clients. */
  public long bytesToClients() {
    return bytesToClients.get();
  }

  /** How many bytes went from clients to the server. */
  public long bytesToServer() {
    return bytesToServer.get();
  }

  /**
   * What the faults did, oldest first: which connection each fault was decided for, where a
   * connection was reset or black-holed, which byte was corrupted. The last {@value #EVENTS_KEPT}.
   */
  public synchronized List<String> events() {
    return List.copyOf(events);
  }

  /** How many events were dropped to keep {@link #events()} bounded. */
  public synchronized long droppedEvents() {
    return droppedEvents;
  }

  synchronized void event(String event) {
    if (events.size() == EVENTS_KEPT) {
      events.removeFirst();
      droppedEvents++;
    }
    events.addLast(event);
  }

  List<Armed> armed() {
    return faults;
  }

  void countRelayed(boolean upstream, int bytes) {
    (upstream ? bytesToServer : bytesToClients).addAndGet(bytes);
  }

  void forget(Connection connection) {
    connections.remove(connection);
  }

  private void accept() {
    while (!closed) {
      Socket client;
      try {
        client = listener.accept();
      } catch (IOException e) {
        if (closed) {
          return;
        }
        // Out of file descriptors, a connection aborted before it was accepted: wait, listen on.
        try {
          Thread.sleep(50);
        } catch (InterruptedException interrupted) {
          return;
        }
        continue;
      }
      connectionsOpened.incrementAndGet();
      int number = connectionNumbers.incrementAndGet();
      long connectionSeed = seed;
      // The connection to the target on a thread of its own: a slow target stalls no other client.
      Thread connect = new Thread(() -> connect(client, number, connectionSeed),
          "faulty-network-connect-" + number);
      connect.setDaemon(true);
      connect.start();
    }
  }

  private void connect(Socket client, int number, long connectionSeed) {
    Socket server = new Socket();
    try {
      server.connect(target, 10_000);
    } catch (IOException refused) {
      // Nothing listens behind the relay for now: the client sees its connection close.
      closeQuietly(client);
      closeQuietly(server);
      return;
    }
    Connection connection = new Connection(this, number, connectionSeed, client, server);
    connections.add(connection);
    if (closed) {
      connection.close();
      return;
    }
    connection.start();
  }

  /** Stops listening and closes every connection. */
  @Override
  public void close() {
    closed = true;
    closeQuietly(listener);
    for (Connection connection : connections) {
      connection.close();
    }
  }

  static void closeQuietly(java.io.Closeable closeable) {
    try {
      closeable.close();
    } catch (IOException e) {
      // Already gone.
    }
  }

  @Override
  public String toString() {
    return "FaultyNetwork[" + listener.getLocalSocketAddress() + " -> " + target + ", " + faults() + "]";
  }

  /** A fault as added to this network, with how many connections it may still take. */
  static final class Armed {
    final NetworkFault fault;
    private final AtomicInteger remaining;

    Armed(NetworkFault fault) {
      this.fault = fault;
      this.remaining = new AtomicInteger(fault.times());
    }

    boolean claim() {
      while (true) {
        int left = remaining.get();
        if (left == NetworkFault.EVERY_CONNECTION) {
          return true;
        }
        if (left == 0) {
          return false;
        }
        if (remaining.compareAndSet(left, left - 1)) {
          return true;
        }
      }
    }
  }
}
