package dev.sparkconnect.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Artifacts reach the real server and its session can use them: a jar's class called from SQL, a
 * class file added by its class, a data file found with {@code SparkFiles.get}, and a jar of
 * several megabytes in chunks. Each test uses its own session, as artifacts belong to a session.
 */
class ArtifactsContractTest extends RealServerTest {

  @TempDir
  static Path work;

  private static Path classes;

  /** Compiles two small classes of a package no server holds, {@code demo.artifacts}. */
  @BeforeAll
  static void compileClasses() throws IOException {
    Path sources = Files.createDirectories(work.resolve("src/demo/artifacts"));
    Files.writeString(sources.resolve("Greeter.java"), """
        package demo.artifacts;
        public final class Greeter {
          public static String greet(String name) { return "hello " + name; }
        }
        """);
    Files.writeString(sources.resolve("Shouter.java"), """
        package demo.artifacts;
        public final class Shouter {
          public static String shout(String name) { return name.toUpperCase() + "!"; }
        }
        """);
    classes = Files.createDirectories(work.resolve("classes"));
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    int status = javac.run(null, null, null, "--release", "11", "-d", classes.toString(),
        sources.resolve("Greeter.java").toString(), sources.resolve("Shouter.java").toString());
    assertThat(status).as("javac").isZero();
  }

  private static Path jar(String name, String classFile, int paddingBytes) throws IOException {
    Path jar = work.resolve(name);
    try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file)) {
      out.putNextEntry(new JarEntry(classFile));
      out.write(Files.readAllBytes(classes.resolve(classFile)));
      out.closeEntry();
      if (paddingBytes > 0) {
        byte[] padding = new byte[paddingBytes];
        new Random(7).nextBytes(padding);
        JarEntry stored = new JarEntry("padding.bin");
        out.putNextEntry(stored);
        out.write(padding);
        out.closeEntry();
      }
    }
    return jar;
  }

  /** A new session on the server these tests run on: the shared one here. */
  SparkSession session() {
    return newSession();
  }

  static String first(SparkSession session, String query) {
    return session.sql(query).collectAsList().get(0).getString(0);
  }

  @Test
  void aClassInAnAddedJarIsCalledFromSql() throws IOException {
    try (SparkSession session = session()) {
      session.addArtifact(jar("greeter.jar", "demo/artifacts/Greeter.class", 0).toString());

      assertThat(first(session, "SELECT reflect('demo.artifacts.Greeter', 'greet', 'ann')")).isEqualTo("hello ann");
    }
  }

  @Test
  void aJarOfSeveralMegabytesGoesUpInChunksAndAgainSendsNothing() throws IOException {
    Path big = jar("big-greeter.jar", "demo/artifacts/Greeter.class", 6 * 1024 * 1024);
    assertThat(Files.size(big)).isGreaterThan(6_000_000);
    try (SparkSession session = session()) {
      session.addArtifact(big);
      session.addArtifact(big);

      assertThat(first(session, "SELECT reflect('demo.artifacts.Greeter', 'greet', 'bob')")).isEqualTo("hello bob");
    }
  }

  @Test
  void aClassAddedByItsClassIsFoundUnderItsPackage() throws Exception {
    try (URLClassLoader loader = new URLClassLoader(new java.net.URL[] {classes.toUri().toURL()}, null);
         SparkSession session = session()) {
      session.addClass(loader.loadClass("demo.artifacts.Shouter"));

      assertThat(first(session, "SELECT reflect('demo.artifacts.Shouter', 'shout', 'ann')")).isEqualTo("ANN!");
    }
  }

  @Test
  void aDataFileIsFoundByTheSessionsTasks() throws IOException {
    Path lookup = Files.writeString(work.resolve("lookup.csv"), "a,1\nb,2\n");
    try (SparkSession session = session()) {
      session.addFile(lookup);

      assertThat(first(session, "SELECT reflect('org.apache.spark.SparkFiles', 'get', 'lookup.csv')"))
          .endsWith("lookup.csv");
    }
  }

  /**
   * A UDF class implementing Spark's {@code UDF1}, compiled against the server's own jars, shipped in
   * a jar and registered by its class name: called from SQL and from the DataFrame API, with no
   * Spark class in this client.
   */
  @Test
  void aNamedUdfClassFromAnAddedJarIsRegisteredAndCalled() throws IOException {
    Path sources = Files.createDirectories(work.resolve("udf-src/demo/udfs"));
    Files.writeString(sources.resolve("Shout.java"), """
        package demo.udfs;
        public final class Shout implements org.apache.spark.sql.api.java.UDF1<String, String> {
          @Override public String call(String name) { return name == null ? null : name.toUpperCase() + "!"; }
        }
        """);
    Path udfClasses = Files.createDirectories(work.resolve("udf-classes"));
    String sparkJars = dev.sparkconnect.localserver.SparkJars.resolve(
        dev.sparkconnect.localserver.LocalSparkConnectServer.shared().distribution()).stream()
        .map(Path::toString).collect(java.util.stream.Collectors.joining(java.io.File.pathSeparator));
    int status = ToolProvider.getSystemJavaCompiler().run(null, null, null, "--release", "11", "-cp", sparkJars,
        "-d", udfClasses.toString(), sources.resolve("Shout.java").toString());
    assertThat(status).as("javac").isZero();
    Path jar = work.resolve("udfs.jar");
    try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file)) {
      out.putNextEntry(new JarEntry("demo/udfs/Shout.class"));
      out.write(Files.readAllBytes(udfClasses.resolve("demo/udfs/Shout.class")));
      out.closeEntry();
    }
    try (SparkSession session = session()) {
      session.addArtifact(jar);
      session.udf().registerJava("shout", "demo.udfs.Shout", dev.sparkconnect.client.types.DataTypes.StringType);

      assertThat(first(session, "SELECT shout('ann')")).isEqualTo("ANN!");
      assertThat(session.sql("SELECT 'bob' AS name").select(functions.call_function("shout", functions.col("name")))
          .collectAsList().get(0).getString(0)).isEqualTo("BOB!");
      assertThatThrownBy(() -> session.udf().registerJava("nope", "demo.udfs.Missing",
          dev.sparkconnect.client.types.DataTypes.StringType)).hasMessageContaining("demo.udfs.Missing");
    }
  }

  @Test
  void whatCannotBeAnArtifactIsRefusedSayingWhatToUse() {
    assertThatThrownBy(() -> spark.addArtifact(work.resolve("notes.txt").toString()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("addFile");
    assertThatThrownBy(() -> spark.addArtifact(work.resolve("missing.jar")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("does not exist");
    assertThatThrownBy(() -> spark.addArtifact("https://example.invalid/udfs.jar"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Only local files");
    assertThatThrownBy(() -> spark.addArtifact(new byte[] {1}, "../escape.jar"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("relative path");
    Runnable lambda = () -> { };
    assertThatThrownBy(() -> spark.addClass(lambda.getClass()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("named class");
  }
}
