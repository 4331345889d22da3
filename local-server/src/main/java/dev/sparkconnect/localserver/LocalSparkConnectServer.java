package dev.sparkconnect.localserver;

import dev.sparkconnect.localserver.child.ParentWatchingMain;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
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
  private static final Map<Builder, LocalSparkConnectServer> SHARED = new ConcurrentHashMap<>();
  private static final int PORT_ATTEMPTS = 3;
  private static final int LOG_TAIL_LINES = 60;

  /** The flags Spark's own launcher passes on Java 17 and later, so that Spark can reach JDK internals. */
  private static final List<String> JAVA_OPTIONS = List.of(
      "-XX:+IgnoreUnrecognizedVMOptions",
      "--add-opens=java.base/java.lang=ALL-UNNAMED",
      "--add-opens=java.base/java.lang.invoke=ALL-UNNAMED",
      "--add-opens=java.base/java.lang.reflect=ALL-UNNAMED",
      "--add-opens=java.base/java.io=ALL-UNNAMED",
      "--add-opens=java.base/java.net=ALL-UNNAMED",
      "--add-opens=java.base/java.nio=ALL-UNNAMED",
      "--add-opens=java.base/java.util=ALL-UNNAMED",
      "--add-opens=java.base/java.util.concurrent=ALL-UNNAMED",
      "--add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED",
      "--add-opens=java.base/jdk.internal.ref=ALL-UNNAMED",
      "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
      "--add-opens=java.base/sun.nio.cs=ALL-UNNAMED",
      "--add-opens=java.base/sun.security.action=ALL-UNNAMED",
      "--add-opens=java.base/sun.util.calendar=ALL-UNNAMED",
      "-Djdk.reflect.useDirectMethodHandle=false",
      "-Dio.netty.tryReflectionSetAccessible=true");

  private final Builder config;
  private final Process process;
  private final int port;
  private final Path workDirectory;
  private final Path logFile;
  private final String reportedVersion;
  private final Duration startupTime;
  private volatile boolean closed;

  private LocalSparkConnectServer(Builder config, Process process, int port, Path workDirectory, String version,
      Duration startupTime) {
    this.config = config;
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
    return "sc://localhost:" + port;
  }

  /** The Spark version the running server reports (from an RPC, not from configuration). */
  public String sparkVersion() {
    return reportedVersion;
  }

  /** What was asked for: version and Scala build. */
  public SparkDistribution distribution() {
    return config.distribution;
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
    SHARED.remove(config, this);
    LiveServers.remove(this);
    stop(process);
    deleteRecursively(workDirectory, logFile);
    LOG.info("Stopped local Spark Connect server {} on port {}", config.distribution, port);
  }

  @Override
  public String toString() {
    return "LocalSparkConnectServer[" + config.distribution + ", " + remote() + ", pid " + process.pid()
        + (closed ? ", closed" : "") + "]";
  }

  private static void stop(Process process) {
    if (!process.isAlive()) {
      return;
    }
    process.destroy();
    try {
      if (!process.waitFor(20, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        process.waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }

  /** Configures and starts a {@link LocalSparkConnectServer}; also the key for shared servers. */
  public static final class Builder {
    private SparkDistribution distribution = SparkDistribution.defaultDistribution();
    private final Map<String, String> conf = new LinkedHashMap<>();
    private String master = "local[2]";
    private String maxHeap = "2g";
    private Path javaHome;
    private Duration startupTimeout = Duration.ofMinutes(3);

    private Builder() {}

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

    /** The Spark master; {@code local[2]} (two cores) by default. */
    public Builder master(String master) {
      this.master = Objects.requireNonNull(master, "master");
      return this;
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
     * The server of this configuration shared by the whole JVM: started on first call, then
     * returned as is, and stopped when the JVM exits.
     */
    public LocalSparkConnectServer shared() {
      Builder key = copy();
      LocalSparkConnectServer running = SHARED.get(key);
      if (running != null && running.isRunning()) {
        return running;
      }
      synchronized (SHARED) {
        running = SHARED.get(key);
        if (running == null || !running.isRunning()) {
          running = key.start();
          SHARED.put(key, running);
        }
        return running;
      }
    }

    /**
     * Resolves Spark's jars (downloading them the first time), starts the server and waits until
     * it answers.
     *
     * @throws LocalServerStartException if it cannot be started or does not answer in time
     */
    public LocalSparkConnectServer start() {
      List<Path> jars;
      try {
        jars = SparkJars.resolve(distribution);
      } catch (IllegalStateException e) {
        throw new LocalServerStartException(e.getMessage(), e);
      }
      LocalServerStartException last = null;
      for (int attempt = 1; attempt <= PORT_ATTEMPTS; attempt++) {
        try {
          return copy().launch(jars, freePort());
        } catch (PortTakenException e) {
          last = e.failure;
          LOG.warn("Port {} was taken before the server could bind it; trying another", e.port);
        }
      }
      throw last;
    }

    private LocalSparkConnectServer launch(List<Path> jars, int port) {
      Path work = createWorkDirectory();
      Path log = work.resolve("server.log");
      Process process;
      long started = System.nanoTime();
      try {
        ProcessBuilder builder = new ProcessBuilder(command(jars, port, work))
            .directory(work.toFile())
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        // Never let the server think it is a Spark Connect client itself.
        builder.environment().remove("SPARK_REMOTE");
        builder.environment().remove("SPARK_CONNECT_MODE_ENABLED");
        builder.environment().remove("SPARK_LOCAL_REMOTE");
        process = builder.start();
      } catch (IOException e) {
        throw new LocalServerStartException("Cannot launch a JVM for " + distribution + ": " + e.getMessage(), e);
      }
      LOG.info("Starting local Spark Connect server {} on port {} (pid {}, log {})", distribution, port,
          process.pid(), log);
      String version = awaitReady(process, port, log);
      Duration startup = Duration.ofNanos(System.nanoTime() - started);
      LocalSparkConnectServer server = new LocalSparkConnectServer(this, process, port, work, version, startup);
      LiveServers.add(server);
      LOG.info("Local Spark Connect server {} ready at {} in {} ms", version, server.remote(), startup.toMillis());
      return server;
    }

    private String awaitReady(Process process, int port, Path log) {
      long deadline = System.nanoTime() + startupTimeout.toNanos();
      try (ReadinessProbe probe = new ReadinessProbe("localhost", port)) {
        while (true) {
          if (!process.isAlive()) {
            String tail = tail(log, LOG_TAIL_LINES);
            LocalServerStartException failure = new LocalServerStartException(distribution
                + " exited with code " + process.exitValue() + " before answering on port " + port
                + ". End of its log (" + log + "):\n" + tail);
            if (tail.contains("BindException") || tail.contains("Address already in use")) {
              throw new PortTakenException(port, failure);
            }
            throw failure;
          }
          String version;
          try {
            version = probe.sparkVersionOrNull();
          } catch (RuntimeException e) {
            stop(process);
            throw new LocalServerStartException(distribution + " on port " + port + " answered with an error: "
                + e.getMessage() + ". End of its log (" + log + "):\n" + tail(log, LOG_TAIL_LINES), e);
          }
          if (version != null) {
            return version;
          }
          if (System.nanoTime() > deadline) {
            stop(process);
            throw new LocalServerStartException(distribution + " did not answer on port " + port + " within "
                + startupTimeout.toSeconds() + " s. End of its log (" + log + "):\n" + tail(log, LOG_TAIL_LINES));
          }
          Thread.sleep(200);
        }
      } catch (InterruptedException e) {
        stop(process);
        Thread.currentThread().interrupt();
        throw new LocalServerStartException("Interrupted while waiting for " + distribution + " to start", e);
      }
    }

    private List<String> command(List<Path> jars, int port, Path work) {
      Path javaBinary = javaHome().resolve("bin").resolve("java");
      Path launcherDir = copyLauncherClass(work);
      List<String> classpath = new ArrayList<>();
      classpath.add(launcherDir.toString());
      for (Path jar : jars) {
        classpath.add(jar.toString());
      }
      Map<String, String> sparkConf = new LinkedHashMap<>();
      sparkConf.put("spark.master", master);
      sparkConf.put("spark.app.name", "spark-connect-java-local-server");
      sparkConf.put("spark.connect.grpc.binding.port", Integer.toString(port));
      sparkConf.put("spark.connect.grpc.binding.address", "localhost");
      sparkConf.put("spark.ui.enabled", "false");
      sparkConf.put("spark.sql.warehouse.dir", work.resolve("warehouse").toUri().toString());
      sparkConf.put("spark.local.dir", work.resolve("local").toString());
      sparkConf.put("spark.driver.host", "localhost");
      sparkConf.put("spark.driver.bindAddress", "127.0.0.1");
      sparkConf.putAll(conf);

      List<String> args = new ArrayList<>();
      args.add("-Xmx" + maxHeap);
      args.addAll(JAVA_OPTIONS);
      args.add("-Dderby.system.home=" + work);
      sparkConf.forEach((key, value) -> args.add("-D" + key + "=" + value));
      args.add("-cp");
      args.add(String.join(File.pathSeparator, classpath));
      args.add(ParentWatchingMain.class.getName());
      args.add(SparkDistribution.SERVER_MAIN_CLASS);

      // An argument file keeps a classpath of some 200 jars off the command line.
      Path argFile = work.resolve("java.args");
      StringBuilder text = new StringBuilder();
      for (String arg : args) {
        text.append('"').append(arg.replace("\\", "\\\\").replace("\"", "\\\"")).append('"').append('\n');
      }
      try {
        Files.writeString(argFile, text, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return List.of(javaBinary.toString(), "@" + argFile);
    }

    private Path javaHome() {
      if (javaHome != null) {
        return javaHome;
      }
      String fromEnv = System.getenv("SPARK_CONNECT_JAVA_HOME");
      return fromEnv != null && !fromEnv.isBlank() ? Paths.get(fromEnv) : Paths.get(System.getProperty("java.home"));
    }

    private Builder copy() {
      Builder copy = new Builder();
      copy.distribution = distribution;
      copy.conf.putAll(conf);
      copy.master = master;
      copy.maxHeap = maxHeap;
      copy.javaHome = javaHome;
      copy.startupTimeout = startupTimeout;
      return copy;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Builder b && distribution.equals(b.distribution) && conf.equals(b.conf)
          && master.equals(b.master) && maxHeap.equals(b.maxHeap) && Objects.equals(javaHome, b.javaHome);
    }

    @Override
    public int hashCode() {
      return Objects.hash(distribution, conf, master, maxHeap, javaHome);
    }
  }

  /** Copies the one launcher class into the work directory, so the child's classpath holds nothing else of ours. */
  private static Path copyLauncherClass(Path work) {
    String resource = ParentWatchingMain.class.getName().replace('.', '/') + ".class";
    Path target = work.resolve("launcher").resolve(resource);
    try (InputStream in = ParentWatchingMain.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("Cannot find " + resource + " on the classpath");
      }
      Files.createDirectories(target.getParent());
      Files.copy(in, target);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return work.resolve("launcher");
  }

  private static Path createWorkDirectory() {
    try {
      return Files.createTempDirectory("spark-connect-local-");
    } catch (IOException e) {
      throw new LocalServerStartException("Cannot create a work directory: " + e.getMessage(), e);
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      socket.setReuseAddress(true);
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new LocalServerStartException("Cannot find a free port: " + e.getMessage(), e);
    }
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

  /** A start that failed only because another process took the port first. */
  private static final class PortTakenException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final transient LocalServerStartException failure;
    final int port;

    PortTakenException(int port, LocalServerStartException failure) {
      super(failure.getMessage(), null, false, false);
      this.port = port;
      this.failure = failure;
    }
  }
}
