package dev.sparkconnect.junit.containers;

import dev.sparkconnect.localserver.SparkDistribution;
import dev.sparkconnect.localserver.SparkJars;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.images.builder.ImageFromDockerfile;
import org.testcontainers.utility.DockerImageName;

/**
 * Builds, on the local container engine, an image named and laid out like Apache Spark's official
 * {@code apache/spark:<version>-scala} (a JDK 17, Spark's jars under {@code /opt/spark/jars}, an
 * executable {@code /opt/spark/sbin/start-connect-server.sh}, user {@code spark} with uid 185), for
 * machines that reach Maven Central and Debian's packages but no image registry.
 *
 * <p>It starts from {@link #BASE_IMAGE}, a minimal Debian made locally with debootstrap (see
 * {@code ensure-container-engine.sh}); the jars are the ones {@link SparkJars} resolves for the
 * local server, so nothing is downloaded twice. Nothing happens when the image already exists.
 */
public final class LocalSparkImage {

  /** The local Debian base the image is built on. */
  public static final String BASE_IMAGE = "localhost/spark-connect-java/debian-base:bookworm";

  /** Bumped when the layout changes, so that an image built by an older version is built again. */
  static final String LAYOUT_VERSION = "3";
  private static final String LAYOUT_LABEL = "dev.sparkconnect.local-image-layout";
  private static final Logger LOG = LoggerFactory.getLogger(LocalSparkImage.class);

  private LocalSparkImage() {}

  /**
   * Makes {@code apache/spark:<version>-scala} exist locally, building it if it does not and the
   * base image does; returns whether the image is there.
   */
  public static synchronized boolean ensure(String sparkVersion) {
    DockerImageName image = SparkConnectContainer.officialImage(sparkVersion);
    Optional<String> layout = layoutOf(image.asCanonicalNameString());
    if (layout.isPresent() && (layout.get().isEmpty() || layout.get().equals(LAYOUT_VERSION))) {
      return true;
    }
    if (!exists(BASE_IMAGE)) {
      return false;
    }
    LOG.info("Building {} locally from {} and Maven Central's Spark {} jars (no image registry is used)",
        image.asCanonicalNameString(), BASE_IMAGE, sparkVersion);
    List<Path> jars = SparkJars.resolve(SparkDistribution.of(sparkVersion));
    ImageFromDockerfile build = new ImageFromDockerfile(image.asCanonicalNameString(), false)
        .withFileFromString("Dockerfile", dockerfile())
        .withFileFromString("start-connect-server.sh", startScript());
    for (Path jar : jars) {
      build.withFileFromPath("jars/" + jar.getFileName(), jar);
    }
    build.get();
    return true;
  }

  private static boolean exists(String name) {
    return layoutOf(name).isPresent();
  }

  /** Empty if there is no such image; "" for an image not built here (the official one); else its layout version. */
  private static Optional<String> layoutOf(String name) {
    try {
      var config = DockerClientFactory.lazyClient().inspectImageCmd(name).exec().getConfig();
      var labels = config == null ? null : config.getLabels();
      return Optional.of(labels == null ? "" : labels.getOrDefault(LAYOUT_LABEL, ""));
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }

  private static String dockerfile() {
    return String.join("\n",
        "FROM " + BASE_IMAGE,
        "RUN apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends"
            + " openjdk-17-jre-headless procps && rm -rf /var/lib/apt/lists/*",
        "RUN useradd --uid 185 --home-dir /opt/spark --no-create-home spark && mkdir -p /opt/spark/sbin /opt/spark/logs"
            + " && chown -R spark /opt/spark",
        "COPY jars /opt/spark/jars",
        "COPY start-connect-server.sh /opt/spark/sbin/start-connect-server.sh",
        "RUN chmod 755 /opt/spark/sbin/start-connect-server.sh",
        "ENV SPARK_HOME=/opt/spark",
        "LABEL " + LAYOUT_LABEL + "=" + LAYOUT_VERSION,
        "WORKDIR /opt/spark",
        "USER spark",
        "");
  }

  private static String startScript() {
    try (InputStream script = LocalSparkImage.class.getResourceAsStream("start-connect-server.sh")) {
      if (script == null) {
        throw new IllegalStateException("start-connect-server.sh is missing from the spark-connect-junit jar");
      }
      return new String(script.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
