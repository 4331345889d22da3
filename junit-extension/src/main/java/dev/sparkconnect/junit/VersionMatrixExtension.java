package dev.sparkconnect.junit;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.Extension;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestTemplateInvocationContext;
import org.junit.jupiter.api.extension.TestTemplateInvocationContextProvider;
import org.junit.platform.commons.support.AnnotationSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The engine of {@link SparkVersions}: one invocation per server, the reference first, each
 * recognised again by {@link SparkConnectExtension} (through {@link #runOf}) to start that
 * server, layer that version's fixtures and check the ledger when it ends.
 */
final class VersionMatrixExtension implements TestTemplateInvocationContextProvider {

  private static final Logger LOG = LoggerFactory.getLogger(VersionMatrixExtension.class);
  /** Runs only these entries of every matrix: {@code -Dspark.connect.sparkVersions=3.5.5,4.2.0}. */
  static final String SUBSET = "spark.connect.sparkVersions";
  private static final Pattern INVOCATION = Pattern.compile("\\[test-template-invocation:#(\\d+)]$");

  /**
   * A matrix as one test method asks for it: its entries in the order they run (the reference
   * first, without those the configured subset leaves out) and its reference.
   */
  record Matrix(List<MatrixEntry> entries, List<MatrixEntry> leftOut, MatrixEntry reference, String ledger) {}

  /** Whether the test method of {@code context} is a version matrix. */
  static boolean isMatrix(ExtensionContext context) {
    return context.getTestMethod().map(method -> AnnotationSupport.isAnnotated(method, SparkVersions.class))
        .orElse(false);
  }

  /** The matrix of the test method of {@code context}. */
  static Matrix matrixOf(ExtensionContext context) {
    Method method = context.getRequiredTestMethod();
    SparkVersions annotation = AnnotationSupport.findAnnotation(method, SparkVersions.class).orElseThrow();
    if (AnnotationSupport.isAnnotated(method, FaultSweep.class)) {
      throw new ExtensionConfigurationException(method.getName() + " has both @SparkVersions and @FaultSweep; a"
          + " test method takes one of them (sweep faults in a test of its own)");
    }
    List<MatrixEntry> listed = new ArrayList<>();
    Set<String> labels = new LinkedHashSet<>();
    for (String text : annotation.value()) {
      MatrixEntry entry = MatrixEntry.parse(text);
      if (labels.add(entry.label())) {
        listed.add(entry);
      }
    }
    if (listed.isEmpty()) {
      throw new ExtensionConfigurationException("@SparkVersions on " + method.getName() + " lists no version");
    }
    MatrixEntry reference = annotation.reference().isBlank() ? newest(listed) : MatrixEntry.parse(annotation.reference());
    if (!labels.contains(reference.label())) {
      throw new ExtensionConfigurationException("@SparkVersions(reference = \"" + annotation.reference() + "\") on "
          + method.getName() + " is not one of the versions it lists, " + labels);
    }
    List<MatrixEntry> ordered = new ArrayList<>();
    ordered.add(reference);
    listed.stream().filter(entry -> !entry.equals(reference)).forEach(ordered::add);
    Optional<Set<String>> subset = subset(context);
    List<MatrixEntry> running = ordered.stream()
        .filter(entry -> subset.map(chosen -> chosen.contains(entry.label())).orElse(true)).toList();
    List<MatrixEntry> leftOut = ordered.stream().filter(entry -> !running.contains(entry)).toList();
    return new Matrix(running, leftOut, reference, annotation.ledger());
  }

  private static MatrixEntry newest(List<MatrixEntry> entries) {
    return entries.stream().filter(entry -> !entry.isExternal())
        .max(Comparator.comparing(entry -> entry.version().orElseThrow())).orElse(entries.get(0));
  }

  private static Optional<Set<String>> subset(ExtensionContext context) {
    Optional<String> configured = context.getConfigurationParameter(SUBSET).filter(text -> !text.isBlank())
        .or(() -> Optional.ofNullable(System.getenv("SPARK_CONNECT_SPARK_VERSIONS")).filter(text -> !text.isBlank()));
    return configured.map(text -> Arrays.stream(text.split(",")).map(String::trim).filter(part -> !part.isEmpty())
        .map(part -> MatrixEntry.parse(part).label()).collect(java.util.stream.Collectors.toCollection(LinkedHashSet::new)));
  }

  /** The matrix run that {@code context} (a test of one invocation) belongs to, if it is one. */
  static Optional<MatrixRun> runOf(ExtensionContext context) {
    if (!isMatrix(context)) {
      return Optional.empty();
    }
    Matcher invocation = INVOCATION.matcher(context.getUniqueId());
    if (!invocation.find()) {
      return Optional.empty();
    }
    Matrix matrix = matrixOf(context);
    int index = Integer.parseInt(invocation.group(1)) - 1;
    if (index >= matrix.entries().size()) {
      return Optional.empty();
    }
    return Optional.of(new MatrixRun(matrix, matrix.entries().get(index)));
  }

  @Override
  public boolean supportsTestTemplate(ExtensionContext context) {
    return isMatrix(context);
  }

  @Override
  public Stream<TestTemplateInvocationContext> provideTestTemplateInvocationContexts(ExtensionContext context) {
    Matrix matrix = matrixOf(context);
    if (!matrix.leftOut().isEmpty()) {
      LOG.info("@SparkVersions {}: {} leaves out {}", context.getDisplayName(), SUBSET,
          matrix.leftOut().stream().map(MatrixEntry::label).toList());
    }
    if (matrix.entries().isEmpty()) {
      String reason = SUBSET + " leaves out every version of this test ("
          + matrix.leftOut().stream().map(MatrixEntry::label).toList() + ")";
      return Stream.of(invocation("none of its versions", List.of(
          (ExecutionCondition) ignored -> ConditionEvaluationResult.disabled(reason))));
    }
    return matrix.entries().stream().map(entry -> invocation(
        entry.describe() + (entry.equals(matrix.reference()) ? " (reference)" : ""), List.of()));
  }

  private static TestTemplateInvocationContext invocation(String name, List<Extension> extensions) {
    return new TestTemplateInvocationContext() {
      @Override
      public String getDisplayName(int invocationIndex) {
        return name;
      }

      @Override
      public List<Extension> getAdditionalExtensions() {
        return extensions;
      }
    };
  }
}
