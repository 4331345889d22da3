package dev.sparkconnect.localserver;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every local server this JVM has started and not yet closed, and the one shutdown hook that
 * closes them when the JVM exits (normally or on SIGTERM).
 */
final class LiveServers {

  private static final Set<LocalSparkConnectServer> LIVE = ConcurrentHashMap.newKeySet();
  private static volatile boolean hookInstalled;

  private LiveServers() {}

  static void add(LocalSparkConnectServer server) {
    installHookOnce();
    LIVE.add(server);
  }

  static void remove(LocalSparkConnectServer server) {
    LIVE.remove(server);
  }

  private static synchronized void installHookOnce() {
    if (hookInstalled) {
      return;
    }
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      for (LocalSparkConnectServer server : LIVE) {
        server.close();
      }
    }, "local-spark-connect-servers-shutdown"));
    hookInstalled = true;
  }
}
