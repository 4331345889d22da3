package dev.sparkconnect.protocol.secrets;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The keys whose values are secrets: a setting or an option whose name matches Spark's default
 * {@code spark.redaction.regex}, {@code (?i)secret|password|token|access[.]?key}, or a pattern the
 * user adds with the system property or environment variable {@value #EXTRA_PATTERN_PROPERTY}
 * ({@code SPARK_CONNECT_REDACTION_REGEX}), such as {@code (?i)api[-_]?key|credential}. Their values
 * are replaced by {@value #REDACTED}, Spark's own mark, wherever this toolkit writes or shows them.
 *
 * <pre>{@code
 * SecretKeys.standard().isSecret("spark.connect.authenticate.token");   // true
 * SecretKeys.standard().redact("password", "hunter2");                   // "*********(redacted)"
 * }</pre>
 */
public final class SecretKeys {

  /** Spark's default {@code spark.redaction.regex}. */
  public static final String SPARK_DEFAULT_PATTERN = "(?i)secret|password|token|access[.]?key";

  /** The system property that adds a pattern to Spark's. */
  public static final String EXTRA_PATTERN_PROPERTY = "spark.connect.redaction.regex";

  /** What a secret's value is replaced by: the mark Spark itself writes. */
  public static final String REDACTED = "*********(redacted)";

  private static final SecretKeys STANDARD = new SecretKeys(patterns(configuredExtra()));

  private final List<Pattern> patterns;

  private SecretKeys(List<Pattern> patterns) {
    this.patterns = List.copyOf(patterns);
  }

  /** Spark's default pattern, plus the one configured with {@value #EXTRA_PATTERN_PROPERTY}, if any. */
  public static SecretKeys standard() {
    return STANDARD;
  }

  /** Spark's default pattern plus {@code extraPattern}, a Java regular expression found anywhere in a key. */
  public static SecretKeys withExtraPattern(String extraPattern) {
    return new SecretKeys(patterns(Optional.ofNullable(extraPattern)));
  }

  /** Whether a value under {@code key} is a secret. */
  public boolean isSecret(String key) {
    if (key == null) {
      return false;
    }
    for (Pattern pattern : patterns) {
      if (pattern.matcher(key).find()) {
        return true;
      }
    }
    return false;
  }

  /** {@code value}, or {@value #REDACTED} when {@code key} names a secret (a null value stays null). */
  public String redact(String key, String value) {
    return value != null && isSecret(key) ? REDACTED : value;
  }

  /** Whether {@code value} is already Spark's mark for a hidden value. */
  public static boolean isRedacted(String value) {
    return REDACTED.equals(value);
  }

  @Override
  public String toString() {
    return patterns.stream().map(Pattern::pattern).toList().toString();
  }

  private static Optional<String> configuredExtra() {
    String fromProperty = System.getProperty(EXTRA_PATTERN_PROPERTY);
    if (fromProperty != null && !fromProperty.isBlank()) {
      return Optional.of(fromProperty);
    }
    return Optional.ofNullable(System.getenv("SPARK_CONNECT_REDACTION_REGEX")).filter(text -> !text.isBlank());
  }

  private static List<Pattern> patterns(Optional<String> extra) {
    List<Pattern> patterns = new ArrayList<>();
    patterns.add(Pattern.compile(SPARK_DEFAULT_PATTERN));
    if (extra.isPresent()) {
      try {
        patterns.add(Pattern.compile(extra.get()));
      } catch (PatternSyntaxException e) {
        throw new IllegalArgumentException(EXTRA_PATTERN_PROPERTY + " is not a valid regular expression ("
            + e.getDescription() + "): " + extra.get(), e);
      }
    }
    return patterns;
  }
}
