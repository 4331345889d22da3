package dev.sparkconnect.protocol.versions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SparkVersionTest {

  @Test
  void versionsCompareByNumbersNotText() {
    assertThat(SparkVersion.parse("3.5.5").isAtLeast(SparkVersion.V4_0)).isFalse();
    assertThat(SparkVersion.parse("4.0.1").isAtLeast(SparkVersion.V4_0)).isTrue();
    assertThat(SparkVersion.parse("4.10.0")).isGreaterThan(SparkVersion.parse("4.2.0"));
    assertThat(SparkVersion.parse("4.1.0-SNAPSHOT").minor()).isEqualTo(1);
    assertThat(SparkVersion.parse("9.9.9-tls").toString()).isEqualTo("9.9.9-tls");
  }

  @Test
  void theProtocolVersionIsTheOneTheBuildIsGeneratedFrom() {
    assertThat(SparkVersion.PROTOCOL.text()).isEqualTo(System.getProperty("spark.version", "unset"));
  }

  @Test
  void aTextThatIsNoVersionIsRefused() {
    assertThatThrownBy(() -> SparkVersion.parse("latest")).hasMessageContaining("'latest' is not a Spark version");
  }
}
