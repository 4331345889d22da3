package dev.sparkconnect.localserver.child;

import java.io.File;
import java.lang.reflect.InvocationTargetException;
import java.util.Arrays;

/**
 * The entry point of a warm server's child JVM: a server that outlives the JVM that started it, so
 * that the next test JVM reuses it, and stops by itself once no JVM has used it for a while.
 *
 * <p>Every JVM that uses the server touches its lease file now and then; this JVM checks the file
 * every second and exits (running Spark's shutdown hooks, then halting should they hang) when it
 * has not been touched for the idle time, or when it is gone: deleting the lease file is the stop
 * command.
 *
 * <p>This class is copied on its own onto the child's classpath: it must use nothing of this
 * project but itself (no nested or anonymous classes; lambdas are fine).
 */
public final class WarmServerMain {

  private static final long HALT_AFTER_MILLIS = 20_000;
  private static final long CHECK_EVERY_MILLIS = 1_000;

  private WarmServerMain() {}

  /**
   * @param args the lease file, the idle time in milliseconds, the main class to run, then its arguments
   */
  public static void main(String[] args) throws Throwable {
    if (args.length < 3) {
      throw new IllegalArgumentException("usage: WarmServerMain LEASE_FILE IDLE_MILLIS MAIN_CLASS [ARGS...]");
    }
    File lease = new File(args[0]);
    long idleMillis = Long.parseLong(args[1]);
    Thread watchdog = new Thread(() -> exitWhenIdle(lease, idleMillis), "warm-server-watchdog");
    watchdog.setDaemon(true);
    watchdog.start();
    try {
      Class.forName(args[2])
          .getMethod("main", String[].class)
          .invoke(null, (Object) Arrays.copyOfRange(args, 3, args.length));
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  private static void exitWhenIdle(File lease, long idleMillis) {
    String reason;
    while (true) {
      try {
        Thread.sleep(CHECK_EVERY_MILLIS);
      } catch (InterruptedException e) {
        return;
      }
      long touched = lease.lastModified();
      if (touched == 0L) {
        reason = "its lease file is gone (stopped)";
        break;
      }
      if (System.currentTimeMillis() - touched > idleMillis) {
        reason = "no JVM has used it for " + (idleMillis / 1000) + " s";
        break;
      }
    }
    System.err.println("[warm-server-watchdog] " + reason + "; stopping this server");
    lease.delete();
    Thread halter = new Thread(() -> {
      try {
        Thread.sleep(HALT_AFTER_MILLIS);
      } catch (InterruptedException ignored) {
        // halt anyway
      }
      Runtime.getRuntime().halt(3);
    }, "warm-server-halt");
    halter.setDaemon(true);
    halter.start();
    System.exit(0);
  }
}
