package dev.sparkconnect.localserver;

/**
 * A parent JVM for {@link NoOrphanServerTest}: starts a local server (or takes a warm one), prints
 * its pid, and waits to be killed.
 */
public final class OrphanProbeMain {

  private OrphanProbeMain() {}

  /** With {@code warm SECONDS}, a server kept warm for that long unused instead. */
  public static void main(String[] args) throws InterruptedException {
    LocalSparkConnectServer.Builder builder = LocalSparkConnectServer.builder();
    if (args.length == 2 && args[0].equals("warm")) {
      builder.keepWarm(java.time.Duration.ofSeconds(Long.parseLong(args[1])));
    }
    LocalSparkConnectServer server = builder.start();
    System.out.println("SERVER_PID=" + server.pid());
    System.out.flush();
    Thread.sleep(Long.MAX_VALUE);
  }
}
