package dev.sparkconnect.protocol.plans;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Runs a recursive walk of a message (canonical form, JSON, a protocol check) so that no plan is
 * too deep for it: on the caller's thread first, and only if that thread's stack runs out, again on
 * a thread whose stack is large enough for any plan a client can build (a DataFrame transformed
 * thousands of times in a loop nests its relations as deep). The walks are pure functions of the
 * message, so running one again is safe.
 */
public final class DeepWalk {

  /** Virtual memory reserved for the deep thread's stack; only what the walk touches is used. */
  private static final long LARGE_STACK_BYTES = 1L << 30;

  private DeepWalk() {}

  /** The result of {@code walk}, computed on a large stack if the caller's is too small. */
  public static <T> T run(Supplier<T> walk) {
    try {
      return walk.get();
    } catch (StackOverflowError tooDeep) {
      return onLargeStack(walk);
    }
  }

  private static <T> T onLargeStack(Supplier<T> walk) {
    AtomicReference<T> result = new AtomicReference<>();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Thread thread = new Thread(null, () -> {
      try {
        result.set(walk.get());
      } catch (Throwable t) {
        failure.set(t);
      }
    }, "spark-connect-deep-walk", LARGE_STACK_BYTES);
    thread.setDaemon(true);
    thread.start();
    boolean interrupted = false;
    while (true) {
      try {
        thread.join();
        break;
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
    Throwable thrown = failure.get();
    if (thrown instanceof RuntimeException runtime) {
      throw runtime;
    }
    if (thrown instanceof Error error) {
      throw error;
    }
    if (thrown != null) {
      throw new IllegalStateException(thrown);
    }
    return result.get();
  }
}
