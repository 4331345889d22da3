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

  /** Whether the test method of {@code context} is a version matrix (of a test, or of each SQL file). */
  static boolean isMatrix(ExtensionContext context) {
    return context.getTestMethod().map(method -> AnnotationSupport.isAnnotated(method, SparkVersions.class)
        || AnnotationSupport.findAnnotation(method, SqlGoldenFiles.class)
            .map(golden -> golden.sparkVersions().length > 0).orElse(false))
        .orElse(false);
  }

  /** The matrix of the test method of {@code context}. */
  static Matrix matrixOf(ExtensionContext context) {
    Method method = context.getRequiredTestMethod();
    Optional<SparkVersions> versions = AnnotationSupport.findAnnotation(method, SparkVersions.class);
    if (versions.isPresent() && (AnnotationSupport.isAnnotated(method, FaultSweep.class)
        || AnnotationSupport.isAnnotated(method, SqlGoldenFiles.class))) {
      throw new ExtensionConfigurationException(method.getName() + " has @SparkVersions and @FaultSweep or"
          + " @SqlGoldenFiles; a test method takes one of them (@SqlGoldenFiles takes sparkVersions itself)");
    }
    if (versions.isPresent()) {
      return matrixOf(context, versions.get().value(), versions.get().reference(), versions.get().ledger());
    }
    SqlGoldenFiles golden = AnnotationSupport.findAnnotation(method, SqlGoldenFiles.class).orElseThrow();
    return matrixOf(context, golden.sparkVersions(), golden.reference(), golden.ledger());
  }

  private static Matrix matrixOf(ExtensionContext context, String[] versions, String referenceText, String ledger) {
    Method method = context.getRequiredTestMethod();
    List<MatrixEntry> listed = new ArrayList<>();
    Set<String> labels = new LinkedHashSet<>();
    for (String text : versions) {
      MatrixEntry entry = MatrixEntry.parse(text);
      if (labels.add(entry.label())) {
        listed.add(entry);
      }
    }
    if (listed.isEmpty()) {
      throw new ExtensionConfigurationException("The version matrix of " + method.getName() + " lists no version");
    }
    MatrixEntry reference = referenceText.isBlank() ? newest(listed) : MatrixEntry.parse(referenceText);
    if (!labels.contains(reference.label())) {
      throw new ExtensionConfigurationException("The reference \"" + referenceText + "\" of "
          + method.getName() + " is not one of the versions it lists, " + labels);
    }
    List<MatrixEntry> ordered = new ArrayList<>();
    ordered.add(reference);
    listed.stream().filter(entry -> !entry.equals(reference)).forEach(ordered::add);
    Optional<List<MatrixEntry>> subset = subset(context);
    List<MatrixEntry> running = ordered.stream().filter(entry -> subset
        .map(chosen -> chosen.stream().anyMatch(entry::sameServerAs)).orElse(true)).toList();
    List<MatrixEntry> leftOut = ordered.stream().filter(entry -> !running.contains(entry)).toList();
    return new Matrix(running, leftOut, reference, ledger);
  }

  private static MatrixEntry newest(List<MatrixEntry> entries) {
    return entries.stream().filter(entry -> !entry.isExternal())
        .max(Comparator.comparing(entry -> entry.version().orElseThrow())).orElse(entries.get(0));
  }

  private static Optional<List<MatrixEntry>> subset(ExtensionContext context) {
    Optional<String> configured = context.getConfigurationParameter(SUBSET).filter(text -> !text.isBlank())
        .or(() -> Optional.ofNullable(System.getenv("SPARK_CONNECT_SPARK_VERSIONS")).filter(text -> !text.isBlank()));
    return configured.map(text -> Arrays.stream(text.split(",")).map(String::trim).filter(part -> !part.isEmpty())
        .map(MatrixEntry::parse).toList());
  }

  /** The matrix run that {@code context} (a test of one invocation) belongs to, if it is one. */
  static Optional<MatrixRun> runOf(ExtensionContext context) {
    if (!isMatrix(context)) {
      return Optional.empty();
    }
    Matrix matrix = matrixOf(context);
    Optional<Integer> at = SqlGoldenFilesExtension.isGolden(context) ? SqlGoldenFilesExtension.entryIndexOf(context)
        : invocationIndex(context);
    if (at.isEmpty()) {
      return Optional.empty();
    }
    int index = at.get();
    if (index >= matrix.entries().size()) {
      return Optional.empty();
    }
    return Optional.of(new MatrixRun(matrix, matrix.entries().get(index)));
  }

  /** Which run of its test template {@code context} is, from 0. */
  static Optional<Integer> invocationIndex(ExtensionContext context) {
    Matcher invocation = INVOCATION.matcher(context.getUniqueId());
    return invocation.find() ? Optional.of(Integer.parseInt(invocation.group(1)) - 1) : Optional.empty();
  }

  @Override
  public boolean supportsTestTemplate(ExtensionContext context) {
    // A folder of SQL files across versions is SqlGoldenFilesExtension's to unfold.
    return isMatrix(context) && !SqlGoldenFilesExtension.isGolden(context);
  }

  /** One run that does not start, saying why: a matrix the configured subset leaves empty. */
  static TestTemplateInvocationContext nothingToRun(Matrix matrix) {
    String reason = SUBSET + " leaves out every version of this test ("
        + matrix.leftOut().stream().map(MatrixEntry::label).toList() + ")";
    return invocation("none of its versions", List.of(
        (ExecutionCondition) ignored -> ConditionEvaluationResult.disabled(reason)));
  }

  @Override
  public Stream<TestTemplateInvocationContext> provideTestTemplateInvocationContexts(ExtensionContext context) {
    Matrix matrix = matrixOf(context);
    if (!matrix.leftOut().isEmpty()) {
      LOG.info("@SparkVersions {}: {} leaves out {}", context.getDisplayName(), SUBSET,
          matrix.leftOut().stream().map(MatrixEntry::label).toList());
    }
    if (matrix.entries().isEmpty()) {
      return Stream.of(nothingToRun(matrix));
    }
    return matrix.entries().stream().map(entry -> invocation(
        entry.describe() + (entry.equals(matrix.reference()) ? " (reference)" : ""), List.of()));
  }

  /** A run of a test template named {@code name}, with {@code extensions} of its own. */
  static TestTemplateInvocationContext invocation(String name, List<Extension> extensions) {
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
