package dev.sparkconnect.localserver;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Local servers kept warm between JVMs ({@link LocalSparkConnectServer.Builder#keepWarm}), found
 * through discovery files in a folder only this user can read.
 *
 * <p>Per key (a hash of the settings) the folder holds {@code KEY.properties} (pid, port, Spark
 * version, settings, a hash of the jars' names, sizes and times, idle time, start time),
 * {@code KEY.jars} (the jars the server runs, hashed again before reuse, so no Maven is needed),
 * {@code KEY.token} (the token the server requires), {@code KEY-<id>.lease} (one per server,
 * touched by every JVM that holds it; the server stops once it has not been touched for the idle
 * time, or when it is deleted), {@code KEY.lock} (held while one JVM looks for or starts the server) and {@code KEY/}
 * (the server's work folder, reused). A JVM reuses a server only if its process is alive, its
 * lease is there and it answers a real RPC with the token; otherwise it starts one.
 */
final class WarmServers {

  private static final Logger LOG = LoggerFactory.getLogger(WarmServers.class);
  /** The leases this JVM holds, touched by one daemon thread. */
  private static final Set<Lease> HELD = ConcurrentHashMap.newKeySet();
  private static volatile ScheduledExecutorService toucher;

  private WarmServers() {}

  /** The folder of discovery files, created readable by this user only. */
  static Path directory() {
    String configured = System.getProperty("spark.connect.warmServers.dir",
        System.getenv("SPARK_CONNECT_WARM_SERVERS_DIR"));
    Path directory = configured != null && !configured.isBlank() ? Path.of(configured)
        : Path.of(System.getProperty("user.home"), ".cache", "spark-connect-java", "warm-servers");
    try {
      if (!Files.isDirectory(directory)) {
        Files.createDirectories(directory);
      }
      if (posix()) {
        Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("rwx------"));
      }
    } catch (IOException e) {
      throw new LocalServerStartException("Cannot prepare the warm servers' folder " + directory + ": " + e.getMessage(), e);
    }
    return directory;
  }

  /** The warm server of {@code settings}: the one another JVM left running if it answers, else a new one. */
  static LocalSparkConnectServer acquire(ServerSettings settings) {
    Path directory = directory();
    String key = hash(settings.sharingKey().toString()).substring(0, 16);
    Path discovery = directory.resolve(key + ".properties");
    Path tokenFile = directory.resolve(key + ".token");
    Path jarsFile = directory.resolve(key + ".jars");
    try (FileChannel channel = FileChannel.open(directory.resolve(key + ".lock"), StandardOpenOption.CREATE,
        StandardOpenOption.WRITE); FileLock ignored = channel.lock()) {
      Properties previous = read(discovery);
      // Reuse needs no Maven: the jars the server runs are listed beside it, and checked on disk.
      Optional<LocalSparkConnectServer> running = reuse(settings, discovery, previous, tokenFile, jarsFile);
      if (running.isPresent()) {
        return running.get();
      }
      // Whatever ran here is gone or stopped: deleting its lease stops it for good (each server has its own).
      if (previous.getProperty("lease") != null) {
        Files.deleteIfExists(directory.resolve(previous.getProperty("lease")));
      }
      Files.deleteIfExists(discovery);
      Path leaseFile = directory.resolve(key + "-" + ServerLauncher.newToken().substring(0, 8) + ".lease");
      List<Path> jars;
      try {
        jars = SparkJars.resolve(settings.distribution());
      } catch (IllegalStateException e) {
        throw new LocalServerStartException(e.getMessage(), e);
      }
      String jarsHash = jarsHash(jars);
      Files.write(jarsFile, jars.stream().map(jar -> jar.toAbsolutePath().toString()).toList(), StandardCharsets.UTF_8);
      String token = ServerLauncher.newToken();
      writePrivately(tokenFile, token);
      Lease lease = Lease.hold(leaseFile, settings.keepWarm(), true);
      LocalSparkConnectServer server;
      try {
        server = ServerLauncher.launchWarm(settings, new ServerLauncher.Warm(directory.resolve(key), lease, token));
      } catch (RuntimeException e) {
        lease.release();
        Files.deleteIfExists(leaseFile);
        throw e;
      }
      Properties description = new Properties();
      description.setProperty("pid", Long.toString(server.pid()));
      description.setProperty("port", Integer.toString(server.port()));
      description.setProperty("sparkVersion", server.sparkVersion());
      description.setProperty("settings", settings.toString());
      description.setProperty("jarsHash", jarsHash);
      description.setProperty("tokenFile", tokenFile.getFileName().toString());
      description.setProperty("lease", leaseFile.getFileName().toString());
      description.setProperty("idleSeconds", Long.toString(settings.keepWarm().toSeconds()));
      description.setProperty("started", Instant.now().toString());
      try (Writer out = Files.newBufferedWriter(discovery, StandardCharsets.UTF_8)) {
        description.store(out, "A Spark Connect server kept warm by spark-connect-java; delete " + leaseFile.getFileName()
            + " to stop it");
      }
      restrict(discovery);
      LOG.info("Keeping Spark Connect server {} warm at {} (pid {}) until {} unused; discovery file {}",
          server.sparkVersion(), server.address(), server.pid(), settings.keepWarm(), discovery);
      return server;
    } catch (IOException e) {
      throw new LocalServerStartException("Cannot use the warm servers' folder " + directory + ": " + e.getMessage(), e);
    }
  }

  /** The properties in {@code file}; none if there is no such file. */
  private static Properties read(Path file) throws IOException {
    Properties properties = new Properties();
    if (Files.isRegularFile(file)) {
      try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        properties.load(in);
      }
    }
    return properties;
  }

  private static Optional<LocalSparkConnectServer> reuse(ServerSettings settings, Path discovery,
      Properties description, Path tokenFile, Path jarsFile) throws IOException {
    String leaseName = description.getProperty("lease");
    if (leaseName == null || !Files.isRegularFile(tokenFile) || !Files.isRegularFile(jarsFile)) {
      return Optional.empty();
    }
    Path leaseFile = discovery.resolveSibling(leaseName);
    // The same jars, unchanged since the server started (a jar downloaded again is another jar).
    String jarsHash = jarsHash(Files.readAllLines(jarsFile, StandardCharsets.UTF_8).stream()
        .filter(line -> !line.isBlank()).map(Path::of).toList());
    long started = System.nanoTime();
    Optional<ProcessHandle> process;
    int port;
    try {
      process = ProcessHandle.of(Long.parseLong(description.getProperty("pid", "-1"))).filter(ProcessHandle::isAlive);
      port = Integer.parseInt(description.getProperty("port", "-1"));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
    if (process.isEmpty() || !Files.exists(leaseFile)) {
      return Optional.empty();
    }
    Path work = discovery.resolveSibling(discovery.getFileName().toString().replace(".properties", ""));
    if (!jarsHash.equals(description.getProperty("jarsHash"))) {
      LOG.info("The warm server in {} (pid {}) runs jars that changed since; starting another", discovery,
          process.get().pid());
      stopIfOurs(process.get(), work);
      return Optional.empty();
    }
    String token = Files.readString(tokenFile, StandardCharsets.UTF_8).strip();
    // Touched as often as the shorter of the two idle times asks: the server's own, and this JVM's.
    Duration idle = settings.keepWarm();
    try {
      Duration theirs = Duration.ofSeconds(Long.parseLong(description.getProperty("idleSeconds", "0")));
      idle = theirs.isZero() || theirs.compareTo(idle) >= 0 ? idle : theirs;
    } catch (NumberFormatException e) {
      // keep this JVM's
    }
    Lease lease = Lease.hold(leaseFile, idle, false);
    String version;
    // A fresh session per check: a session kept for checks would be closed by Spark after its idle timeout.
    try (ReadinessProbe probe = new ReadinessProbe("localhost", port, token)) {
      version = probe.sparkVersionOrNull();
    } catch (RuntimeException e) {
      version = null;
    }
    if (version == null || !process.get().isAlive() || !Files.exists(leaseFile)) {
      lease.release();
      LOG.info("The warm server in {} (pid {}) does not answer; starting another", discovery, process.get().pid());
      stopIfOurs(process.get(), work);
      return Optional.empty();
    }
    Duration took = Duration.ofNanos(System.nanoTime() - started);
    LocalSparkConnectServer server = new LocalSparkConnectServer(settings, token, process.get(), port, work, version,
        took, lease);
    LOG.info("Reusing warm Spark Connect server {} at {} (pid {}), checked by RPC in {} ms", version, server.address(),
        server.pid(), took.toMillis());
    return Optional.of(server);
  }

  /** Stops every warm server of this user's folder and waits for them to go: the number that were running. */
  static int stopAll() {
    Path directory = directory();
    int stopped = 0;
    try (Stream<Path> files = Files.list(directory)) {
      for (Path discovery : files.filter(file -> file.toString().endsWith(".properties")).toList()) {
        String key = discovery.getFileName().toString().replace(".properties", "");
        Properties description = read(discovery);
        if (description.getProperty("lease") != null) {
          Files.deleteIfExists(directory.resolve(description.getProperty("lease")));
        }
        Optional<ProcessHandle> process = Optional.empty();
        try {
          process = ProcessHandle.of(Long.parseLong(description.getProperty("pid", "-1"))).filter(ProcessHandle::isAlive);
        } catch (NumberFormatException e) {
          // nothing to wait for
        }
        if (process.isPresent()) {
          stopped++;
          try {
            process.get().onExit().get(30, TimeUnit.SECONDS);
          } catch (Exception e) {
            stopIfOurs(process.get(), directory.resolve(key));
          }
        }
        Files.deleteIfExists(discovery);
        Files.deleteIfExists(directory.resolve(key + ".token"));
        Files.deleteIfExists(directory.resolve(key + ".jars"));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot stop the warm servers of " + directory, e);
    }
    LOG.info("Stopped {} warm Spark Connect server(s) of {}", stopped, directory);
    return stopped;
  }

  /**
   * Stops {@code process} if it is the warm server launched in {@code work} (its command line names
   * the argument file there), so that a server that no longer answers is never left running beside
   * its replacement; a process of that pid that is anything else is left alone.
   */
  private static void stopIfOurs(ProcessHandle process, Path work) {
    String argumentFile = work.resolve("java.args").toString();
    if (process.isAlive() && process.info().commandLine().map(line -> line.contains(argumentFile)).orElse(false)) {
      LocalSparkConnectServer.stop(process);
    }
  }

  /** A fingerprint of the jars a server runs: their names, sizes and modification times. */
  private static String jarsHash(List<Path> jars) {
    StringBuilder text = new StringBuilder();
    for (Path jar : jars) {
      try {
        text.append(jar.toAbsolutePath()).append(' ').append(Files.size(jar)).append(' ')
            .append(Files.getLastModifiedTime(jar).toMillis()).append('\n');
      } catch (IOException e) {
        text.append(jar).append(" missing\n");
      }
    }
    return hash(text.toString());
  }

  private static String hash(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void writePrivately(Path file, String text) throws IOException {
    Files.deleteIfExists(file);
    Files.createFile(file);
    restrict(file);
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  private static void restrict(Path file) throws IOException {
    if (posix()) {
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    }
  }

  private static boolean posix() {
    return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
  }

  /**
   * This JVM's hold on a warm server: its lease file touched often enough (a quarter of the idle
   * time, at most every 5 s) while held; released on {@code close()} or with the JVM.
   */
  static final class Lease {
    private final Path file;
    private final long everyNanos;
    private volatile long lastTouched;

    private Lease(Path file, Duration idle) {
      this.file = file;
      this.everyNanos = Math.max(250_000_000L, Math.min(5_000_000_000L, idle.toNanos() / 4));
    }

    /** Holds the lease in {@code file}, created if {@code create} (a new server), else only touched if it is there. */
    static Lease hold(Path file, Duration idle, boolean create) throws IOException {
      if (create && !Files.exists(file)) {
        Files.createFile(file);
      }
      Lease lease = new Lease(file, idle);
      lease.touch();
      HELD.add(lease);
      startToucher();
      return lease;
    }

    Path file() {
      return file;
    }

    void touchIfDue() {
      if (System.nanoTime() - lastTouched >= everyNanos) {
        touch();
      }
    }

    void touch() {
      lastTouched = System.nanoTime();
      try {
        if (Files.exists(file)) {
          Files.setLastModifiedTime(file, FileTime.from(Instant.now()));
        }
      } catch (IOException e) {
        // The server is stopping (its lease was deleted): nothing to hold.
      }
    }

    void release() {
      HELD.remove(this);
    }
  }

  private static synchronized void startToucher() {
    if (toucher != null) {
      return;
    }
    toucher = Executors.newSingleThreadScheduledExecutor(runnable -> {
      Thread thread = new Thread(runnable, "warm-server-leases");
      thread.setDaemon(true);
      return thread;
    });
    toucher.scheduleWithFixedDelay(() -> HELD.forEach(Lease::touchIfDue), 250, 250, TimeUnit.MILLISECONDS);
  }
}
