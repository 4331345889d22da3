package dev.sparkconnect.junit;

import dev.sparkconnect.junit.containers.ContainerEngine;
import dev.sparkconnect.junit.containers.LocalSparkImage;
import dev.sparkconnect.junit.containers.SparkConnectContainer;
import dev.sparkconnect.localserver.LocalSparkConnectServer;
import java.util.Optional;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The real Spark Connect servers of a test run, started once and shared by every test that needs
 * the same backend and Spark version; they stop when the run ends.
 */
final class RealServers {

  private static final Logger LOG = LoggerFactory.getLogger(RealServers.class);
  private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(RealServers.class);

  private RealServers() {}

  /** The backend a setting of AUTO means on this machine, logged once per run. */
  static Backend resolve(ExtensionContext context, Backend configured) {
    if (configured != Backend.AUTO) {
      return configured;
    }
    return context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent("auto-backend", key -> {
      Optional<String> unavailable = ContainerEngine.unavailableReason();
      if (unavailable.isEmpty()) {
        LOG.info("@SparkConnectTest backend AUTO: TESTCONTAINERS (a container engine answers)");
        return Backend.TESTCONTAINERS;
      }
      LOG.info("@SparkConnectTest backend AUTO: LOCAL, a Spark server in a child JVM ({})", unavailable.get());
      return Backend.LOCAL;
    }, Backend.class);
  }

  /** The {@code sc://} address of a real server of {@code backend}, started if need be. */
  static String remote(ExtensionContext context, Backend backend, ExtensionSettings settings) {
    return switch (backend) {
      case LOCAL -> local(context, settings.sparkVersion(), settings.authenticate(), keepWarm(context));
      case EXTERNAL -> {
        if (settings.remote().isBlank()) {
          throw new ExtensionConfigurationException("The EXTERNAL backend needs an sc:// endpoint: set "
              + ExtensionSettings.REMOTE + " (a JUnit configuration parameter or system property), SPARK_REMOTE, "
              + "or @SparkConnectTest(remote = ...)");
        }
        yield settings.remote();
      }
      case TESTCONTAINERS -> container(context, settings.sparkVersion(), settings.authenticate());
      case AUTO -> remote(context, resolve(context, backend), settings);
    };
  }

  /** The configured time a LOCAL server stays warm for the next test JVM ({@code spark.connect.keepWarm}), if any. */
  static Optional<java.time.Duration> keepWarm(ExtensionContext context) {
    Optional<String> configured = context.getConfigurationParameter(KEEP_WARM).filter(text -> !text.isBlank())
        .or(() -> Optional.ofNullable(System.getenv("SPARK_CONNECT_KEEP_WARM")).filter(text -> !text.isBlank()));
    return configured.map(String::trim).map(text -> {
      try {
        String iso = text.toUpperCase(java.util.Locale.ROOT);
        return java.time.Duration.parse(iso.startsWith("PT") ? iso : "PT" + iso);
      } catch (java.time.format.DateTimeParseException e) {
        throw new ExtensionConfigurationException(KEEP_WARM + " (or SPARK_CONNECT_KEEP_WARM) is '" + text
            + "'; give how long a server stays warm unused, such as 10m, 90s or PT1H");
      }
    });
  }

  /** How long a LOCAL server stays warm for the next test JVM: {@code -Dspark.connect.keepWarm=10m}. */
  static final String KEEP_WARM = "spark.connect.keepWarm";

  private static String local(ExtensionContext context, String version, boolean authenticate,
      Optional<java.time.Duration> keepWarm) {
    boolean defaultVersion = version.isBlank()
        || version.equals(dev.sparkconnect.localserver.SparkDistribution.DEFAULT_VERSION);
    String chosen = defaultVersion ? dev.sparkconnect.localserver.SparkDistribution.DEFAULT_VERSION : version;
    if (keepWarm.isPresent()) {
      // Kept warm between test JVMs (a warm server always requires a token, which its remote carries).
      return LocalSparkConnectServer.builder().sparkVersion(chosen).keepWarm(keepWarm.get()).shared().remote();
    }
    if (!authenticate) {
      // One server per version for the whole JVM: every test class, and every run of the engine, shares it.
      return LocalSparkConnectServer.builder().sparkVersion(chosen).shared().remote();
    }
    ServerResource server = context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent(
        "local-" + chosen + (authenticate ? "-authenticated" : ""), key -> {
          LocalSparkConnectServer.Builder builder = LocalSparkConnectServer.builder().sparkVersion(chosen);
          return new ServerResource((authenticate ? builder.authenticate() : builder).start());
        }, ServerResource.class);
    return server.server.remote();
  }

  private static String container(ExtensionContext context, String requestedVersion, boolean authenticate) {
    String version = requestedVersion.isBlank() ? dev.sparkconnect.localserver.SparkDistribution.DEFAULT_VERSION
        : requestedVersion;
    ContainerResource container = context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent(
        "container-" + version + (authenticate ? "-authenticated" : ""),
        key -> {
          Optional<String> unavailable = ContainerEngine.unavailableReason();
          if (unavailable.isPresent()) {
            throw new ExtensionConfigurationException("The TESTCONTAINERS backend needs a container engine: "
                + unavailable.get() + ". Use backend LOCAL, or AUTO to fall back to it.");
          }
          LocalSparkImage.ensure(version);
          SparkConnectContainer started = new SparkConnectContainer(version);
          if (authenticate) {
            started.withAuthenticationToken(SparkConnectContainer.newToken());
          }
          started.start();
          LOG.info("@SparkConnectTest TESTCONTAINERS: Spark {} in container {} at {}", version,
              started.getContainerId().substring(0, 12), started.address());
          return new ContainerResource(started);
        }, ContainerResource.class);
    return container.container.remote();
  }

  /** A container that stops when the test run's root context closes. */
  private record ContainerResource(SparkConnectContainer container) implements ExtensionContext.Store.CloseableResource {
    @Override
    public void close() {
      container.stop();
    }
  }

  /** A local server that stops when the test run's root context closes. */
  private record ServerResource(LocalSparkConnectServer server) implements ExtensionContext.Store.CloseableResource {
    @Override
    public void close() {
      server.close();
    }
  }
}
