package dev.sparkconnect.junit;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Where one test's fixtures live: {@code <root>/<class name>/<method name>}, and for each
 * invocation of a parameterized or repeated test its own {@code invocation-<n>} folder below that,
 * so that invocations asking different questions never share or overwrite recordings.
 */
final class FixtureLocation {

  private static final Pattern INVOCATION = Pattern.compile("\\[test-template-invocation:#(\\d+)]$");

  private FixtureLocation() {}

  static Path of(ExtensionContext context, Path root) {
    Class<?> testClass = context.getRequiredTestClass();
    Path folder = root.resolve(testClass.getName().replace('$', '.')).resolve(context.getRequiredTestMethod().getName());
    Matcher invocation = INVOCATION.matcher(context.getUniqueId());
    return invocation.find() ? folder.resolve("invocation-" + invocation.group(1)) : folder;
  }
}
