package dev.sparkconnect.junit;

import java.lang.reflect.AnnotatedElement;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * The settings of one test, each from the first place that has it: a JUnit configuration parameter
 * or system property, an environment variable, the method's annotation, the class's annotation,
 * the default; but a mode the nearest annotation pins ({@code pinMode = true}) wins over all. A
 * value that is not valid fails with the valid ones listed.
 */
record ExtensionSettings(Mode mode, Backend backend, Path fixturesRoot, String sparkVersion, String remote,
    boolean authenticate, boolean requireFaultsFired, double verifyTolerance, boolean detectVolatileColumns,
    Optional<MatrixRun> matrixRun) {

  static final String MODE = "spark.connect.mode";
  static final String BACKEND = "spark.connect.backend";
  static final String FIXTURES = "spark.connect.fixtures";
  static final String SPARK_VERSION = "spark.connect.sparkVersion";
  static final String REMOTE = "spark.connect.remote";
  static final String AUTHENTICATE = "spark.connect.authenticate";
  static final String TOKEN = "spark.connect.token";
  static final String REQUIRE_FAULTS_FIRED = "spark.connect.requireFaultsFired";
  static final String VERIFY_TOLERANCE = "spark.connect.verifyTolerance";
  static final String DETECT_VOLATILE_COLUMNS = "spark.connect.detectVolatileColumns";

  static ExtensionSettings of(ExtensionContext context) {
    SparkConnectTest annotation = annotation(context);
    Mode mode = annotation.pinMode() ? annotation.mode()
        : enumValue(context, MODE, "SPARK_CONNECT_MODE", Mode.class, annotation.mode());
    Backend backend = enumValue(context, BACKEND, "SPARK_CONNECT_BACKEND", Backend.class, annotation.backend());
    String fixtures = value(context, FIXTURES, "SPARK_CONNECT_FIXTURES").orElse(annotation.fixtures());
    String version = value(context, SPARK_VERSION, "SPARK_CONNECT_SPARK_VERSION").orElse(annotation.sparkVersion());
    String remote = value(context, REMOTE, "SPARK_REMOTE").orElse(annotation.remote());
    Optional<String> token = value(context, TOKEN, "SPARK_CONNECT_TOKEN");
    if (token.isPresent() && !remote.isBlank() && !remote.contains(";token=")) {
      remote = remote + (remote.substring("sc://".length()).contains("/") ? "" : "/") + ";token=" + token.get();
    }
    boolean authenticate = value(context, AUTHENTICATE, "SPARK_CONNECT_AUTHENTICATE").map(Boolean::parseBoolean)
        .orElse(annotation.authenticate());
    boolean requireFaultsFired = value(context, REQUIRE_FAULTS_FIRED, "SPARK_CONNECT_REQUIRE_FAULTS_FIRED")
        .map(Boolean::parseBoolean).orElse(annotation.requireFaultsFired());
    double tolerance = value(context, VERIFY_TOLERANCE, "SPARK_CONNECT_VERIFY_TOLERANCE").map(text -> {
      try {
        return Double.parseDouble(text);
      } catch (NumberFormatException e) {
        throw new ExtensionConfigurationException(VERIFY_TOLERANCE + " is '" + text + "', not a number");
      }
    }).orElse(annotation.verifyTolerance());
    if (tolerance < 0 || Double.isNaN(tolerance)) {
      throw new ExtensionConfigurationException("the VERIFY tolerance must be 0 or more, not " + tolerance);
    }
    boolean detectVolatile = value(context, DETECT_VOLATILE_COLUMNS, "SPARK_CONNECT_DETECT_VOLATILE_COLUMNS")
        .map(Boolean::parseBoolean).orElse(annotation.detectVolatileColumns());
    // A run of a version matrix runs on its own server, whatever the single version configured.
    Optional<MatrixRun> matrixRun = VersionMatrixExtension.runOf(context);
    if (matrixRun.isPresent()) {
      MatrixEntry entry = matrixRun.get().entry();
      if (entry.isExternal()) {
        backend = Backend.EXTERNAL;
      } else if (backend == Backend.EXTERNAL) {
        throw new ExtensionConfigurationException("@SparkVersions runs Spark " + entry.label() + " on a LOCAL or"
            + " TESTCONTAINERS server, and the backend is EXTERNAL; list \"external\" among the versions to run on"
            + " the EXTERNAL endpoint, or choose another backend");
      } else {
        version = entry.label();
      }
    }
    return new ExtensionSettings(mode, backend, Path.of(fixtures), version, remote, authenticate, requireFaultsFired,
        tolerance, detectVolatile, matrixRun);
  }

  private static SparkConnectTest annotation(ExtensionContext context) {
    Optional<SparkConnectTest> onMethod = context.getTestMethod()
        .flatMap(method -> AnnotationSupport.findAnnotation(method, SparkConnectTest.class));
    if (onMethod.isPresent()) {
      return onMethod.get();
    }
    return context.getTestClass()
        .flatMap(type -> AnnotationSupport.findAnnotation((AnnotatedElement) type, SparkConnectTest.class))
        .or(() -> context.getTestClass().flatMap(ExtensionSettings::enclosingAnnotation))
        .orElseThrow(() -> new ExtensionConfigurationException(
            "SparkConnectExtension needs @SparkConnectTest on the test class or method"));
  }

  private static Optional<SparkConnectTest> enclosingAnnotation(Class<?> type) {
    for (Class<?> outer = type.getEnclosingClass(); outer != null; outer = outer.getEnclosingClass()) {
      Optional<SparkConnectTest> found = AnnotationSupport.findAnnotation((AnnotatedElement) outer, SparkConnectTest.class);
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  private static Optional<String> value(ExtensionContext context, String key, String environmentVariable) {
    Optional<String> configured = context.getConfigurationParameter(key).filter(text -> !text.isBlank());
    if (configured.isPresent()) {
      return configured.map(String::trim);
    }
    return Optional.ofNullable(System.getenv(environmentVariable)).filter(text -> !text.isBlank()).map(String::trim);
  }

  private static <E extends Enum<E>> E enumValue(ExtensionContext context, String key, String environmentVariable,
      Class<E> type, E fromAnnotation) {
    Optional<String> configured = value(context, key, environmentVariable);
    if (configured.isEmpty()) {
      return fromAnnotation;
    }
    String text = configured.get().toUpperCase(Locale.ROOT).replace('-', '_');
    try {
      return Enum.valueOf(type, text);
    } catch (IllegalArgumentException e) {
      throw new ExtensionConfigurationException(key + " (or " + environmentVariable + ") is '" + configured.get()
          + "'; valid values are " + Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
    }
  }

  /** The settings, with any token of the remote redacted. */
  @Override
  public String toString() {
    return "ExtensionSettings[" + mode + ", " + backend + ", " + fixturesRoot + ", " + sparkVersion + ", "
        + (remote.isBlank() ? "no remote" : SparkConnectEndpoint.redacted(remote))
        + (authenticate ? ", authenticated" : "") + matrixRun.map(run -> ", matrix " + run.entry().label()).orElse("")
        + "]";
  }
}
