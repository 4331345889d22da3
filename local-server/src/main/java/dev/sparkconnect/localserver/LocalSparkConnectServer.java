package dev.sparkconnect.localserver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real Apache Spark Connect server running in a child JVM of this one.
 *
 * <p>Nothing needs installing: Spark's jars of the chosen version come from Maven (see
 * {@link SparkJars}). The server listens on a free loopback port, is handed out only once it has
 * answered an RPC, and goes away with {@link #close()}, with this JVM's exit, and even when this JVM
 * is killed outright (the child notices its parent is gone and exits). Its output goes to
 * {@link #logFile()}; a failed start reports the end of that log.
 *
 * <pre>{@code
 * try (LocalSparkConnectServer spark = LocalSparkConnectServer.builder()
 *     .sparkVersion("4.1.2")
 *     .conf("spark.sql.shuffle.partitions", "4")
 *     .start()) {
 *   connectTo(spark.remote());   // sc://localhost:PORT
 * }
 * }</pre>
 *
 * <p>Starting Spark takes seconds; tests should share one server through {@link #shared()} or
 * {@link Builder#shared()}, which start it on first use and stop it when the JVM exits.
 */
public final class LocalSparkConnectServer implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(LocalSparkConnectServer.class);

  private final ServerSettings settings;
  private final String token;
  private final ProcessHandle process;
  /** For a server kept warm between JVMs, this JVM's hold on it; null for a server of this JVM. */
  private final WarmServers.Lease lease;
  private final int port;
  private final Path workDirectory;
  private final Path logFile;
  private final String reportedVersion;
  private final Duration startupTime;
  private volatile boolean closed;

  LocalSparkConnectServer(ServerSettings settings, String token, ProcessHandle process, int port, Path workDirectory,
      String version, Duration startupTime, WarmServers.Lease lease) {
    this.lease = lease;
    this.token = token;
    this.settings = settings;
    this.process = process;
    this.port = port;
    this.workDirectory = workDirectory;
    this.logFile = workDirectory.resolve("server.log");
    this.reportedVersion = version;
    this.startupTime = startupTime;
  }

  /** A builder for a server of the default Spark version, {@value SparkDistribution#DEFAULT_VERSION}. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The default server shared by everything in this JVM: started on first call, stopped at exit.
   * Same as {@code builder().shared()}.
   */
  public static LocalSparkConnectServer shared() {
    return builder().shared();
  }

  /** The TCP port the server listens on, on the loopback interface. */
  public int port() {
    return port;
  }

  /** The connection string for a Spark Connect client: {@code sc://localhost:PORT}. */
  public String remote() {
    return "sc://localhost:" + port + (token == null ? "" : "/;token=" + token);
  }

  /** The server's address without its token: what logs and messages may show. */
  String address() {
    return "sc://localhost:" + port + (token == null ? "" : " (token required)");
  }

  /**
   * The bearer token clients must present, for a server started with
   * {@link Builder#authenticate()}; {@link #remote()} carries it already. Never logged.
   */
  public Optional<String> token() {
    return Optional.ofNullable(token);
  }

  /** The Spark version the running server reports (from an RPC, not from configuration). */
  public String sparkVersion() {
    return reportedVersion;
  }

  /** What was asked for: version and Scala build. */
  public SparkDistribution distribution() {
    return settings.distribution();
  }

  /** The child JVM's process id. */
  public long pid() {
    return process.pid();
  }

  /** How long {@code start()} took, from launching the JVM to the first answered RPC. */
  public Duration startupTime() {
    return startupTime;
  }

  /** The file that receives the server's standard output and error. */
  public Path logFile() {
    return logFile;
  }

  /** The last {@code lines} lines of the server's log, for error reports. */
  public String logTail(int lines) {
    return tail(logFile, lines);
  }

  /** Whether this server is kept warm between JVMs ({@link Builder#keepWarm}). */
  public boolean isWarm() {
    return lease != null;
  }

  /** Whether the child JVM is still running. */
  public boolean isRunning() {
    return process.isAlive();
  }

  /**
   * Stops the server: SIGTERM first, so that Spark shuts down cleanly, then SIGKILL if it has not
   * gone within 20 seconds. Idempotent. A shared server closed here is started anew by the next
   * {@code shared()} call.
   */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    SharedServers.forget(settings, this);
    if (lease != null) {
      // Kept warm for the next JVM: it stops by itself once no JVM has held it for its idle time.
      lease.release();
      LOG.info("Released warm Spark Connect server {} on port {} (it stops after {} unused)", settings.distribution(),
          port, settings.keepWarm());
      return;
    }
    LiveServers.remove(this);
    stop(process);
    deleteRecursively(workDirectory, logFile);
    LOG.info("Stopped local Spark Connect server {} on port {}", settings.distribution(), port);
  }

  @Override
  public String toString() {
    return "LocalSparkConnectServer[" + settings.distribution() + ", " + address() + ", pid " + process.pid()
        + (closed ? ", closed" : "") + "]";
  }

  static void stop(Process process) {
    stop(process.toHandle());
  }

  static void stop(ProcessHandle process) {
    if (!process.isAlive()) {
      return;
    }
    // A local-cluster server's executors are its children: none may outlive it.
    List<ProcessHandle> children = process.descendants().toList();
    process.destroy();
    try {
      try {
        process.onExit().get(20, TimeUnit.SECONDS);
      } catch (java.util.concurrent.TimeoutException e) {
        process.destroyForcibly();
        process.onExit().get(10, TimeUnit.SECONDS);
      }
    } catch (java.util.concurrent.TimeoutException | java.util.concurrent.ExecutionException e) {
      process.destroyForcibly();
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
    for (ProcessHandle child : children) {
      if (child.isAlive()) {
        child.destroyForcibly();
      }
    }
  }

  /**
   * Configures a {@link LocalSparkConnectServer}; {@link #start()} launches one
   * ({@code ServerLauncher}) and {@link #shared()} takes the one of the same settings that this JVM
   * already runs ({@code SharedServers}).
   */
  public static final class Builder {
    private SparkDistribution distribution = SparkDistribution.defaultDistribution();
    private final Map<String, String> conf = new LinkedHashMap<>();
    private String master = "local[2]";
    private String maxHeap = "2g";
    private Path javaHome;
    private Duration startupTimeout = Duration.ofMinutes(3);
    private boolean authenticate;
    private String token;
    private Duration keepWarm;

    private Builder() {}

    /**
     * Keeps the server warm between JVMs: instead of a server of this JVM, one that the next JVM
     * asking for the same settings (and the same Spark jars) finds through a discovery file and
     * reuses, after checking with a real RPC that it answers, so that a second test run reaches
     * its first query in well under a second instead of the seconds a start takes. The server
     * stops by itself once no JVM has held it for {@code idle}, or at once on
     * {@link LocalSparkConnectServer#stopWarmServers()}; {@link #start()} and {@link #shared()}
     * both hand out the warm server, and {@code close()} releases this JVM's hold on it.
     *
     * <p>The discovery files live in {@code ~/.cache/spark-connect-java/warm-servers} (or the
     * folder named by {@code spark.connect.warmServers.dir} or
     * {@code SPARK_CONNECT_WARM_SERVERS_DIR}), readable by this user only; a warm server always
     * requires a token, kept there in a file only this user can read, so that no other user of the
     * machine can use it. Each client session has its own temporary views and settings; tables
     * written to the server's warehouse stay there for the next JVM.
     */
    public Builder keepWarm(Duration idle) {
      Objects.requireNonNull(idle, "idle");
      if (idle.isNegative() || idle.isZero()) {
        throw new IllegalArgumentException("a warm server's idle time must be positive, not " + idle);
      }
      this.keepWarm = idle;
      return this;
    }

    /**
     * Protects the server with a bearer token made at launch (Spark's
     * {@code spark.connect.authenticate.token}, handed to the server in its argument file, which
     * only this user can read, never on its command line): clients without it are refused. {@link LocalSparkConnectServer#remote()}
     * then carries the token ({@code sc://localhost:PORT/;token=...}, plain text on loopback).
     */
    public Builder authenticate() {
      this.authenticate = true;
      this.token = null;
      return this;
    }

    /** Protects the server with this bearer token; see {@link #authenticate()}. */
    public Builder authenticate(String token) {
      if (token == null || token.isEmpty()) {
        throw new IllegalArgumentException("a token to authenticate with cannot be empty");
      }
      this.authenticate = true;
      this.token = token;
      return this;
    }

    /** The Spark version to run, for example {@code "4.1.2"} or {@code "3.5.5"}. */
    public Builder sparkVersion(String version) {
      this.distribution = SparkDistribution.of(version);
      return this;
    }

    /** The Spark version and Scala build to run. */
    public Builder distribution(SparkDistribution distribution) {
      this.distribution = Objects.requireNonNull(distribution, "distribution");
      return this;
    }

    /** A Spark configuration entry for the server, for example a {@code spark.connect.*} limit. */
    public Builder conf(String key, String value) {
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(value, "value");
      if (!key.startsWith("spark.")) {
        throw new IllegalArgumentException("Spark configuration keys start with 'spark.', not '" + key + "'");
      }
      conf.put(key, value);
      return this;
    }

    /**
     * The Spark master; {@code local[2]} (two cores) by default. For a {@code local-cluster[...]}
     * master prefer {@link #cluster}, which also sizes the executors to the workers (given here,
     * set {@code spark.executor.memory} to at most the workers' memory, or no executor starts).
     */
    public Builder master(String master) {
      this.master = Objects.requireNonNull(master, "master");
      return this;
    }

    /**
     * Runs a real cluster on this machine, Spark's {@code local-cluster} master: the server's JVM
     * holds the driver and a master with {@code workers} workers, each starting its executor as a
     * separate JVM of {@code coresPerWorker} cores and {@code memoryMbPerWorker} MB. Unlike
     * {@code local[n]}, where tasks run inside the server's JVM, code a query sends (a UDF, a class
     * from an artifact) must reach the executors to run: a test on it proves it does. The jars are
     * laid out as a Spark home in the server's work folder; every JVM binds to loopback only and
     * goes with the server.
     */
    public Builder cluster(int workers, int coresPerWorker, int memoryMbPerWorker) {
      if (workers < 1 || coresPerWorker < 1 || memoryMbPerWorker < 256) {
        throw new IllegalArgumentException("a cluster needs 1 or more workers of 1 or more cores and 256 MB or more,"
            + " not " + workers + " x " + coresPerWorker + " cores x " + memoryMbPerWorker + " MB");
      }
      conf.put("spark.executor.memory", memoryMbPerWorker + "m");
      return master("local-cluster[" + workers + "," + coresPerWorker + "," + memoryMbPerWorker + "]");
    }

    /** The child JVM's maximum heap, in {@code -Xmx} form; {@code 2g} by default. */
    public Builder maxHeap(String maxHeap) {
      this.maxHeap = Objects.requireNonNull(maxHeap, "maxHeap");
      return this;
    }

    /**
     * The JDK to run Spark on. By default the one named by the environment variable
     * {@code SPARK_CONNECT_JAVA_HOME}, else the JDK running this JVM.
     */
    public Builder javaHome(Path javaHome) {
      this.javaHome = Objects.requireNonNull(javaHome, "javaHome");
      return this;
    }

    /** How long to wait for the server to answer before giving up; 3 minutes by default. */
    public Builder startupTimeout(Duration timeout) {
      this.startupTimeout = Objects.requireNonNull(timeout, "timeout");
      return this;
    }

    /**
     * The server of these settings shared by the whole JVM: started on first call, then returned
     * as is, and stopped when the JVM exits.
     */
    public LocalSparkConnectServer shared() {
      return SharedServers.get(settings());
    }

    /**
     * Resolves Spark's jars (downloading them the first time), starts the server and waits until
     * it answers.
     *
     * @throws LocalServerStartException if it cannot be started or does not answer in time
     */
    public LocalSparkConnectServer start() {
      ServerSettings settings = settings();
      return settings.keepWarm() != null ? SharedServers.get(settings) : ServerLauncher.launch(settings);
    }

    /** The settings configured so far, as an immutable value. */
    ServerSettings settings() {
      if (keepWarm != null && token != null) {
        throw new IllegalArgumentException("A server kept warm makes its own token and keeps it in a file only you"
            + " can read (its remote() carries it); do not give authenticate(token) with keepWarm");
      }
      return new ServerSettings(distribution, conf, master, maxHeap, javaHome, startupTimeout, authenticate, token,
          keepWarm);
    }
  }

  /**
   * Stops every server kept warm by this user ({@link Builder#keepWarm}), waiting until they are
   * gone: the stop command. Returns how many were running.
   */
  public static int stopWarmServers() {
    return WarmServers.stopAll();
  }

  static String tail(Path file, int lines) {
    if (!Files.isRegularFile(file)) {
      return "(no log)";
    }
    Deque<String> last = new ArrayDeque<>();
    try (Stream<String> all = Files.lines(file, StandardCharsets.UTF_8)) {
      all.forEach(line -> {
        last.addLast(line);
        if (last.size() > lines) {
          last.removeFirst();
        }
      });
    } catch (IOException | UncheckedIOException e) {
      return "(log unreadable: " + e.getMessage() + ")";
    }
    return String.join("\n", last);
  }

  /** Deletes the work directory, keeping nothing; the log goes too unless the JVM is asked to keep it. */
  private static void deleteRecursively(Path directory, Path log) {
    if (Boolean.getBoolean("spark.connect.localServer.keepLogs")) {
      LOG.info("Keeping the server's log at {}", log);
      return;
    }
    try (Stream<Path> paths = Files.walk(directory)) {
      paths.sorted(Comparator.reverseOrder()).forEach(path -> {
        try {
          Files.deleteIfExists(path);
        } catch (IOException ignored) {
          // best effort: a temporary directory
        }
      });
    } catch (IOException ignored) {
      // best effort: a temporary directory
    }
  }
}
