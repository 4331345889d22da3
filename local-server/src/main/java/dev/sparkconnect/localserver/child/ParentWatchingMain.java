package dev.sparkconnect.localserver.child;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.util.Arrays;

/**
 * The entry point of a child Spark JVM: runs the given main class, and exits as soon as the parent
 * JVM is gone, however it went (normal exit, SIGTERM, SIGKILL, crash).
 *
 * <p>The parent keeps the child's standard input open and never writes to it; the operating system
 * closes it when the parent process ends, so a read that returns end-of-file means the parent is
 * gone. The child then exits (running Spark's shutdown hooks) and, should that hang, halts.
 *
 * <p>This class is copied on its own onto the child's classpath: it must use nothing of this
 * project but itself (no nested or anonymous classes; lambdas are fine).
 */
public final class ParentWatchingMain {

  private static final long HALT_AFTER_MILLIS = 20_000;

  private ParentWatchingMain() {}

  /**
   * @param args the main class to run, then its arguments
   */
  public static void main(String[] args) throws Throwable {
    if (args.length == 0) {
      throw new IllegalArgumentException("usage: ParentWatchingMain MAIN_CLASS [ARGS...]");
    }
    Thread watchdog = new Thread(ParentWatchingMain::exitWhenParentIsGone, "parent-watchdog");
    watchdog.setDaemon(true);
    watchdog.start();
    try {
      Class.forName(args[0])
          .getMethod("main", String[].class)
          .invoke(null, (Object) Arrays.copyOfRange(args, 1, args.length));
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  private static void exitWhenParentIsGone() {
    try {
      while (System.in.read() != -1) {
        // The parent never writes; anything read is ignored.
      }
    } catch (IOException e) {
      // A broken pipe means the same thing as end-of-file.
    }
    System.err.println("[parent-watchdog] the parent process is gone; stopping this server");
    Thread halter = new Thread(() -> {
      try {
        Thread.sleep(HALT_AFTER_MILLIS);
      } catch (InterruptedException ignored) {
        // halt anyway
      }
      Runtime.getRuntime().halt(3);
    }, "parent-watchdog-halt");
    halter.setDaemon(true);
    halter.start();
    System.exit(3);
  }
}
