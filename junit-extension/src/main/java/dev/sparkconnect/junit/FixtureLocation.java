package dev.sparkconnect.junit;

import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Where one test's fixtures live: {@code <root>/<class name>/<method name>}, and for each
 * invocation of a parameterized or repeated test its own {@code invocation-<n>} folder below that,
 * so that invocations asking different questions never share or overwrite recordings. What the
 * class's {@code @BeforeEach} methods ask is kept once, beside them, in {@code @BeforeEach}.
 */
final class FixtureLocation {

  private static final Pattern INVOCATION = Pattern.compile("\\[test-template-invocation:#(\\d+)]$");

  private FixtureLocation() {}

  /**
   * Where the answers to a class's {@code @BeforeEach} set-up live, once for all its tests:
   * {@code <root>/<class name>/@BeforeEach} (a name no method can have).
   */
  static Path setupOf(ExtensionContext context, Path root) {
    return root.resolve(context.getRequiredTestClass().getName().replace('$', '.')).resolve(SETUP);
  }

  static final String SETUP = "@BeforeEach";

  static Path of(ExtensionContext context, Path root) {
    Class<?> testClass = context.getRequiredTestClass();
    Path folder = root.resolve(testClass.getName().replace('$', '.')).resolve(context.getRequiredTestMethod().getName());
    // The runs of a fault sweep all replay the one test's recordings; those of a version matrix
    // share them too, each server's own answers in a variant folder below.
    boolean swept = FaultSweepExtension.isSwept(context) || VersionMatrixExtension.isMatrix(context);
    // Each file of a folder of SQL files has its own.
    Optional<SqlFile> file = SqlGoldenFilesExtension.fileOf(context);
    if (file.isPresent()) {
      return folder.resolve(file.get().name());
    }
    Matcher invocation = INVOCATION.matcher(context.getUniqueId());
    return !swept && invocation.find() ? folder.resolve("invocation-" + invocation.group(1)) : folder;
  }
}
