package dev.sparkconnect.junit;

import dev.sparkconnect.localserver.LocalSparkConnectServer;
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
      LOG.info("@SparkConnectTest backend AUTO: LOCAL (a Spark server in a child JVM from Maven Central's jars)");
      return Backend.LOCAL;
    }, Backend.class);
  }

  /** The {@code sc://} address of a real server of {@code backend}, started if need be. */
  static String remote(ExtensionContext context, Backend backend, ExtensionSettings settings) {
    return switch (backend) {
      case LOCAL -> local(context, settings.sparkVersion());
      case EXTERNAL -> {
        if (settings.remote().isBlank()) {
          throw new ExtensionConfigurationException("The EXTERNAL backend needs an sc:// endpoint: set "
              + ExtensionSettings.REMOTE + " (a JUnit configuration parameter or system property), SPARK_REMOTE, "
              + "or @SparkConnectTest(remote = ...)");
        }
        yield settings.remote();
      }
      case TESTCONTAINERS -> throw new ExtensionConfigurationException(
          "The TESTCONTAINERS backend is not available in this version; use LOCAL or EXTERNAL");
      case AUTO -> remote(context, resolve(context, backend), settings);
    };
  }

  private static String local(ExtensionContext context, String version) {
    if (version.isBlank() || version.equals(dev.sparkconnect.localserver.SparkDistribution.DEFAULT_VERSION)) {
      return LocalSparkConnectServer.shared().remote();
    }
    ServerResource server = context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent("local-" + version,
        key -> new ServerResource(LocalSparkConnectServer.builder().sparkVersion(version).start()), ServerResource.class);
    return server.server.remote();
  }

  /** A local server that stops when the test run's root context closes. */
  private record ServerResource(LocalSparkConnectServer server) implements ExtensionContext.Store.CloseableResource {
    @Override
    public void close() {
      server.close();
    }
  }
}
