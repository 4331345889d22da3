package dev.sparkconnect.junit.containers;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Whether a Docker-compatible container engine can be used, and if not, why, found without noise:
 * Testcontainers is asked only when it is on the class path and something it would look for is
 * there (a {@code DOCKER_HOST}, a {@code ~/.testcontainers.properties}, a Docker socket), because
 * asking it on a machine with no engine logs an ERROR block for what is only a fallback.
 */
public final class ContainerEngine {

  private static Optional<String> answer;

  private ContainerEngine() {}

  /** Empty when an engine answers; otherwise the reason none can be used, with what to do about it. */
  public static synchronized Optional<String> unavailableReason() {
    if (answer == null) {
      answer = probe();
    }
    return answer;
  }

  private static Optional<String> probe() {
    if (!onClassPath("org.testcontainers.DockerClientFactory")) {
      return Optional.of("Testcontainers is not on the test class path (add the test dependency"
          + " org.testcontainers:testcontainers, versioned by spark-connect-bom)");
    }
    Optional<String> nothingToFind = nothingTestcontainersWouldFind();
    if (nothingToFind.isPresent()) {
      return nothingToFind;
    }
    return Probe.ask();
  }

  private static Optional<String> nothingTestcontainersWouldFind() {
    if (present(System.getenv("DOCKER_HOST")) || present(System.getProperty("docker.host"))
        || present(System.getenv("TESTCONTAINERS_HOST_OVERRIDE"))) {
      return Optional.empty();
    }
    Path home = Path.of(System.getProperty("user.home", "."));
    List<Path> places = new ArrayList<>(List.of(home.resolve(".testcontainers.properties"),
        Path.of("/var/run/docker.sock"), home.resolve(".docker/run/docker.sock"),
        home.resolve(".docker/desktop/docker.sock"), home.resolve(".rd/docker.sock"),
        home.resolve(".colima/default/docker.sock")));
    String runtime = System.getenv("XDG_RUNTIME_DIR");
    if (present(runtime)) {
      places.add(Path.of(runtime, "docker.sock"));
      places.add(Path.of(runtime, ".docker/run/docker.sock"));
    }
    for (Path place : places) {
      if (Files.exists(place)) {
        return Optional.empty();
      }
    }
    for (Path podman : List.of(Path.of("/run/podman/podman.sock"),
        Path.of(present(runtime) ? runtime : "/nonexistent", "podman/podman.sock"))) {
      if (Files.exists(podman)) {
        return Optional.of("no DOCKER_HOST is set, but podman's API socket is at " + podman
            + ": set DOCKER_HOST=unix://" + podman + " to use it");
      }
    }
    return Optional.of("no container engine found (no DOCKER_HOST, no ~/.testcontainers.properties, no Docker"
        + " socket): run Docker, or podman's API service with DOCKER_HOST pointing at its socket");
  }

  private static boolean onClassPath(String className) {
    try {
      Class.forName(className, false, ContainerEngine.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException | LinkageError e) {
      return false;
    }
  }

  private static boolean present(String value) {
    return value != null && !value.isBlank();
  }

  /** The one place that touches Testcontainers, loaded only once it is known to be there. */
  private static final class Probe {
    static Optional<String> ask() {
      try {
        if (org.testcontainers.DockerClientFactory.instance().isDockerAvailable()) {
          return Optional.empty();
        }
        return Optional.of("no Docker-compatible container engine answers (set DOCKER_HOST, or run Docker or podman)");
      } catch (RuntimeException | LinkageError e) {
        return Optional.of("no Docker-compatible container engine answers: " + e.getMessage());
      }
    }
  }
}
