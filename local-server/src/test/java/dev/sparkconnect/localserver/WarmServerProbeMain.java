package dev.sparkconnect.localserver;

import java.time.Duration;

/**
 * A test JVM for {@link WarmServerTest}: takes the warm server (idle time in seconds as its
 * argument), asks it for its version with a real RPC, prints its pid, port and how long that took,
 * releases it and exits.
 */
public final class WarmServerProbeMain {

  private WarmServerProbeMain() {}

  public static void main(String[] args) {
    long start = System.nanoTime();
    LocalSparkConnectServer server = LocalSparkConnectServer.builder()
        .keepWarm(Duration.ofSeconds(Long.parseLong(args[0]))).shared();
    try (ReadinessProbe probe = new ReadinessProbe("localhost", server.port(), server.token().orElseThrow())) {
      String version = probe.sparkVersionOrNull();
      System.out.println("SERVER_PID=" + server.pid() + " PORT=" + server.port() + " VERSION=" + version
          + " MILLIS=" + (System.nanoTime() - start) / 1_000_000);
    }
    server.close();
    System.out.flush();
    System.exit(0);
  }
}
