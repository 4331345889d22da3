package dev.sparkconnect.mock;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Where a server keeps the artifacts clients upload: in files of a private temporary folder, written
 * as the chunks arrive, so that a 320 MiB jar costs disk, not heap. File names are fresh UUIDs,
 * never the names clients give (which may hold {@code ..} or slashes). The folder goes when the
 * server closes.
 */
final class ArtifactFiles implements AutoCloseable {

  private Path folder;

  /** A new, empty file for one upload, open for writing. */
  synchronized Upload create() {
    try {
      if (folder == null) {
        folder = Files.createTempDirectory("spark-connect-mock-artifacts-");
      }
      Path file = folder.resolve(UUID.randomUUID().toString());
      return new Upload(file, Files.newOutputStream(file));
    } catch (IOException e) {
      throw new UncheckedIOException("The mock server could not store an uploaded artifact: " + e.getMessage(), e);
    }
  }

  /** One artifact being written. */
  record Upload(Path file, OutputStream out) {

    void write(com.google.protobuf.ByteString data) {
      try {
        data.writeTo(out);
      } catch (IOException e) {
        throw new UncheckedIOException("The mock server could not store an uploaded artifact: " + e.getMessage(), e);
      }
    }

    /** Closes the file; returns it if the upload is kept, else deletes it and returns null. */
    Path finish(boolean keep) {
      try {
        out.close();
        if (!keep) {
          Files.deleteIfExists(file);
          return null;
        }
        return file;
      } catch (IOException e) {
        throw new UncheckedIOException("The mock server could not store an uploaded artifact: " + e.getMessage(), e);
      }
    }
  }

  @Override
  public synchronized void close() {
    if (folder == null) {
      return;
    }
    try (Stream<Path> files = Files.walk(folder)) {
      files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException | UncheckedIOException e) {
      // A temporary folder left behind is the operating system's to clean.
    }
    folder = null;
  }
}
