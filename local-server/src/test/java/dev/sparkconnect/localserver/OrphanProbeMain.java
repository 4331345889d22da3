package dev.sparkconnect.localserver;

/**
 * A parent JVM for {@link NoOrphanServerTest}: starts a local server, prints its pid, and waits to
 * be killed.
 */
public final class OrphanProbeMain {

  private OrphanProbeMain() {}

  public static void main(String[] args) throws InterruptedException {
    LocalSparkConnectServer server = LocalSparkConnectServer.builder().start();
    System.out.println("SERVER_PID=" + server.pid());
    System.out.flush();
    Thread.sleep(Long.MAX_VALUE);
  }
}
