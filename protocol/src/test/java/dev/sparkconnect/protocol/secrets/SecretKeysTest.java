package dev.sparkconnect.protocol.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Secrets are the keys Spark's spark.redaction.regex names, plus the user's own pattern. */
class SecretKeysTest {

  @Test
  void sparksDefaultPatternNamesTokensPasswordsSecretsAndAccessKeys() {
    SecretKeys keys = SecretKeys.standard();

    assertThat(keys.isSecret("spark.connect.authenticate.token")).isTrue();
    assertThat(keys.isSecret("password")).isTrue();
    assertThat(keys.isSecret("spark.hadoop.fs.s3a.SECRET.key")).isTrue();
    assertThat(keys.isSecret("fs.s3a.access.key")).isTrue();
    assertThat(keys.isSecret("fs.azure.accesskey")).isTrue();
    assertThat(keys.isSecret("spark.sql.shuffle.partitions")).isFalse();
    assertThat(keys.isSecret("x-api-key")).isFalse();
    assertThat(keys.redact("password", "hunter2")).isEqualTo(SecretKeys.REDACTED);
    assertThat(keys.redact("user", "ada")).isEqualTo("ada");
  }

  @Test
  void aUsersPatternAddsToSparksAndABadOneSaysWhy() {
    SecretKeys keys = SecretKeys.withExtraPattern("(?i)api[-_]?key");

    assertThat(keys.isSecret("x-api-key")).isTrue();
    assertThat(keys.isSecret("password")).isTrue();
    assertThatThrownBy(() -> SecretKeys.withExtraPattern("(unclosed")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("spark.connect.redaction.regex is not a valid regular expression");
  }
}
