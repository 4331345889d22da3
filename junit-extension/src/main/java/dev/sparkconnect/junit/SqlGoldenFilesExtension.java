package dev.sparkconnect.junit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestTemplateInvocationContext;
import org.junit.jupiter.api.extension.TestTemplateInvocationContextProvider;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * The engine of {@link SqlGoldenFiles}: one invocation per file (and per version, with
 * {@code sparkVersions}), each recognised again by {@link SparkConnectExtension} (through
 * {@link #fileOf} and {@link #entryIndexOf}) to place its fixtures, and given its {@link SqlFile}.
 */
final class SqlGoldenFilesExtension implements TestTemplateInvocationContextProvider {

  /** Whether the test method of {@code context} runs a folder of SQL files. */
  static boolean isGolden(ExtensionContext context) {
    return context.getTestMethod().map(method -> AnnotationSupport.isAnnotated(method, SqlGoldenFiles.class))
        .orElse(false);
  }

  static SqlGoldenFiles annotationOf(ExtensionContext context) {
    return AnnotationSupport.findAnnotation(context.getRequiredTestMethod(), SqlGoldenFiles.class).orElseThrow();
  }

  /**
   * The files of the method's folder, in order of their paths, without the {@code _} set-up files;
   * read once per test method and run (each of its tests asks several times).
   */
  @SuppressWarnings("unchecked")
  static List<SqlFile> filesOf(ExtensionContext context) {
    String method = context.getRequiredTestClass().getName() + "#" + context.getRequiredTestMethod().getName();
    return context.getRoot().getStore(ExtensionContext.Namespace.create(SqlGoldenFilesExtension.class))
        .getOrComputeIfAbsent(method, key -> readFiles(context), List.class);
  }

  private static List<SqlFile> readFiles(ExtensionContext context) {
    SqlGoldenFiles annotation = annotationOf(context);
    Path folder = folder(context, annotation.value());
    List<SqlFile> files = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(folder)) {
      for (Path path : walk.filter(file -> file.getFileName().toString().endsWith(".sql"))
          .filter(file -> !file.getFileName().toString().startsWith("_")).sorted().toList()) {
        try {
          files.add(SqlFile.read(folder, path));
        } catch (IllegalArgumentException e) {
          throw new ExtensionConfigurationException("@SqlGoldenFiles: " + e.getMessage(), e);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list the SQL files under " + folder, e);
    }
    return List.copyOf(files);
  }

  private static Path folder(ExtensionContext context, String value) {
    Path direct = Path.of(value);
    if (Files.isDirectory(direct)) {
      return direct;
    }
    String resource = value.startsWith("/") ? value.substring(1) : value;
    URL url = context.getRequiredTestClass().getClassLoader().getResource(resource);
    if (url != null && "file".equals(url.getProtocol())) {
      try {
        return Path.of(url.toURI());
      } catch (URISyntaxException e) {
        throw new ExtensionConfigurationException("@SqlGoldenFiles(\"" + value + "\"): cannot open " + url, e);
      }
    }
    throw new ExtensionConfigurationException("@SqlGoldenFiles(\"" + value + "\") names no folder: not "
        + direct.toAbsolutePath() + ", nor a folder on the test class path");
  }

  private static int entriesOf(ExtensionContext context) {
    return VersionMatrixExtension.isMatrix(context) ? VersionMatrixExtension.matrixOf(context).entries().size() : 1;
  }

  /** The file that {@code context} (a test of one invocation) runs, if it is such a test. */
  static Optional<SqlFile> fileOf(ExtensionContext context) {
    if (!isGolden(context)) {
      return Optional.empty();
    }
    Optional<Integer> index = VersionMatrixExtension.invocationIndex(context);
    List<SqlFile> files = filesOf(context);
    int entries = Math.max(1, entriesOf(context));
    return index.filter(at -> at / entries < files.size()).map(at -> files.get(at / entries));
  }

  /** Which entry of its version matrix {@code context} (a test of one invocation) runs on. */
  static Optional<Integer> entryIndexOf(ExtensionContext context) {
    int entries = Math.max(1, entriesOf(context));
    return VersionMatrixExtension.invocationIndex(context).map(at -> at % entries);
  }

  @Override
  public boolean supportsTestTemplate(ExtensionContext context) {
    return isGolden(context);
  }

  @Override
  public Stream<TestTemplateInvocationContext> provideTestTemplateInvocationContexts(ExtensionContext context) {
    List<SqlFile> files = filesOf(context);
    if (files.isEmpty()) {
      throw new ExtensionConfigurationException("@SqlGoldenFiles(\"" + annotationOf(context).value() + "\") holds"
          + " no .sql file (files starting with _ are set-up, not tests)");
    }
    List<MatrixEntry> entries = VersionMatrixExtension.isMatrix(context)
        ? VersionMatrixExtension.matrixOf(context).entries() : List.of();
    Optional<MatrixEntry> reference = VersionMatrixExtension.isMatrix(context)
        ? Optional.of(VersionMatrixExtension.matrixOf(context).reference()) : Optional.empty();
    if (VersionMatrixExtension.isMatrix(context) && entries.isEmpty()) {
      return Stream.of(VersionMatrixExtension.nothingToRun(VersionMatrixExtension.matrixOf(context)));
    }
    List<TestTemplateInvocationContext> invocations = new ArrayList<>();
    for (SqlFile file : files) {
      if (entries.isEmpty()) {
        invocations.add(invocation(file.name(), file));
      }
      for (MatrixEntry entry : entries) {
        invocations.add(invocation(file.name() + " on " + entry.describe()
            + (reference.map(entry::equals).orElse(false) ? " (reference)" : ""), file));
      }
    }
    return invocations.stream();
  }

  private static TestTemplateInvocationContext invocation(String name, SqlFile file) {
    return VersionMatrixExtension.invocation(name, List.of(new ParameterResolver() {
      @Override
      public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == SqlFile.class;
      }

      @Override
      public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return file;
      }
    }));
  }
}
