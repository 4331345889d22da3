package dev.sparkconnect.localserver;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Remembers a resolved server classpath, so that later JVMs skip the few seconds Maven Resolver
 * spends re-reading some 200 POMs. An entry is used only if every jar it names is still in the
 * local repository; otherwise Maven resolves again. Entries live under
 * {@code ~/.cache/spark-connect-java} (or {@code $XDG_CACHE_HOME}), one per local repository and
 * Spark build.
 */
final class ClasspathCache {

  private final Path file;

  ClasspathCache(Path localRepository, SparkDistribution distribution) {
    String base = System.getenv("XDG_CACHE_HOME");
    Path root = base != null && !base.isBlank()
        ? Paths.get(base) : Paths.get(System.getProperty("user.home"), ".cache");
    String repositoryKey = Integer.toHexString(localRepository.toAbsolutePath().normalize().toString().hashCode());
    // The artifact list is part of the key: a server made of other artifacts is resolved again.
    String artifactsKey = Integer.toHexString((String.join(",", distribution.serverArtifacts()) + ";"
        + String.join(",", distribution.optionalServerArtifacts())).hashCode());
    this.file = root.resolve("spark-connect-java").resolve("classpaths").resolve("spark-" + distribution.sparkVersion()
        + "_" + distribution.scalaBinaryVersion() + "-" + repositoryKey + "-" + artifactsKey + ".txt");
  }

  Path file() {
    return file;
  }

  /** The cached jars, or null when there is no usable entry. */
  List<Path> read() {
    if (!Files.isRegularFile(file)) {
      return null;
    }
    try {
      List<Path> jars = new ArrayList<>();
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        if (line.isBlank()) {
          continue;
        }
        Path jar = Paths.get(line);
        if (!Files.isRegularFile(jar)) {
          return null;
        }
        jars.add(jar);
      }
      return jars.isEmpty() ? null : List.copyOf(jars);
    } catch (IOException e) {
      return null;
    }
  }

  /** Stores {@code jars}; a failure to write only costs the next JVM a resolution. */
  void write(List<Path> jars) {
    try {
      Files.createDirectories(file.getParent());
      Path temporary = Files.createTempFile(file.getParent(), "classpath", ".tmp");
      List<String> lines = new ArrayList<>();
      for (Path jar : jars) {
        lines.add(jar.toAbsolutePath().toString());
      }
      Files.write(temporary, lines, StandardCharsets.UTF_8);
      Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException | RuntimeException e) {
      // Only an optimisation.
    }
  }
}
