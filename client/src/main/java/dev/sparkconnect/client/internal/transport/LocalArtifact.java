package dev.sparkconnect.client.internal.transport;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * One artifact to upload: the name the server files it under ({@code jars/x.jar},
 * {@code classes/com/acme/Udf.class}, {@code files/lookup.csv}, {@code archives/data.zip},
 * {@code cache/<sha-256>}) and where its bytes come from. A file is read in chunks as it is sent,
 * never whole into memory, so a 200 MB jar costs 32 KiB of heap.
 */
public final class LocalArtifact {

  /** Opens the artifact's bytes from the start, each time it is asked. */
  @FunctionalInterface
  interface Source {
    InputStream open() throws IOException;
  }

  private final String name;
  private final long size;
  private final Source source;
  private final String description;
  private String sha256;

  private LocalArtifact(String name, long size, Source source, String description) {
    this.name = Objects.requireNonNull(name, "name");
    this.size = size;
    this.source = source;
    this.description = description;
  }

  /** The artifact {@code name} with the bytes of {@code file}. */
  public static LocalArtifact ofFile(String name, Path file) {
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException("Cannot add artifact " + name + ": " + file.toAbsolutePath()
          + (Files.exists(file) ? " is not a regular file" : " does not exist"));
    }
    try {
      return new LocalArtifact(name, Files.size(file), () -> Files.newInputStream(file), file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file + " to add it as artifact " + name, e);
    }
  }

  /** The artifact {@code name} with these bytes. */
  public static LocalArtifact ofBytes(String name, byte[] bytes) {
    byte[] copy = bytes.clone();
    return new LocalArtifact(name, copy.length, () -> new ByteArrayInputStream(copy), copy.length + " bytes");
  }

  /** The name the server files it under. */
  public String name() {
    return name;
  }

  /** Its size in bytes. */
  public long size() {
    return size;
  }

  InputStream open() throws IOException {
    return source.open();
  }

  /** The SHA-256 of its bytes, in hex, read once. */
  synchronized String sha256() {
    if (sha256 == null) {
      try (InputStream in = open()) {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        byte[] buffer = new byte[64 * 1024];
        for (int n; (n = in.read(buffer)) >= 0; ) {
          digest.update(buffer, 0, n);
        }
        sha256 = HexFormat.of().formatHex(digest.digest());
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot read " + description + " for artifact " + name, e);
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException("This JVM has no SHA-256", e);
      }
    }
    return sha256;
  }

  @Override
  public String toString() {
    return name + " (" + size + " bytes from " + description + ")";
  }
}
