package dev.sparkconnect.mock.network;

import java.io.IOException;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One client connection through a {@link FaultyNetwork}: the two sockets, the two directions
 * relayed, and which of the network's faults were decided for it (once each, from the seed).
 */
final class Connection {

  private final FaultyNetwork network;
  private final int number;
  private final long seed;
  private final Socket client;
  private final Socket server;
  private final Map<FaultyNetwork.Armed, Boolean> decided = new ConcurrentHashMap<>();
  private final java.util.concurrent.atomic.AtomicInteger directionsOpen = new java.util.concurrent.atomic.AtomicInteger(2);
  private volatile boolean closed;

  Connection(FaultyNetwork network, int number, long seed, Socket client, Socket server) {
    this.network = network;
    this.number = number;
    this.seed = seed;
    this.client = client;
    this.server = server;
  }

  void start() {
    try {
      client.setTcpNoDelay(true);
      server.setTcpNoDelay(true);
    } catch (IOException e) {
      close();
      return;
    }
    new Link(this, false, server, client, random(1)).start();
    new Link(this, true, client, server, random(2)).start();
  }

  int number() {
    return number;
  }

  /** The faults acting on this connection in one direction, now (faults added or removed since count). */
  List<NetworkFault> acting(boolean upstream) {
    List<NetworkFault> acting = new ArrayList<>();
    for (FaultyNetwork.Armed armed : network.armed()) {
      if (armed.fault.isUpstream() == upstream && decided.computeIfAbsent(armed, this::decide)) {
        acting.add(armed.fault);
      }
    }
    return acting;
  }

  private boolean decide(FaultyNetwork.Armed armed) {
    // The fault's text, not the order it was added in, so that the same fault decides alike in a
    // later run (or a later JVM) with the same seed.
    double draw = new SplittableRandom(mix(seed, number, armed.fault.toString().hashCode())).nextDouble();
    boolean hit = draw < armed.fault.probability() && armed.claim();
    if (hit) {
      network.event("connection " + number + ": " + armed.fault);
    }
    return hit;
  }

  /** The bit a corruption flips in the byte at {@code offset}: from the seed, the connection, the fault and the offset. */
  int bitToFlip(NetworkFault fault, long offset) {
    return new SplittableRandom(mix(seed ^ offset, number, fault.toString().hashCode())).nextInt(8);
  }

  SplittableRandom random(int stream) {
    return new SplittableRandom(mix(seed, number, -stream));
  }

  void event(String what) {
    network.event("connection " + number + " " + what);
  }

  void countRelayed(boolean upstream, int bytes) {
    network.countRelayed(upstream, bytes);
  }

  /**
   * One direction is over (its side sent FIN, or a black hole swallowed it to the end); when both
   * are, the sockets are closed and the network forgets the connection.
   */
  void directionEnded() {
    if (directionsOpen.decrementAndGet() == 0) {
      close();
    }
  }

  /** Resets the connection: the client gets a TCP RST, the server a close. */
  void reset() {
    try {
      client.setSoLinger(true, 0);
    } catch (IOException e) {
      // Closed already: nothing to reset.
    }
    close();
  }

  boolean isClosed() {
    return closed;
  }

  void close() {
    closed = true;
    FaultyNetwork.closeQuietly(client);
    FaultyNetwork.closeQuietly(server);
    network.forget(this);
  }

  private static long mix(long seed, long connection, long salt) {
    long x = seed * 0x9E3779B97F4A7C15L + connection * 0xC2B2AE3D27D4EB4FL + salt * 0x165667B19E3779F9L;
    x ^= x >>> 31;
    x *= 0xBF58476D1CE4E5B9L;
    return x ^ (x >>> 29);
  }
}
