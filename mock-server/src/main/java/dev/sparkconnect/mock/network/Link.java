package dev.sparkconnect.mock.network;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

/**
 * One direction of one {@link Connection}: reads what one side sends and writes it to the other,
 * through the faults acting on that direction at each chunk.
 */
final class Link implements Runnable {

  private static final int CHUNK = 16 * 1024;

  private final Connection connection;
  private final boolean upstream;
  private final Socket from;
  private final Socket to;
  private final SplittableRandom random;
  /** Faults that act once per connection (a corruption, a black hole's event) and have. */
  private final Set<NetworkFault> spent = new HashSet<>();
  private long passed;
  private long nextFreeNanos;

  Link(Connection connection, boolean upstream, Socket from, Socket to, SplittableRandom random) {
    this.connection = connection;
    this.upstream = upstream;
    this.from = from;
    this.to = to;
    this.random = random;
  }

  void start() {
    Thread thread = new Thread(this, "faulty-network-" + connection.number() + (upstream ? "-up" : "-down"));
    thread.setDaemon(true);
    thread.start();
  }

  @Override
  public void run() {
    byte[] buffer = new byte[CHUNK];
    boolean swallowing = false;
    try {
      InputStream in = from.getInputStream();
      OutputStream out = to.getOutputStream();
      for (int n; (n = in.read(buffer)) >= 0; ) {
        swallowing = relay(buffer, n, out);
        if (connection.isClosed()) {
          return;
        }
      }
      if (!swallowing) {
        // Pass the end of the stream on, as the network would (a black hole passes nothing on).
        to.shutdownOutput();
      }
      connection.directionEnded();
    } catch (IOException | InterruptedException e) {
      connection.close();
    }
  }

  /** Relays one chunk; true when a black hole swallowed (part of) it. */
  private boolean relay(byte[] buffer, int length, OutputStream out) throws IOException, InterruptedException {
    List<NetworkFault> acting = connection.acting(upstream);
    int limit = length;
    NetworkFault stop = null;
    for (NetworkFault fault : acting) {
      if (fault.stopsTheBytes()) {
        long at = Math.max(0, fault.afterBytes() - passed);
        if (at < limit) {
          limit = (int) at;
          stop = fault;
        }
      }
    }
    for (NetworkFault fault : acting) {
      if (fault.kind() == NetworkFault.Kind.CORRUPT && !spent.contains(fault)) {
        long at = Math.max(0, fault.afterBytes() - passed);
        if (at < limit) {
          int bit = connection.bitToFlip(fault, passed + at);
          buffer[(int) at] ^= (byte) (1 << bit);
          spent.add(fault);
          connection.event(direction() + ": bit " + bit + " of byte " + (passed + at) + " flipped");
        }
      }
    }
    for (NetworkFault fault : acting) {
      if (fault.kind() == NetworkFault.Kind.LATENCY && limit > 0) {
        long jitter = fault.jitter().toNanos();
        long wait = fault.latency().toNanos() + (jitter == 0 ? 0 : random.nextLong(-jitter, jitter + 1));
        TimeUnit.NANOSECONDS.sleep(wait);
      }
    }
    write(buffer, limit, acting, out);
    if (stop == null) {
      return false;
    }
    if (stop.kind() == NetworkFault.Kind.RESET) {
      connection.event(direction() + ": reset after " + passed + " bytes");
      connection.reset();
      return false;
    }
    if (spent.add(stop)) {
      connection.event(direction() + ": black hole after " + passed + " bytes");
    }
    return true;
  }

  private void write(byte[] buffer, int length, List<NetworkFault> acting, OutputStream out)
      throws IOException, InterruptedException {
    long bytesPerSecond = 0;
    NetworkFault slicer = null;
    for (NetworkFault fault : acting) {
      if (fault.kind() == NetworkFault.Kind.BANDWIDTH) {
        bytesPerSecond = bytesPerSecond == 0 ? fault.bytesPerSecond() : Math.min(bytesPerSecond, fault.bytesPerSecond());
      } else if (fault.kind() == NetworkFault.Kind.SLICER && slicer == null) {
        slicer = fault;
      }
    }
    int offset = 0;
    while (offset < length) {
      int piece = length - offset;
      if (slicer != null) {
        int variation = slicer.sliceVariation();
        piece = Math.min(piece, Math.max(1, slicer.sliceBytes() + (variation == 0 ? 0 : random.nextInt(-variation, variation + 1))));
        if (offset > 0 && !slicer.latency().isZero()) {
          TimeUnit.NANOSECONDS.sleep(slicer.latency().toNanos());
        }
      }
      if (bytesPerSecond > 0) {
        piece = (int) Math.min(piece, Math.max(1, bytesPerSecond / 20));
        long now = System.nanoTime();
        if (nextFreeNanos > now) {
          TimeUnit.NANOSECONDS.sleep(nextFreeNanos - now);
        } else {
          nextFreeNanos = now;
        }
        nextFreeNanos += piece * 1_000_000_000L / bytesPerSecond;
      }
      out.write(buffer, offset, piece);
      offset += piece;
      passed += piece;
      connection.countRelayed(upstream, piece);
    }
  }

  private String direction() {
    return upstream ? "upstream" : "downstream";
  }
}
