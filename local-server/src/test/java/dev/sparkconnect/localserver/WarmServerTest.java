package dev.sparkconnect.localserver;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A server kept warm outlives the JVM that started it: the next JVM finds it through the
 * discovery file and reuses it (checked by RPC), and it never stays behind: the stop command and
 * its idle time both end it.
 */
@Tag("real-server")
class WarmServerTest {

  private static final Pattern REPORT = Pattern.compile("SERVER_PID=(\\d+) PORT=(\\d+) VERSION=(\\S+) MILLIS=(\\d+)");

  @TempDir
  Path warmDirectory;

  /** Runs {@link WarmServerProbeMain} in a fresh JVM: its pid, port, version and milliseconds. */
  private Map<String, String> probe(long idleSeconds) throws Exception {
    String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
    Process jvm = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
        "-Dspark.connect.warmServers.dir=" + warmDirectory,
        "-Dmaven.repo.local=" + System.getProperty("maven.repo.local", ""),
        WarmServerProbeMain.class.getName(), Long.toString(idleSeconds))).redirectErrorStream(true).start();
    List<String> output = new ArrayList<>();
    try (BufferedReader out = new BufferedReader(new InputStreamReader(jvm.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line; (line = out.readLine()) != null; ) {
        output.add(line);
      }
    }
    assertThat(jvm.waitFor(180, TimeUnit.SECONDS)).isTrue();
    for (String line : output) {
      Matcher report = REPORT.matcher(line);
      if (report.find()) {
        return Map.of("pid", report.group(1), "port", report.group(2), "version", report.group(3),
            "millis", report.group(4));
      }
    }
    throw new AssertionError("the probe JVM printed no report:\n" + String.join("\n", output));
  }

  private static boolean alive(String pid) {
    return ProcessHandle.of(Long.parseLong(pid)).map(ProcessHandle::isAlive).orElse(false);
  }

  private static void awaitGone(String pid, long seconds) throws Exception {
    Optional<ProcessHandle> process = ProcessHandle.of(Long.parseLong(pid));
    if (process.isPresent()) {
      process.get().onExit().get(seconds, TimeUnit.SECONDS);
    }
    assertThat(alive(pid)).as("the warm server %s is gone", pid).isFalse();
  }

  @Test
  void theNextJvmReusesTheWarmServerAndTheStopCommandEndsIt() throws Exception {
    System.setProperty("spark.connect.warmServers.dir", warmDirectory.toString());
    Map<String, String> first = probe(120);
    try {
      assertThat(alive(first.get("pid"))).as("the server outlives the JVM that started it").isTrue();
      assertThat(Files.list(warmDirectory).map(path -> path.getFileName().toString()).toList())
          .anyMatch(name -> name.endsWith(".properties")).anyMatch(name -> name.endsWith(".token"))
          .anyMatch(name -> name.endsWith(".lease"));
      Path token = Files.list(warmDirectory).filter(path -> path.toString().endsWith(".token")).findFirst().orElseThrow();
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(token))).isEqualTo("rw-------");
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(warmDirectory))).isEqualTo("rwx------");

      Map<String, String> second = probe(120);
      assertThat(second.get("pid")).as("the second JVM reuses the first one's server").isEqualTo(first.get("pid"));
      assertThat(second.get("port")).isEqualTo(first.get("port"));
      assertThat(second.get("version")).isEqualTo(SparkDistribution.DEFAULT_VERSION);

      assertThat(LocalSparkConnectServer.stopWarmServers()).isEqualTo(1);
      awaitGone(first.get("pid"), 30);
      assertThat(Files.list(warmDirectory).filter(path -> path.toString().endsWith(".properties"))).isEmpty();
    } finally {
      ProcessHandle.of(Long.parseLong(first.get("pid"))).ifPresent(ProcessHandle::destroyForcibly);
      System.clearProperty("spark.connect.warmServers.dir");
    }
  }

  @Test
  void aWarmServerNoJvmHoldsStopsAfterItsIdleTime() throws Exception {
    Map<String, String> probed = probe(3);
    try {
      awaitGone(probed.get("pid"), 60);
    } finally {
      ProcessHandle.of(Long.parseLong(probed.get("pid"))).ifPresent(ProcessHandle::destroyForcibly);
    }
  }

  @Test
  void aServerThatNoLongerAnswersIsReplaced() throws Exception {
    Map<String, String> first = probe(120);
    try {
      ProcessHandle.of(Long.parseLong(first.get("pid"))).ifPresent(ProcessHandle::destroyForcibly);
      awaitGone(first.get("pid"), 30);

      Map<String, String> second = probe(120);

      assertThat(second.get("pid")).isNotEqualTo(first.get("pid"));
      assertThat(alive(second.get("pid"))).isTrue();
    } finally {
      System.setProperty("spark.connect.warmServers.dir", warmDirectory.toString());
      LocalSparkConnectServer.stopWarmServers();
      System.clearProperty("spark.connect.warmServers.dir");
    }
  }
}
