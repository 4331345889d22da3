package dev.sparkconnect.junit;

import dev.sparkconnect.fixtures.Fixture;
import dev.sparkconnect.fixtures.FixtureSecrets;
import dev.sparkconnect.fixtures.FixtureStore;
import dev.sparkconnect.fixtures.FixtureWriter;
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
 * What RECORD writes for one test, kept apart until the test is over: the recordings are written
 * to a private staging folder, and only a test that passed, and whose recordings hold no secret,
 * has them replace its fixtures. A failed or leaking test leaves its old fixtures exactly as they
 * were. What the test's {@code @BeforeEach} asked goes to the class's set-up folder, added to
 * what other tests of the class recorded there, instead of into every test's own folder.
 */
final class StagedRecording {

  private final Path folder;
  private final Path setupFolder;
  private final Path staging;

  private StagedRecording(Path folder, Path setupFolder, Path staging) {
    this.folder = folder;
    this.setupFolder = setupFolder;
    this.staging = staging;
  }

  /** A staging folder for the fixtures of {@code folder} and the class's {@code setupFolder}. */
  static StagedRecording of(Path folder, Path setupFolder) {
    try {
      return new StagedRecording(folder, setupFolder, Files.createTempDirectory("spark-connect-recording-"));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a staging folder to record " + folder + " into", e);
    }
  }

  /**
   * Makes the recordings the test's fixtures ({@code body}, leaving the variant folders of other
   * servers alone) and adds {@code setup} to the class's
   * set-up folder, unless they hold a secret: then nothing is written and the failure names the
   * files and keys (never the values).
   */
  Optional<AssertionError> commit(List<Fixture> setup, List<Fixture> body, Collection<String> knownSecrets) {
    Path stagedBody = staging.resolve("test");
    Path stagedSetup = staging.resolve("setup");
    body.forEach(fixture -> FixtureWriter.write(stagedBody, fixture));
    setup.forEach(fixture -> FixtureWriter.write(stagedSetup, fixture));
    List<String> findings = FixtureSecrets.scan(staging, knownSecrets);
    if (!findings.isEmpty()) {
      discard();
      return Optional.of(new AssertionError("The recordings of this test would hold " + findings.size()
          + (findings.size() == 1 ? " secret" : " secrets") + ", so none was written (the old fixtures in " + folder
          + " are kept):\n    " + String.join("\n    ", findings) + "\nKeep credentials out of the recorded queries,"
          + " or add the key's pattern to spark.connect.redaction.regex so its value is recorded redacted."));
    }
    try {
      // Other servers' answers kept beside a matrix's reference fixtures are theirs to replace.
      try (Stream<Path> children = Files.exists(folder) ? Files.list(folder) : Stream.empty()) {
        for (Path child : children.toList()) {
          if (!FixtureStore.isVariantFolder(child.getFileName().toString())) {
            deleteRecursively(child);
          }
        }
      }
      Files.createDirectories(folder);
      copy(stagedBody, folder);
      if (!setup.isEmpty()) {
        copy(stagedSetup, setupFolder);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the recordings of " + folder, e);
    } finally {
      discard();
    }
    return Optional.empty();
  }

  /** Copies every file under {@code from} to the same place under {@code to}, replacing what is there. */
  private static void copy(Path from, Path to) throws IOException {
    if (!Files.exists(from)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path source : walk.sorted().toList()) {
        Path target = to.resolve(from.relativize(source).toString());
        if (Files.isDirectory(source)) {
          Files.createDirectories(target);
        } else {
          Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
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
