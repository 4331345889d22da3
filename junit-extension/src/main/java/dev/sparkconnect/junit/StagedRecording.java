package dev.sparkconnect.junit;

import dev.sparkconnect.fixtures.FixtureSecrets;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What RECORD writes for one test, kept apart until the test is over: the proxy records into a
 * private staging folder, and only a test that passed, and whose recordings hold no secret, has
 * them replace its fixtures. A failed or leaking test leaves its old fixtures exactly as they were.
 */
final class StagedRecording {

  private final Path folder;
  private final Path staging;

  private StagedRecording(Path folder, Path staging) {
    this.folder = folder;
    this.staging = staging;
  }

  /** A staging folder for the fixtures of {@code folder}. */
  static StagedRecording of(Path folder) {
    try {
      return new StagedRecording(folder, Files.createTempDirectory("spark-connect-recording-"));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a staging folder to record " + folder + " into", e);
    }
  }

  /** Where the proxy writes. */
  Path staging() {
    return staging;
  }

  /**
   * Makes the staged recordings the test's fixtures, unless they hold a secret: then they are
   * thrown away and the failure names the files and keys (never the values).
   */
  Optional<AssertionError> commit(Collection<String> knownSecrets) {
    List<String> findings = FixtureSecrets.scan(staging, knownSecrets);
    if (!findings.isEmpty()) {
      discard();
      return Optional.of(new AssertionError("The recordings of this test would hold " + findings.size()
          + (findings.size() == 1 ? " secret" : " secrets") + ", so none was written (the old fixtures in " + folder
          + " are kept):\n    " + String.join("\n    ", findings) + "\nKeep credentials out of the recorded queries,"
          + " or add the key's pattern to spark.connect.redaction.regex so its value is recorded redacted."));
    }
    try {
      deleteRecursively(folder);
      Files.createDirectories(folder);
      try (Stream<Path> walk = Files.walk(staging)) {
        for (Path source : walk.sorted().toList()) {
          Path target = folder.resolve(staging.relativize(source).toString());
          if (Files.isDirectory(source)) {
            Files.createDirectories(target);
          } else {
            Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the recordings of " + folder, e);
    } finally {
      discard();
    }
    return Optional.empty();
  }

  /** Throws the staged recordings away. */
  void discard() {
    try {
      deleteRecursively(staging);
    } catch (IOException e) {
      // A temporary folder left behind harms nothing that matters here.
    }
  }

  private static void deleteRecursively(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
