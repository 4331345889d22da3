package dev.sparkconnect.junit;

import dev.sparkconnect.protocol.versions.SparkVersion;
import java.util.Optional;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/**
 * One server of a {@link SparkVersions} matrix: a Spark version, or the EXTERNAL endpoint.
 *
 * @param label as written in the annotation and the ledger ({@code 4.2.0}, {@code external})
 * @param version the Spark version to start, empty for the EXTERNAL endpoint
 */
record MatrixEntry(String label, Optional<SparkVersion> version) {

  static final String EXTERNAL = "external";

  /** The entry {@code text} names, or a configuration error that says what is valid. */
  static MatrixEntry parse(String text) {
    String trimmed = text == null ? "" : text.trim();
    if (trimmed.equalsIgnoreCase(EXTERNAL)) {
      return new MatrixEntry(EXTERNAL, Optional.empty());
    }
    try {
      return new MatrixEntry(trimmed, Optional.of(SparkVersion.parse(trimmed)));
    } catch (IllegalArgumentException e) {
      throw new ExtensionConfigurationException("@SparkVersions lists '" + text + "', which is neither a Spark"
          + " version such as 4.2.0 nor \"external\" (the EXTERNAL endpoint)");
    }
  }

  /** Whether {@code other} names the same server: both the EXTERNAL endpoint, or the same version ({@code 4.2} is {@code 4.2.0}). */
  boolean sameServerAs(MatrixEntry other) {
    return isExternal() ? other.isExternal()
        : !other.isExternal() && version.orElseThrow().compareTo(other.version.orElseThrow()) == 0;
  }

  boolean isExternal() {
    return version.isEmpty();
  }

  /** The fixture variant of this server's own answers ({@code spark-3.5.5}, {@code external}). */
  String variant() {
    return isExternal() ? EXTERNAL : "spark-" + label;
  }

  /** The folder, beside the reference's fixtures, that holds this entry's own answers. */
  String overlayFolder() {
    return "@" + variant();
  }

  /** How a run and a failure name this server. */
  String describe() {
    return isExternal() ? "the EXTERNAL endpoint" : "Spark " + label;
  }
}
