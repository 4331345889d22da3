package dev.sparkconnect.mock.cli;

import java.io.PrintStream;

/** Lets tests outside the cli package build an {@link OutOfMemoryExit} with a halt they observe. */
public final class OutOfMemoryExitProbe {

  /** The handler, printing to {@code err} and running {@code halt} instead of stopping the JVM. */
  public Thread.UncaughtExceptionHandler handler(PrintStream err, Runnable halt) {
    return new OutOfMemoryExit(err, null, halt);
  }
}
