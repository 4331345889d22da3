package dev.sparkconnect.mock.faults;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Waits, then lets the call go on. The wait ends early when the client cancels the call (an
 * interrupted query does not sit out the delay) or the serving thread is interrupted.
 */
public final class Delay implements FaultEffect {

  private static final long SLICE_NANOS = TimeUnit.MILLISECONDS.toNanos(20);

  private final Duration delay;

  /** A wait of {@code delay}, which may not be negative. */
  public Delay(Duration delay) {
    if (delay == null || delay.isNegative()) {
      throw new IllegalArgumentException("a delay cannot be negative or missing: " + delay);
    }
    this.delay = delay;
  }

  /** How long the call waits. */
  public Duration delay() {
    return delay;
  }

  @Override
  public boolean applyTo(FaultedCall call) {
    long end = System.nanoTime() + delay.toNanos();
    try {
      for (long left = delay.toNanos(); left > 0 && !call.isCancelled(); left = end - System.nanoTime()) {
        TimeUnit.NANOSECONDS.sleep(Math.min(left, SLICE_NANOS));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return false;
  }

  @Override
  public boolean letsTheCallGoOn() {
    return true;
  }

  @Override
  public String describe() {
    return "delay " + delay.toMillis() + " ms";
  }
}
