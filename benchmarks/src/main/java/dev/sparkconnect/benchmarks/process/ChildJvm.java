package dev.sparkconnect.benchmarks.process;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A fresh JVM for the process-level figures, on a class path of exactly the jars a user of one
 * client would have: the benchmark classes plus {@code runtime-classpaths/<client>/target/runtime-classpath.txt}.
 */
final class ChildJvm {

  /** The jars of one client, as the build wrote them. */
  static final String OURS = "ours";
  static final String APACHE = "apache";

  /** Apache's client reaches into java.nio (its shaded Arrow); ours needs no flag. */
  static final List<String> APACHE_FLAGS = List.of("--add-opens=java.base/java.nio=ALL-UNNAMED",
      "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED", "--add-opens=java.base/sun.util.calendar=ALL-UNNAMED");

  private ChildJvm() {}

  /** The runtime jars of {@code client}: system property {@code benchmarks.runtimeClasspath.<client>} names the file. */
  static List<Path> runtimeJars(String client) {
    String file = System.getProperty("benchmarks.runtimeClasspath." + client);
    if (file == null) {
      throw new IllegalStateException("system property benchmarks.runtimeClasspath." + client + " is not set; "
          + "run through Maven (mvn -B -ntp -DskipTests -Pbenchmarks verify), which writes it");
    }
    try {
      String classpath = Files.readString(Path.of(file)).trim();
      List<Path> jars = new ArrayList<>();
      for (String entry : classpath.split(java.io.File.pathSeparator)) {
        if (!entry.isBlank()) {
          jars.add(Path.of(entry));
        }
      }
      return jars;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + "; build the benchmarks module's runtime-classpaths first", e);
    }
  }

  /** The command line running {@code mainClass} on {@code client}'s jars. */
  static List<String> command(String client, List<String> jvmFlags, Class<?> mainClass, String... args) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmFlags);
    List<String> classpath = new ArrayList<>();
    classpath.add(System.getProperty("benchmarks.classes", classesOf(mainClass)));
    runtimeJars(client).forEach(jar -> classpath.add(jar.toString()));
    command.add("-cp");
    command.add(String.join(java.io.File.pathSeparator, classpath));
    command.add(mainClass.getName());
    command.addAll(List.of(args));
    return command;
  }

  /** What a finished child printed, and when the awaited line came. */
  record Outcome(long nanosToLine, String line, List<String> output) {}

  /**
   * Runs {@code command}, timing from the start to the first line {@code awaited} accepts, and
   * waits for the child to end.
   *
   * @throws IllegalStateException if the child fails or never prints such a line
   */
  static Outcome run(List<String> command, Predicate<String> awaited, long timeoutSeconds) {
    try {
      long start = System.nanoTime();
      Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
      List<String> output = new ArrayList<>();
      long found = -1;
      String foundLine = null;
      try (BufferedReader reader = new BufferedReader(
          new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
        for (String line; (line = reader.readLine()) != null; ) {
          if (found < 0 && awaited.test(line)) {
            found = System.nanoTime() - start;
            foundLine = line;
          }
          output.add(line);
        }
      }
      if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new IllegalStateException("child JVM did not end within " + timeoutSeconds + " s: " + command);
      }
      if (process.exitValue() != 0 || found < 0) {
        throw new IllegalStateException("child JVM " + mainClassOf(command) + " exited with " + process.exitValue()
            + " without the expected output; its last lines:\n  "
            + String.join("\n  ", output.subList(Math.max(0, output.size() - 30), output.size())));
      }
      return new Outcome(found, foundLine, output);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start a child JVM", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String mainClassOf(List<String> command) {
    int cp = command.indexOf("-cp");
    return cp >= 0 && cp + 2 < command.size() ? command.get(cp + 2) : String.valueOf(command);
  }

  private static String classesOf(Class<?> type) {
    try {
      return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
