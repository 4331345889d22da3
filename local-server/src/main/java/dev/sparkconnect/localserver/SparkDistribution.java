package dev.sparkconnect.localserver;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Which Apache Spark build to run: a Spark version and the Scala binary version of its jars.
 *
 * <p>Spark 4 is built for Scala 2.13 only; Spark 3.5 servers are taken in their Scala 2.12 build,
 * the one Apache ships by default. Versions this project checks in its own tests are
 * {@link #TESTED_VERSIONS}; any other published version may work too.
 */
public record SparkDistribution(String sparkVersion, String scalaBinaryVersion) {

  /** The Spark version used when none is given: the newest this project is built and tested with. */
  public static final String DEFAULT_VERSION = "4.2.0";

  /** The versions whose server this project starts in its own test suite. */
  public static final List<String> TESTED_VERSIONS = List.of("4.2.0", "4.1.2", "4.0.1", "3.5.5");

  /** The main class of Apache Spark's standalone Spark Connect server. */
  public static final String SERVER_MAIN_CLASS = "org.apache.spark.sql.connect.service.SparkConnectServer";

  private static final Pattern VERSION = Pattern.compile("\\d+\\.\\d+\\.\\d+(-[A-Za-z0-9.]+)?");
  private static final Pattern SCALA = Pattern.compile("2\\.1[23]");

  /**
   * A distribution such as {@code new SparkDistribution("4.1.2", "2.13")}.
   *
   * @throws IllegalArgumentException if the version is not {@code major.minor.patch} (with an
   *     optional suffix) or the Scala version is not 2.12 or 2.13
   */
  public SparkDistribution {
    Objects.requireNonNull(sparkVersion, "sparkVersion");
    Objects.requireNonNull(scalaBinaryVersion, "scalaBinaryVersion");
    if (!VERSION.matcher(sparkVersion).matches()) {
      throw new IllegalArgumentException(
          "Spark version '" + sparkVersion + "' is not of the form MAJOR.MINOR.PATCH, for example " + DEFAULT_VERSION);
    }
    if (!SCALA.matcher(scalaBinaryVersion).matches()) {
      throw new IllegalArgumentException(
          "Scala binary version '" + scalaBinaryVersion + "' is not one Spark ships: use 2.12 or 2.13");
    }
  }

  /** The distribution of {@code sparkVersion}, with the Scala build Apache ships by default. */
  public static SparkDistribution of(String sparkVersion) {
    Objects.requireNonNull(sparkVersion, "sparkVersion");
    String major = sparkVersion.split("\\.", 2)[0];
    boolean scala212 = major.equals("3") || major.equals("2");
    return new SparkDistribution(sparkVersion, scala212 ? "2.12" : "2.13");
  }

  /** The default distribution, {@value #DEFAULT_VERSION}. */
  public static SparkDistribution defaultDistribution() {
    return of(DEFAULT_VERSION);
  }

  /** The Maven coordinates ({@code groupId:artifactId:version}) whose runtime closure is the server. */
  public List<String> serverArtifacts() {
    return List.of(
        "org.apache.spark:spark-connect_" + scalaBinaryVersion + ":" + sparkVersion,
        "org.apache.spark:spark-sql_" + scalaBinaryVersion + ":" + sparkVersion);
  }

  /**
   * Artifacts a Spark distribution has and the server is better with, taken where the user's
   * repositories have them: from Spark 4, spark-mllib, which the server loads to release a
   * session and for ML commands (its POM declares it only as provided).
   */
  public List<String> optionalServerArtifacts() {
    if (sparkVersion.startsWith("3.")) {
      return List.of();
    }
    return List.of("org.apache.spark:spark-mllib_" + scalaBinaryVersion + ":" + sparkVersion);
  }

  @Override
  public String toString() {
    return "Spark " + sparkVersion + " (Scala " + scalaBinaryVersion + ")";
  }
}
