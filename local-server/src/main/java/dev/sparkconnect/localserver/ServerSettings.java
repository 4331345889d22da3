package dev.sparkconnect.localserver;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What a local server is started with, as an immutable value made by
 * {@link LocalSparkConnectServer.Builder}: the Spark build, its configuration, master, heap and
 * JDK, and how long to wait for it.
 *
 * @param distribution the Spark version and Scala build
 * @param conf Spark configuration entries, in order
 * @param master the Spark master, such as {@code local[2]}
 * @param maxHeap the child JVM's {@code -Xmx}
 * @param javaHome the JDK to run Spark on, or null for the default
 * @param startupTimeout how long to wait for the server to answer
 * @param authenticate whether clients must present a bearer token
 * @param token the token clients must present, or null for one made at launch (when authenticating)
 * @param keepWarm how long a server kept warm between JVMs lives unused, or null for a server of this JVM only
 */
record ServerSettings(SparkDistribution distribution, Map<String, String> conf, String master, String maxHeap,
    Path javaHome, Duration startupTimeout, boolean authenticate, String token, Duration keepWarm) {

  ServerSettings {
    Objects.requireNonNull(distribution, "distribution");
    conf = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(conf));
  }

  /**
   * What makes two servers interchangeable for sharing: everything but how long one waits for
   * them. A token made at launch is the shared server's own; a given token must match.
   */
  record SharingKey(SparkDistribution distribution, Map<String, String> conf, String master, String maxHeap,
      Path javaHome, boolean authenticate, String token, boolean warm) {
    @Override
    public String toString() {
      return "SharingKey[" + distribution + ", " + conf + ", " + master + ", " + maxHeap + ", " + javaHome
          + (authenticate ? ", authenticated" : "") + (warm ? ", warm" : "") + "]";
    }
  }

  SharingKey sharingKey() {
    return new SharingKey(distribution, conf, master, maxHeap, javaHome, authenticate, token, keepWarm != null);
  }

  /** The settings, never the token. */
  @Override
  public String toString() {
    return "ServerSettings[" + distribution + ", conf " + conf.keySet() + ", " + master + ", -Xmx" + maxHeap
        + (authenticate ? ", authenticated" : "") + (keepWarm == null ? "" : ", kept warm " + keepWarm) + "]";
  }
}
