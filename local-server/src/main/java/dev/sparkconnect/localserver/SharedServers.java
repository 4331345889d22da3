package dev.sparkconnect.localserver;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The local servers this JVM shares, one per {@link ServerSettings.SharingKey}: started on first
 * request, handed out again while they run, started anew if one died; all stopped at exit by
 * {@link LiveServers}.
 */
final class SharedServers {

  private static final Map<ServerSettings.SharingKey, LocalSparkConnectServer> RUNNING = new ConcurrentHashMap<>();

  private SharedServers() {}

  /** The running server of {@code settings}, started if there is none. */
  static LocalSparkConnectServer get(ServerSettings settings) {
    ServerSettings.SharingKey key = settings.sharingKey();
    LocalSparkConnectServer running = RUNNING.get(key);
    if (running != null && running.isRunning()) {
      return running;
    }
    synchronized (RUNNING) {
      running = RUNNING.get(key);
      if (running == null || !running.isRunning()) {
        running = settings.keepWarm() != null ? WarmServers.acquire(settings) : ServerLauncher.launch(settings);
        RUNNING.put(key, running);
      }
      return running;
    }
  }

  /** Forgets {@code server}, which is closing, so that the next request starts a new one. */
  static void forget(ServerSettings settings, LocalSparkConnectServer server) {
    RUNNING.remove(settings.sharingKey(), server);
  }
}
