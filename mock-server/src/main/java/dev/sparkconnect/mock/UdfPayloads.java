package dev.sparkconnect.mock;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a Scala/JVM UDF's payload (a Java-serialized packet) says about the user's code, read
 * without loading any class: the names of the user's classes and the lambda methods it holds
 * ({@code com.acme.Job.lambda$report$0}), so a miss report can name the function a test changed.
 * Spark's, Scala's and the JDK's own classes are left out.
 */
final class UdfPayloads {

  private static final Pattern CLASS_NAME = Pattern.compile("[A-Za-z_$][\\w$]*([./][A-Za-z_$][\\w$]*)+");
  private static final List<String> PLATFORM = List.of("java.", "javax.", "jdk.", "sun.", "scala.",
      "org.apache.spark.");
  private static final int MOST_NAMES = 6;

  private UdfPayloads() {}

  /** The user's class and lambda names in {@code payload}, in the order they appear. */
  static List<String> userCode(byte[] payload) {
    Set<String> classes = new LinkedHashSet<>();
    String lambda = null;
    String lastClass = null;
    for (int i = 0; i + 3 < payload.length && classes.size() < MOST_NAMES; i++) {
      int tag = payload[i] & 0xFF;
      if (tag != 0x72 && tag != 0x74) {
        continue;
      }
      int length = ((payload[i + 1] & 0xFF) << 8) | (payload[i + 2] & 0xFF);
      if (length == 0 || i + 3 + length > payload.length) {
        continue;
      }
      String text = new String(payload, i + 3, length, StandardCharsets.UTF_8);
      if (text.startsWith("lambda$") && lambda == null && lastClass != null) {
        // A serialized lambda writes its implementation's class just before the method's name.
        lambda = lastClass + "." + text;
      } else if (CLASS_NAME.matcher(text).matches()) {
        String name = text.replace('/', '.');
        lastClass = name;
        if (PLATFORM.stream().noneMatch(name::startsWith)) {
          classes.add(name);
        }
      }
    }
    if (lambda == null) {
      return List.copyOf(classes);
    }
    List<String> names = new java.util.ArrayList<>();
    names.add(lambda);
    names.addAll(classes);
    return names;
  }
}
