package dev.sparkconnect.mock.cli;

import java.io.PrintStream;

/**
 * Ends the {@code serve} and {@code record} processes when the heap runs out, with a message that
 * says how to give them more, instead of letting them limp on answering {@code UNKNOWN} to every
 * call (a JVM that has thrown {@code OutOfMemoryError} once may be broken anywhere). It catches what
 * reaches a thread's top: gRPC lets an error thrown by a call handler go up its executor thread.
 */
final class OutOfMemoryExit implements Thread.UncaughtExceptionHandler {

  /** The exit status of a process stopped for lack of memory. */
  static final int STATUS = 3;

  private final PrintStream err;
  private final Thread.UncaughtExceptionHandler others;
  private final Runnable halt;

  OutOfMemoryExit(PrintStream err, Thread.UncaughtExceptionHandler others, Runnable halt) {
    this.err = err;
    this.others = others;
    this.halt = halt;
  }

  /** Installs the handler for every thread of this JVM. */
  static void install(PrintStream err) {
    Thread.setDefaultUncaughtExceptionHandler(new OutOfMemoryExit(err, Thread.getDefaultUncaughtExceptionHandler(),
        () -> Runtime.getRuntime().halt(STATUS)));
  }

  @Override
  public void uncaughtException(Thread thread, Throwable failure) {
    OutOfMemoryError outOfMemory = outOfMemory(failure);
    if (outOfMemory != null) {
      err.println("spark-connect-mock: out of memory (" + outOfMemory.getMessage() + ") in " + thread.getName()
          + "; stopping. Give the JVM more heap (java -Xmx2g -jar ...) or send smaller requests.");
      err.flush();
      halt.run();
      return;
    }
    if (others != null) {
      others.uncaughtException(thread, failure);
    } else {
      err.println("Exception in thread \"" + thread.getName() + "\" " + failure);
      failure.printStackTrace(err);
    }
  }

  private static OutOfMemoryError outOfMemory(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof OutOfMemoryError error) {
        return error;
      }
    }
    return null;
  }
}
