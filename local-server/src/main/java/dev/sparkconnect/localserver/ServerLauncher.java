package dev.sparkconnect.localserver;

import dev.sparkconnect.localserver.child.ParentWatchingMain;
import dev.sparkconnect.localserver.child.WarmServerMain;
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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Launches a {@link LocalSparkConnectServer} of some {@link ServerSettings}: resolves Spark's jars,
 * writes the child JVM's command (Spark's own JVM flags, the settings as system properties, a
 * launcher that dies with its parent), starts it on a free loopback port (another port if that one
 * is taken meanwhile) and waits until a real RPC answers.
 */
final class ServerLauncher {

  private static final Logger LOG = LoggerFactory.getLogger(ServerLauncher.class);
  private static final int PORT_ATTEMPTS = 3;
  static final int LOG_TAIL_LINES = 60;

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

  private final ServerSettings settings;
  private final SparkDistribution distribution;
  /** The token clients must present, or null for a server without authentication. */
  private final String token;
  /** How a server kept warm between JVMs is launched, or null for a server of this JVM. */
  private final Warm warm;

  /**
   * A server to keep warm: in this work folder (emptied first), watching this lease, with this token.
   *
   * @param work the work folder, the same for every server of one key
   * @param lease this JVM's hold on the server, whose file the server watches
   * @param token the token clients must present
   */
  record Warm(Path work, WarmServers.Lease lease, String token) {}

  private ServerLauncher(ServerSettings settings, Warm warm) {
    this.settings = settings;
    this.distribution = settings.distribution();
    this.warm = warm;
    this.token = warm != null ? warm.token()
        : !settings.authenticate() ? null : settings.token() != null ? settings.token() : newToken();
  }

  static String newToken() {
    byte[] bytes = new byte[32];
    new java.security.SecureRandom().nextBytes(bytes);
    return java.util.HexFormat.of().formatHex(bytes);
  }

  /**
   * Resolves Spark's jars (downloading them the first time), starts the server and waits until
   * it answers.
   *
   * @throws LocalServerStartException if it cannot be started or does not answer in time
   */
  static LocalSparkConnectServer launch(ServerSettings settings) {
    return new ServerLauncher(settings, null).start();
  }

  /**
   * Starts a server that outlives this JVM, watching {@code warm}'s lease (see
   * {@link WarmServerMain}), and waits until it answers.
   */
  static LocalSparkConnectServer launchWarm(ServerSettings settings, Warm warm) {
    return new ServerLauncher(settings, warm).start();
  }

  private LocalSparkConnectServer start() {
    List<Path> jars;
    try {
      jars = SparkJars.resolve(distribution);
    } catch (IllegalStateException e) {
      throw new LocalServerStartException(e.getMessage(), e);
    }
    LocalServerStartException last = null;
    for (int attempt = 1; attempt <= PORT_ATTEMPTS; attempt++) {
      try {
        return launch(jars, freePort());
      } catch (PortTakenException e) {
        last = e.failure;
        LOG.warn("Port {} was taken before the server could bind it; trying another", e.port);
      }
    }
    throw last;
  }

  private LocalSparkConnectServer launch(List<Path> jars, int port) {
    Path work = warm != null ? emptied(warm.work()) : createWorkDirectory();
    Path log = work.resolve("server.log");
    Process process;
    long started = System.nanoTime();
    try {
      ProcessBuilder builder = new ProcessBuilder(command(jars, port, work))
          .directory(work.toFile())
          .redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
      if (warm != null) {
        // Not tied to this JVM's pipe: the server outlives it.
        builder.redirectInput(ProcessBuilder.Redirect.from(new File(
            System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null")));
      }
      // Never let the server think it is a Spark Connect client itself.
      builder.environment().remove("SPARK_REMOTE");
      builder.environment().remove("SPARK_CONNECT_MODE_ENABLED");
      builder.environment().remove("SPARK_LOCAL_REMOTE");
      builder.environment().remove("SPARK_CONNECT_AUTHENTICATE_TOKEN");
      // Loopback only: without these Spark names its driver and executors by the machine's other address.
      builder.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
      builder.environment().put("SPARK_LOCAL_HOSTNAME", "localhost");
      if (settings.master().startsWith("local-cluster")) {
        // Workers start executors from a Spark home's jars/ folder, with this JVM's Java.
        builder.environment().put("SPARK_HOME", sparkHome(work, jars).toString());
        builder.environment().put("SPARK_SCALA_VERSION", distribution.scalaBinaryVersion());
        builder.environment().put("JAVA_HOME", javaHome().toString());
      }
      process = builder.start();
    } catch (IOException e) {
      throw new LocalServerStartException("Cannot launch a JVM for " + distribution + ": " + e.getMessage(), e);
    }
    LOG.info("Starting local Spark Connect server {} on port {} (pid {}, log {})", distribution, port,
        process.pid(), log);
    String version = awaitReady(process, port, log);
    Duration startup = Duration.ofNanos(System.nanoTime() - started);
    LocalSparkConnectServer server = new LocalSparkConnectServer(settings, token, process.toHandle(), port, work,
        version, startup, warm == null ? null : warm.lease());
    if (warm == null) {
      LiveServers.add(server);
    }
    LOG.info("Local Spark Connect server {} ready at {} in {} ms", version, server.address(), startup.toMillis());
    return server;
  }

  private String awaitReady(Process process, int port, Path log) {
    long deadline = System.nanoTime() + settings.startupTimeout().toNanos();
    try (ReadinessProbe probe = new ReadinessProbe("localhost", port, token)) {
      while (true) {
        if (!process.isAlive()) {
          String tail = LocalSparkConnectServer.tail(log, LOG_TAIL_LINES);
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
          LocalSparkConnectServer.stop(process);
          throw new LocalServerStartException(distribution + " on port " + port + " answered with an error: "
              + e.getMessage() + ". End of its log (" + log + "):\n" + LocalSparkConnectServer.tail(log, LOG_TAIL_LINES), e);
        }
        if (version != null) {
          return version;
        }
        if (System.nanoTime() > deadline) {
          LocalSparkConnectServer.stop(process);
          throw new LocalServerStartException(distribution + " did not answer on port " + port + " within "
              + settings.startupTimeout().toSeconds() + " s. End of its log (" + log + "):\n" + LocalSparkConnectServer.tail(log, LOG_TAIL_LINES));
        }
        Thread.sleep(200);
      }
    } catch (InterruptedException e) {
      LocalSparkConnectServer.stop(process);
      Thread.currentThread().interrupt();
      throw new LocalServerStartException("Interrupted while waiting for " + distribution + " to start", e);
    }
  }

  private List<String> command(List<Path> jars, int port, Path work) {
    Path javaBinary = javaHome().resolve("bin").resolve("java");
    Class<?> launcher = warm != null ? WarmServerMain.class : ParentWatchingMain.class;
    Path launcherDir = copyLauncherClass(work, launcher);
    List<String> classpath = new ArrayList<>();
    classpath.add(launcherDir.toString());
    for (Path jar : jars) {
      classpath.add(jar.toString());
    }
    Map<String, String> sparkConf = new LinkedHashMap<>();
    sparkConf.put("spark.master", settings.master());
    sparkConf.put("spark.app.name", "spark-connect-java-local-server");
    sparkConf.put("spark.connect.grpc.binding.port", Integer.toString(port));
    sparkConf.put("spark.connect.grpc.binding.address", "localhost");
    sparkConf.put("spark.ui.enabled", "false");
    sparkConf.put("spark.sql.warehouse.dir", work.resolve("warehouse").toUri().toString());
    sparkConf.put("spark.local.dir", work.resolve("local").toString());
    sparkConf.put("spark.driver.host", "localhost");
    sparkConf.put("spark.driver.bindAddress", "127.0.0.1");
    sparkConf.putAll(settings.conf());
    if (token != null) {
      // In the argument file, in a work folder only this user can read: never on the command line.
      sparkConf.put("spark.connect.authenticate.token", token);
    }

    List<String> args = new ArrayList<>();
    args.add("-Xmx" + settings.maxHeap());
    args.addAll(JAVA_OPTIONS);
    args.add("-Dderby.system.home=" + work);
    sparkConf.forEach((key, value) -> args.add("-D" + key + "=" + value));
    args.add("-cp");
    args.add(String.join(File.pathSeparator, classpath));
    args.add(launcher.getName());
    if (warm != null) {
      args.add(warm.lease().file().toString());
      args.add(Long.toString(settings.keepWarm().toMillis()));
    }
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

  /**
   * A Spark home for {@code local-cluster} workers: {@code jars/} linking every jar of the
   * distribution (copied where links cannot be made), and the {@code RELEASE} file that marks a
   * binary distribution.
   */
  private Path sparkHome(Path work, List<Path> jars) throws IOException {
    Path home = work.resolve("spark-home");
    Path jarsDir = Files.createDirectories(home.resolve("jars"));
    Files.createDirectories(home.resolve("conf"));
    for (Path jar : jars) {
      Path link = jarsDir.resolve(jar.getFileName());
      if (Files.exists(link)) {
        continue;
      }
      try {
        Files.createSymbolicLink(link, jar.toAbsolutePath());
      } catch (IOException | UnsupportedOperationException e) {
        Files.copy(jar, link);
      }
    }
    Files.writeString(home.resolve("RELEASE"), "Spark " + distribution.sparkVersion() + " (Scala "
        + distribution.scalaBinaryVersion() + "), jars from Maven Central, laid out by spark-connect-java\n");
    return home;
  }

  private Path javaHome() {
    if (settings.javaHome() != null) {
      return settings.javaHome();
    }
    String fromEnv = System.getenv("SPARK_CONNECT_JAVA_HOME");
    return fromEnv != null && !fromEnv.isBlank() ? Paths.get(fromEnv) : Paths.get(System.getProperty("java.home"));
  }

/** Copies the one launcher class into the work directory, so the child's classpath holds nothing else of ours. */
private static Path copyLauncherClass(Path work, Class<?> launcher) {
  String resource = launcher.getName().replace('.', '/') + ".class";
  Path target = work.resolve("launcher").resolve(resource);
  try (InputStream in = launcher.getClassLoader().getResourceAsStream(resource)) {
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

/** {@code folder}, emptied of what an earlier server left there (a warm server's work folder is reused). */
private static Path emptied(Path folder) {
  try {
    if (Files.exists(folder)) {
      try (java.util.stream.Stream<Path> walk = Files.walk(folder)) {
        for (Path path : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
          if (!path.equals(folder)) {
            Files.deleteIfExists(path);
          }
        }
      }
    }
    return Files.createDirectories(folder);
  } catch (IOException e) {
    throw new LocalServerStartException("Cannot prepare the work directory " + folder + ": " + e.getMessage(), e);
  }
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
}}
