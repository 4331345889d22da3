package dev.sparkconnect.junit;

/** The real Spark Connect server behind the modes that need one. */
public enum Backend {
  /** TESTCONTAINERS where a Docker-compatible engine answers, otherwise LOCAL; the choice is logged. */
  AUTO,
  /** Apache Spark's server in a child JVM from Maven Central's jars, one per test run and Spark version. */
  LOCAL,
  /** The {@code apache/spark} image (or one built alike) in a container, one per test run. */
  TESTCONTAINERS,
  /** Any {@code sc://} endpoint, from {@code spark.connect.remote} or {@code SPARK_REMOTE}. */
  EXTERNAL
}
