package dev.sparkconnect.junit.containers;

import java.util.Optional;
import org.testcontainers.DockerClientFactory;

/** Whether a Docker-compatible container engine answers, and if not, why. */
public final class ContainerEngine {

  private ContainerEngine() {}

  /** Empty when an engine answers; otherwise the reason none can be used. */
  public static synchronized Optional<String> unavailableReason() {
    try {
      if (DockerClientFactory.instance().isDockerAvailable()) {
        return Optional.empty();
      }
      return Optional.of("no Docker-compatible container engine answers (set DOCKER_HOST, or run Docker or podman)");
    } catch (RuntimeException | LinkageError e) {
      return Optional.of("no Docker-compatible container engine answers: " + e.getMessage());
    }
  }
}
