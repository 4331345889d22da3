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
 */
record ServerSettings(SparkDistribution distribution, Map<String, String> conf, String master, String maxHeap,
    Path javaHome, Duration startupTimeout) {

  ServerSettings {
    Objects.requireNonNull(distribution, "distribution");
    conf = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(conf));
  }

  /** What makes two servers interchangeable for sharing: everything but how long one waits for them. */
  record SharingKey(SparkDistribution distribution, Map<String, String> conf, String master, String maxHeap,
      Path javaHome) {}

  SharingKey sharingKey() {
    return new SharingKey(distribution, conf, master, maxHeap, javaHome);
  }
}
