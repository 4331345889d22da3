package dev.sparkconnect.junit.containers;

import java.time.Duration;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.utility.DockerImageName;

/**
 * A Spark Connect server in a container, in the style of Testcontainers' own modules: Apache
 * Spark's official image {@code apache/spark:<version>-scala} (Spark under {@code /opt/spark}),
 * started with {@code start-connect-server.sh} in the foreground, ready when it logs that the
 * server started.
 *
 * <pre>{@code
 * try (SparkConnectContainer spark = new SparkConnectContainer("4.2.0")) {
 *   spark.start();
 *   SparkSession session = SparkSession.builder().remote(spark.remote()).create();
 * }
 * }</pre>
 *
 * <p>Where no image registry is reachable, {@link LocalSparkImage} builds an image of the same name
 * and layout from Maven Central's jars first.
 */
public class SparkConnectContainer extends GenericContainer<SparkConnectContainer> {

  /** The port Spark Connect listens on inside the container. */
  public static final int PORT = 15002;

  /** The official image of a Spark version, for example {@code apache/spark:4.2.0-scala}. */
  public static DockerImageName officialImage(String sparkVersion) {
    return DockerImageName.parse("apache/spark").withTag(sparkVersion + "-scala");
  }

  /** The official image of {@code sparkVersion}. */
  public SparkConnectContainer(String sparkVersion) {
    this(officialImage(sparkVersion));
  }

  /** Any image laid out like the official one. */
  public SparkConnectContainer(DockerImageName image) {
    super(image);
    withExposedPorts(PORT);
    withEnv("SPARK_NO_DAEMONIZE", "1");
    withCommand("/opt/spark/sbin/start-connect-server.sh");
    waitingFor(Wait.forLogMessage(".*Spark Connect server started at.*", 1)
        .withStartupTimeout(Duration.ofMinutes(3)));
  }

  /** Passes a Spark setting to the server, as {@code --conf key=value}. */
  public SparkConnectContainer withSparkConf(String key, String value) {
    String[] command = getCommandParts();
    String[] extended = java.util.Arrays.copyOf(command, command.length + 2);
    extended[command.length] = "--conf";
    extended[command.length + 1] = key + "=" + value;
    return withCommand(extended);
  }

  private String token;

  /**
   * Requires clients to present {@code token} as a bearer token (Spark's
   * {@code spark.connect.authenticate.token}, given to the server through its environment, not its
   * command line); {@link #remote()} then carries it.
   */
  public SparkConnectContainer withAuthenticationToken(String token) {
    if (token == null || token.isEmpty()) {
      throw new IllegalArgumentException("an authentication token cannot be empty");
    }
    this.token = token;
    return withEnv("SPARK_CONNECT_AUTHENTICATE_TOKEN", token);
  }

  /** A new random token, for {@link #withAuthenticationToken(String)}. */
  public static String newToken() {
    byte[] bytes = new byte[32];
    new java.security.SecureRandom().nextBytes(bytes);
    return java.util.HexFormat.of().formatHex(bytes);
  }

  /**
   * The {@code sc://} address of the server, as the host sees it, with its token if it requires
   * one: plain text, which a token to a host other than this machine must ask for explicitly.
   */
  public String remote() {
    if (token == null) {
      return address();
    }
    return address() + "/;token=" + token + ";use_ssl=false";
  }

  /** The {@code sc://} address without any token: what logs and messages may show. */
  public String address() {
    return "sc://" + getHost() + ":" + getMappedPort(PORT);
  }
}
