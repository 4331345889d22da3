package dev.sparkconnect.mock.faults;

/**
 * What a fault does when it fires, written once for every place that serves calls: the mock
 * server's replayed streams, its unary answers and the recording proxy's forwarded streams all
 * hand the effect a {@link FaultedCall} and let it act. A new kind of fault is one class
 * implementing this, armed with {@code Fault.of(effect)}; nothing else changes.
 *
 * <pre>{@code
 * final class UnavailableTwice implements FaultEffect {
 *   private final AtomicInteger left = new AtomicInteger(2);
 *   public boolean applyTo(FaultedCall call) {
 *     return left.getAndDecrement() > 0
 *         && call.fail(Status.UNAVAILABLE.withDescription("twice").asRuntimeException());
 *   }
 *   public String describe() { return "UNAVAILABLE twice"; }
 * }
 * }</pre>
 */
public interface FaultEffect {

  /**
   * Acts on {@code call} at the position the fault is placed at.
   *
   * @return true when the call is over: the side serving it sends nothing more
   */
  boolean applyTo(FaultedCall call);

  /**
   * Whether the call goes on normally after this effect (a delay does, a failure does not). Only
   * such effects may repeat before every later response ({@code Fault.betweenResponses()}).
   */
  default boolean letsTheCallGoOn() {
    return false;
  }

  /** A short description for reports and reproducers, such as {@code UNAVAILABLE} or {@code delay 50 ms}. */
  String describe();
}
