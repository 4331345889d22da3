package dev.sparkconnect.localserver;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Paths;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A test run killed half-way must not leave a Spark JVM behind: the parent JVM here starts a real
 * server, is then killed, and the server must be gone soon after (a warm server, once its idle
 * time has passed).
 */
@Tag("real-server")
class NoOrphanServerTest {

  @Test
  void sigtermOfTheParentStopsTheServer() throws Exception {
    assertServerDiesWithParent(false);
  }

  @Test
  void sigkillOfTheParentStopsTheServer() throws Exception {
    assertServerDiesWithParent(true);
  }

  /**
   * A server kept warm outlives its JVM on purpose, but not its idle time: killed outright, the JVM
   * stops touching the lease, and the server goes by itself.
   */
  @Test
  void sigkillOfAJvmHoldingAWarmServerLeavesItOnlyForItsIdleTime(@org.junit.jupiter.api.io.TempDir java.nio.file.Path warm)
      throws Exception {
    assertServerDiesWithParent(true, "-Dspark.connect.warmServers.dir=" + warm, "warm", "3");
  }

  private static void assertServerDiesWithParent(boolean forcibly, String... probeArguments) throws Exception {
    String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command = new java.util.ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
        "-Dmaven.repo.local=" + System.getProperty("maven.repo.local", "")));
    List<String> arguments = List.of(probeArguments);
    // JVM options first, then the main class and its arguments.
    arguments.stream().filter(argument -> argument.startsWith("-D")).forEach(command::add);
    command.add(OrphanProbeMain.class.getName());
    arguments.stream().filter(argument -> !argument.startsWith("-D")).forEach(command::add);
    Process parent = new ProcessBuilder(command)
        .redirectErrorStream(true)
        .start();
    long serverPid = -1;
    try (BufferedReader out = new BufferedReader(new InputStreamReader(parent.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = out.readLine()) != null) {
        if (line.startsWith("SERVER_PID=")) {
          serverPid = Long.parseLong(line.substring("SERVER_PID=".length()));
          break;
        }
      }
      assertThat(serverPid).as("the parent JVM reported its server's pid").isPositive();
      assertThat(ProcessHandle.of(serverPid).map(ProcessHandle::isAlive)).contains(true);

      if (forcibly) {
        parent.destroyForcibly();
      } else {
        parent.destroy();
      }
      assertThat(parent.waitFor(60, TimeUnit.SECONDS)).isTrue();

      Optional<ProcessHandle> server = ProcessHandle.of(serverPid);
      if (server.isPresent()) {
        server.get().onExit().get(60, TimeUnit.SECONDS);
      }
      assertThat(ProcessHandle.of(serverPid).map(ProcessHandle::isAlive)).isIn(Optional.empty(), Optional.of(false));
    } finally {
      parent.destroyForcibly();
      if (serverPid > 0) {
        ProcessHandle.of(serverPid).ifPresent(ProcessHandle::destroyForcibly);
      }
    }
  }
}
