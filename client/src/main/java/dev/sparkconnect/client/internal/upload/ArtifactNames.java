package dev.sparkconnect.client.internal.upload;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Where the server files an artifact, by the name it is sent under, as Spark's artifact manager
 * reads it: {@code jars/} (added to the session's class path), {@code classes/} (class files, by
 * their package path), {@code files/} and {@code archives/} (as {@code SparkContext.addFile} and
 * {@code addArchive}), {@code cache/} (local data by hash).
 */
public final class ArtifactNames {

  private ArtifactNames() {}

  /**
   * The name for an artifact whose target path is {@code target}: a {@code .jar} goes under
   * {@code jars/}, a {@code .class} under {@code classes/} (so {@code com/acme/Udf.class} is found
   * as class {@code com.acme.Udf}).
   *
   * @throws IllegalArgumentException for anything else, saying what to use instead
   */
  public static String forTarget(String target) {
    String relative = target.replace('\\', '/');
    while (relative.startsWith("/")) {
      relative = relative.substring(1);
    }
    if (relative.isEmpty() || relative.contains("../") || relative.equals("..")) {
      throw new IllegalArgumentException("An artifact's target is a relative path such as lib/udfs.jar or"
          + " com/acme/Udf.class, not '" + target + "'");
    }
    String lower = relative.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".jar")) {
      return "jars/" + relative;
    }
    if (lower.endsWith(".class")) {
      return "classes/" + relative;
    }
    throw new IllegalArgumentException("addArtifact takes a jar or a class file, not '" + target + "': add a data"
        + " file with addFile(path), an archive (zip, tar, tar.gz, jar of resources) with addArchive(path)");
  }

  /** The name of a local file sent with {@code addFile}. */
  public static String forFile(Path file) {
    return "files/" + file.getFileName();
  }

  /** The name of a local archive sent with {@code addArchive}. */
  public static String forArchive(Path archive) {
    return "archives/" + archive.getFileName();
  }

  /** The name of a class's own class file. */
  public static String forClass(Class<?> type) {
    return "classes/" + classFile(type);
  }

  /** The bytes of {@code type}'s class file, as its class loader holds them. */
  public static byte[] classBytes(Class<?> type) {
    ClassLoader loader = type.getClassLoader() == null ? ClassLoader.getSystemClassLoader() : type.getClassLoader();
    try (InputStream in = loader.getResourceAsStream(classFile(type))) {
      if (in == null) {
        throw new IllegalArgumentException("The class file of " + type.getName() + " cannot be read from its class"
            + " loader (a class generated at run time, such as a lambda or a proxy, has none); put the code in a"
            + " named class, or add the jar that holds it");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the class file of " + type.getName(), e);
    }
  }

  /**
   * The local file a path string or {@code file:} URI names.
   *
   * @throws IllegalArgumentException for another scheme, which the client cannot read
   */
  public static Path localPath(String pathOrUri) {
    if (pathOrUri.matches("^[A-Za-z][A-Za-z0-9+.-]+:.*") && !pathOrUri.matches("^[A-Za-z]:[\\\\/].*")) {
      return localPath(URI.create(pathOrUri));
    }
    return Path.of(pathOrUri);
  }

  /** The local file a {@code file:} URI names. */
  public static Path localPath(URI uri) {
    if (uri.getScheme() == null) {
      return Path.of(uri.getPath());
    }
    if (!uri.getScheme().equals("file")) {
      throw new IllegalArgumentException("Only local files can be added as artifacts (a path or a file: URI), not "
          + uri + "; copy it to this machine first");
    }
    return Path.of(uri);
  }

  private static String classFile(Class<?> type) {
    if (type.isArray() || type.isPrimitive()) {
      throw new IllegalArgumentException(type + " has no class file of its own");
    }
    return type.getName().replace('.', '/') + ".class";
  }
}
