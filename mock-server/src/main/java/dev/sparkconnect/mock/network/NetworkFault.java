package dev.sparkconnect.mock.network;

import java.time.Duration;
import java.util.Objects;

/**
 * Something a {@link FaultyNetwork} does to the bytes of its connections, below gRPC: the network
 * faults Toxiproxy users know (latency, a bandwidth limit, tiny segments, a black hole, a reset),
 * plus corrupted bytes. Each is built by a factory and narrowed by modifiers, and is immutable:
 *
 * <pre>{@code
 * NetworkFault.bandwidth(64 * 1024)                          // server to client, 64 KiB/s
 * NetworkFault.latency(Duration.ofMillis(80), Duration.ofMillis(20)).probability(0.3)
 * NetworkFault.slicer(7, 5, Duration.ZERO)                   // 2..12-byte TCP segments
 * NetworkFault.reset().afterBytes(40_000).times(1)           // one connection reset mid-stream
 * NetworkFault.reset().upstream().times(1)                   // the first connection fails its first call
 * NetworkFault.blackHole()                                   // accepted, never answered
 * NetworkFault.corrupt().afterBytes(4)                       // one byte of the server's first frame flipped
 * }</pre>
 *
 * <p>A fault acts on the bytes from the server to the client ({@link #downstream()}, the default)
 * or from the client to the server ({@link #upstream()}); on every connection unless
 * {@link #probability} or {@link #times} say otherwise. Whether a connection gets a fault is
 * decided from the network's seed, the connection's number and the fault itself, so a run with the
 * same seed and the same sequence of connections breaks the same connections in the same places.
 */
public final class NetworkFault {

  /** What the fault does to a connection's bytes. */
  public enum Kind {
    /** Holds each chunk of bytes for a latency, plus or minus a jitter. */
    LATENCY,
    /** Lets through at most so many bytes per second. */
    BANDWIDTH,
    /** Writes the bytes in tiny TCP segments, so every frame arrives cut into pieces. */
    SLICER,
    /** Swallows every byte from its position on, keeping the connection open: only timeouts can tell. */
    BLACK_HOLE,
    /** Resets the connection (TCP RST) at its position, as a crashed peer or a middlebox would. */
    RESET,
    /** Flips the bits of the one byte at its position. */
    CORRUPT
  }

  /** The fault fires on every connection it is decided for. */
  public static final int EVERY_CONNECTION = -1;

  private final Kind kind;
  private final boolean upstream;
  private final long afterBytes;
  private final double probability;
  private final int times;
  private final Duration latency;
  private final Duration jitter;
  private final long bytesPerSecond;
  private final int sliceBytes;
  private final int sliceVariation;

  private NetworkFault(Kind kind, boolean upstream, long afterBytes, double probability, int times,
      Duration latency, Duration jitter, long bytesPerSecond, int sliceBytes, int sliceVariation) {
    this.kind = kind;
    this.upstream = upstream;
    this.afterBytes = afterBytes;
    this.probability = probability;
    this.times = times;
    this.latency = latency;
    this.jitter = jitter;
    this.bytesPerSecond = bytesPerSecond;
    this.sliceBytes = sliceBytes;
    this.sliceVariation = sliceVariation;
  }

  private static NetworkFault of(Kind kind) {
    return new NetworkFault(kind, false, 0, 1.0, EVERY_CONNECTION, Duration.ZERO, Duration.ZERO, 0, 0, 0);
  }

  /** Each chunk of bytes waits {@code latency} before it goes on. */
  public static NetworkFault latency(Duration latency) {
    return latency(latency, Duration.ZERO);
  }

  /**
   * Each chunk of bytes waits {@code latency} plus or minus up to {@code jitter} (drawn from the
   * network's seed) before it goes on.
   */
  public static NetworkFault latency(Duration latency, Duration jitter) {
    requireNotNegative(latency, "latency");
    requireNotNegative(jitter, "jitter");
    if (jitter.compareTo(latency) > 0) {
      throw new IllegalArgumentException("the jitter (" + jitter.toMillis() + " ms) cannot exceed the latency ("
          + latency.toMillis() + " ms): a chunk cannot wait less than no time");
    }
    return new NetworkFault(Kind.LATENCY, false, 0, 1.0, EVERY_CONNECTION, latency, jitter, 0, 0, 0);
  }

  /** At most {@code bytesPerSecond} bytes a second go through, in each direction it is placed on. */
  public static NetworkFault bandwidth(long bytesPerSecond) {
    if (bytesPerSecond < 1) {
      throw new IllegalArgumentException("a bandwidth is 1 byte per second or more, not " + bytesPerSecond);
    }
    return new NetworkFault(Kind.BANDWIDTH, false, 0, 1.0, EVERY_CONNECTION, Duration.ZERO, Duration.ZERO,
        bytesPerSecond, 0, 0);
  }

  /**
   * The bytes go out in TCP segments of {@code averageBytes} plus or minus {@code variationBytes}
   * (at least one byte), {@code delayBetween} apart: every HTTP/2 frame header and every gRPC
   * message arrives cut at arbitrary places, as on a congested or very slow link.
   */
  public static NetworkFault slicer(int averageBytes, int variationBytes, Duration delayBetween) {
    if (averageBytes < 1 || variationBytes < 0 || variationBytes >= averageBytes + 1) {
      throw new IllegalArgumentException("a slicer needs an average of 1 byte or more and a variation below it"
          + " (so every slice has a byte), not " + averageBytes + " +/- " + variationBytes);
    }
    requireNotNegative(delayBetween, "delay between slices");
    return new NetworkFault(Kind.SLICER, false, 0, 1.0, EVERY_CONNECTION, delayBetween, Duration.ZERO, 0,
        averageBytes, variationBytes);
  }

  /**
   * From its position on, every byte is swallowed and the connection stays open: no FIN, no RST,
   * as a dead route or a silently dropping firewall. Placed downstream at byte 0 (the default),
   * the server accepts the connection and never answers; added to a live network, it freezes the
   * connections already open.
   */
  public static NetworkFault blackHole() {
    return of(Kind.BLACK_HOLE);
  }

  /**
   * Resets the connection (TCP RST to the client, the server's side closed) once its position is
   * reached. Upstream at byte 0, the client's first call on the connection fails before the server
   * sees it; downstream after some bytes, a result stream is cut in the middle.
   */
  public static NetworkFault reset() {
    return of(Kind.RESET);
  }

  /**
   * Flips one bit, drawn from the network's seed, of the byte at its position. Network bytes carry
   * no checksum above TCP, so what the client sees depends on where the byte falls: a broken
   * HTTP/2 frame (the connection fails), a broken protobuf or Arrow message (the call fails), or,
   * inside a value, a wrong value. Use it to learn which; nothing can promise the first two.
   */
  public static NetworkFault corrupt() {
    return of(Kind.CORRUPT);
  }

  /** Acts on the bytes from the client to the server instead. */
  public NetworkFault upstream() {
    return new NetworkFault(kind, true, afterBytes, probability, times, latency, jitter, bytesPerSecond, sliceBytes,
        sliceVariation);
  }

  /** Acts on the bytes from the server to the client (the default). */
  public NetworkFault downstream() {
    return new NetworkFault(kind, false, afterBytes, probability, times, latency, jitter, bytesPerSecond, sliceBytes,
        sliceVariation);
  }

  /**
   * Acts only once {@code bytes} bytes of the connection have passed in its direction (0, the
   * default: from the first byte). On a connection already past that point when the fault is
   * added, it acts at once.
   */
  public NetworkFault afterBytes(long bytes) {
    if (bytes < 0) {
      throw new IllegalArgumentException("afterBytes must be 0 or more, not " + bytes);
    }
    return new NetworkFault(kind, upstream, bytes, probability, times, latency, jitter, bytesPerSecond, sliceBytes,
        sliceVariation);
  }

  /**
   * Acts on each connection with this probability (1, the default: every connection), decided
   * from the network's seed so that a flaky run can be repeated.
   */
  public NetworkFault probability(double probability) {
    if (!(probability >= 0 && probability <= 1)) {
      throw new IllegalArgumentException("a probability is from 0 to 1, not " + probability);
    }
    return new NetworkFault(kind, upstream, afterBytes, probability, times, latency, jitter, bytesPerSecond,
        sliceBytes, sliceVariation);
  }

  /** Acts on at most {@code connections} connections (those it is decided for first), then is spent. */
  public NetworkFault times(int connections) {
    if (connections < 1) {
      throw new IllegalArgumentException("times must be 1 or more, not " + connections);
    }
    return new NetworkFault(kind, upstream, afterBytes, probability, connections, latency, jitter, bytesPerSecond,
        sliceBytes, sliceVariation);
  }

  /** What the fault does. */
  public Kind kind() {
    return kind;
  }

  /** Whether it acts on the bytes from the client to the server. */
  public boolean isUpstream() {
    return upstream;
  }

  /** How many bytes of a connection pass in its direction before it acts. */
  public long afterBytes() {
    return afterBytes;
  }

  /** The probability that it acts on a connection. */
  public double probability() {
    return probability;
  }

  /** On how many connections it may act, or {@link #EVERY_CONNECTION}. */
  public int times() {
    return times;
  }

  /** The latency (for {@link Kind#LATENCY}) or the delay between slices (for {@link Kind#SLICER}). */
  public Duration latency() {
    return latency;
  }

  /** The most a latency varies either way. */
  public Duration jitter() {
    return jitter;
  }

  /** The bandwidth, for {@link Kind#BANDWIDTH}. */
  public long bytesPerSecond() {
    return bytesPerSecond;
  }

  /** The average slice, for {@link Kind#SLICER}. */
  public int sliceBytes() {
    return sliceBytes;
  }

  /** How much a slice varies either way, for {@link Kind#SLICER}. */
  public int sliceVariation() {
    return sliceVariation;
  }

  /** Whether the connection ends at this fault's position (its bytes stop there). */
  boolean stopsTheBytes() {
    return kind == Kind.BLACK_HOLE || kind == Kind.RESET;
  }

  private static void requireNotNegative(Duration duration, String what) {
    Objects.requireNonNull(duration, what);
    if (duration.isNegative()) {
      throw new IllegalArgumentException("the " + what + " cannot be negative, not " + duration);
    }
  }

  @Override
  public String toString() {
    String what = switch (kind) {
      case LATENCY -> "latency " + latency.toMillis() + " ms" + (jitter.isZero() ? "" : " +/- " + jitter.toMillis() + " ms");
      case BANDWIDTH -> "bandwidth " + bytesPerSecond + " B/s";
      case SLICER -> "slicer " + sliceBytes + " +/- " + sliceVariation + " bytes"
          + (latency.isZero() ? "" : " every " + latency.toMillis() + " ms");
      case BLACK_HOLE -> "black hole";
      case RESET -> "reset";
      case CORRUPT -> "corrupt byte";
    };
    return what + (upstream ? " upstream" : " downstream") + (afterBytes == 0 ? "" : " after " + afterBytes + " bytes")
        + (probability == 1 ? "" : ", probability " + probability)
        + (times == EVERY_CONNECTION ? "" : ", " + times + (times == 1 ? " connection" : " connections"));
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof NetworkFault that && kind == that.kind && upstream == that.upstream
        && afterBytes == that.afterBytes && probability == that.probability && times == that.times
        && latency.equals(that.latency) && jitter.equals(that.jitter) && bytesPerSecond == that.bytesPerSecond
        && sliceBytes == that.sliceBytes && sliceVariation == that.sliceVariation;
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, upstream, afterBytes, probability, times, latency, jitter, bytesPerSecond, sliceBytes,
        sliceVariation);
  }
}
