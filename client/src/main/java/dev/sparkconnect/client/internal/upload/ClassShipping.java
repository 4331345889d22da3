package dev.sparkconnect.client.internal.upload;

import dev.sparkconnect.client.internal.transport.LocalArtifact;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.invoke.SerializedLambda;
import java.lang.reflect.Method;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the code a Java function needs on the server that the server does not have, as artifacts
 * to upload before the first plan that uses it: the function's class (for a lambda, the class that
 * wrote it, whose {@code $deserializeLambda$} the server calls), the classes of what it captured,
 * the classes its encoders read values into, and everything those refer to, transitively.
 *
 * <p>A class compiled into a directory (the application's or the test's own classes) is sent as
 * its class file, {@code classes/com/acme/Job.class}, and its references are followed. A class from
 * a jar sends the whole jar once ({@code jars/lib.jar}) and is not followed further: the jar holds
 * its own dependencies' references, not their code. Left out, because every Spark server has them
 * or needs none of them: the JDK, Scala, Spark, logging, gRPC, Netty, Protobuf, Jackson, Arrow,
 * Apache Commons and the test frameworks (JUnit, AssertJ, Mockito, Hamcrest). This client's classes
 * that the user's classes name go as class files too, with their supertypes but nothing they use:
 * the server never runs them, but the JVM may load them while it verifies a user's class.
 *
 * <p>What cannot be shipped this way: native code ({@code System.loadLibrary}), resources a class
 * loads by name ({@code getResource("model.bin")}, add those with {@code addFile} or in a jar with
 * {@code addArtifact}), and classes made at run time (proxies, generated code). The server then
 * fails the query with a {@code ClassNotFoundException} or {@code NoClassDefFoundError} naming the
 * class, or the resource's own error.
 */
public final class ClassShipping {

  private static final List<String> ON_EVERY_SERVER = List.of("java.", "javax.", "jdk.", "sun.", "com.sun.",
      "scala.", "org.apache.spark.", "org.slf4j.", "org.apache.logging.", "org.apache.log4j.", "io.grpc.",
      "io.netty.", "com.google.protobuf.", "com.google.common.", "com.fasterxml.jackson.", "org.apache.arrow.",
      "org.apache.commons.", "org.junit.", "org.assertj.", "org.opentest4j.", "org.apiguardian.", "org.mockito.",
      "net.bytebuddy.", "org.hamcrest.", "kotlin.");

  private static final String OUR_TUPLES = "dev.sparkconnect.client.tuples.";

  /** A bound on the classes followed, so that a mistaken root cannot walk a whole class path. */
  private static final int MOST_CLASSES = 5_000;

  private ClassShipping() {}

  /**
   * The artifacts {@code function} and the {@code valueClasses} need: class files by their
   * {@code classes/} names and jars by their {@code jars/} names, each once.
   */
  public static List<LocalArtifact> artifactsFor(Object function, Collection<Class<?>> valueClasses) {
    ClassLoader loader = loaderOf(function.getClass());
    Deque<String> pending = new ArrayDeque<>();
    Set<Class<?>> roots = new LinkedHashSet<>(valueClasses);
    collectRoots(function, roots, pending, 0);
    for (Class<?> root : roots) {
      pending.add(root.getName());
    }
    Map<String, LocalArtifact> artifacts = new LinkedHashMap<>();
    Set<String> seen = new LinkedHashSet<>();
    while (!pending.isEmpty() && seen.size() < MOST_CLASSES) {
      String name = pending.poll();
      if (!seen.add(name) || skipped(name)) {
        continue;
      }
      String file = name.replace('.', '/') + ".class";
      URL where = loader.getResource(file);
      if (where == null) {
        continue;
      }
      if (isThisClient(where) && !name.startsWith(OUR_TUPLES)) {
        // The server never runs this client's classes, but verifying a user's class may load the
        // ones it names, and loading one needs its supertypes.
        byte[] bytes = read(where);
        artifacts.putIfAbsent("classes/" + file, LocalArtifact.ofBytes("classes/" + file, bytes));
        pending.addAll(ClassFiles.supertypes(bytes));
        continue;
      }
      switch (where.getProtocol()) {
        case "file" -> {
          byte[] bytes = read(where);
          artifacts.putIfAbsent("classes/" + file, LocalArtifact.ofBytes("classes/" + file, bytes));
          if (!name.startsWith(OUR_TUPLES)) {
            pending.addAll(ClassFiles.referencedClasses(bytes));
          }
        }
        case "jar" -> {
          Path jar = jarOf(where);
          if (jar != null && !name.startsWith(OUR_TUPLES)) {
            String artifact = "jars/" + jar.getFileName();
            artifacts.putIfAbsent(artifact, LocalArtifact.ofFile(artifact, jar));
          } else {
            artifacts.putIfAbsent("classes/" + file, LocalArtifact.ofBytes("classes/" + file, read(where)));
          }
        }
        default -> { }
      }
    }
    return new ArrayList<>(artifacts.values());
  }

  private static boolean skipped(String name) {
    if (name.startsWith(OUR_TUPLES)) {
      return false;
    }
    for (String prefix : ON_EVERY_SERVER) {
      if (name.startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a class file comes from this client's own jar (or classes directory). */
  private static boolean isThisClient(URL classFile) {
    String ours = THIS_CLIENT;
    return ours != null && classFile.toString().replace("jar:", "").startsWith(ours);
  }

  private static final String THIS_CLIENT = codeSource();

  private static String codeSource() {
    try {
      return ClassShipping.class.getProtectionDomain().getCodeSource().getLocation().toString();
    } catch (RuntimeException e) {
      return null;
    }
  }

  /** The function's class, and for a serializable lambda the class that wrote it and what it captured. */
  private static void collectRoots(Object function, Set<Class<?>> roots, Deque<String> pending, int depth) {
    if (function == null || depth > 8) {
      return;
    }
    Class<?> type = function.getClass();
    SerializedLambda lambda = serializedForm(function);
    if (lambda == null) {
      if (!type.isArray() && !type.isPrimitive()) {
        roots.add(type);
      }
      return;
    }
    pending.add(lambda.getCapturingClass().replace('/', '.'));
    pending.add(lambda.getImplClass().replace('/', '.'));
    pending.add(lambda.getFunctionalInterfaceClass().replace('/', '.'));
    for (int i = 0; i < lambda.getCapturedArgCount(); i++) {
      collectRoots(lambda.getCapturedArg(i), roots, pending, depth + 1);
    }
  }

  /**
   * The method type a serializable lambda implements, as the JVM writes it
   * ({@code (Lorg/apache/spark/sql/Dataset;Ljava/lang/Long;)V}), or null for anything else.
   */
  public static String lambdaSignature(Object function) {
    SerializedLambda lambda = serializedForm(function);
    return lambda == null ? null : lambda.getInstantiatedMethodType();
  }

  /** A serializable lambda's serialized form, or null for anything else. */
  private static SerializedLambda serializedForm(Object function) {
    Class<?> type = function.getClass();
    if (!type.isSynthetic() && !type.isHidden()) {
      return null;
    }
    try {
      Method writeReplace = type.getDeclaredMethod("writeReplace");
      writeReplace.setAccessible(true);
      return writeReplace.invoke(function) instanceof SerializedLambda lambda ? lambda : null;
    } catch (ReflectiveOperationException | RuntimeException notSerializable) {
      return null;
    }
  }

  private static ClassLoader loaderOf(Class<?> type) {
    ClassLoader loader = type.getClassLoader();
    if (loader == null) {
      loader = Thread.currentThread().getContextClassLoader();
    }
    return loader == null ? ClassLoader.getSystemClassLoader() : loader;
  }

  private static Path jarOf(URL classInJar) {
    try {
      return Path.of(((JarURLConnection) classInJar.openConnection()).getJarFileURL().toURI());
    } catch (IOException | URISyntaxException | RuntimeException e) {
      return null;
    }
  }

  private static byte[] read(URL url) {
    try (InputStream in = url.openStream()) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + url, e);
    }
  }
}
