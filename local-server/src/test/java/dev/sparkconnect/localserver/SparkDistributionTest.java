package dev.sparkconnect.localserver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SparkDistributionTest {

  @Test
  void spark4UsesScala213AndSpark3UsesScala212() {
    assertThat(SparkDistribution.of("4.2.0").scalaBinaryVersion()).isEqualTo("2.13");
    assertThat(SparkDistribution.of("4.0.1").scalaBinaryVersion()).isEqualTo("2.13");
    assertThat(SparkDistribution.of("3.5.5").scalaBinaryVersion()).isEqualTo("2.12");
  }

  @Test
  void serverArtifactsAreConnectAndSqlOfTheSameBuild() {
    assertThat(SparkDistribution.of("3.5.5").serverArtifacts()).containsExactly(
        "org.apache.spark:spark-connect_2.12:3.5.5", "org.apache.spark:spark-sql_2.12:3.5.5");
  }

  @Test
  void spark4ServersTakeMllibWhereItCanBeHadAsADistributionHasIt() {
    assertThat(SparkDistribution.of("4.2.0").serverArtifacts()).containsExactly(
        "org.apache.spark:spark-connect_2.13:4.2.0", "org.apache.spark:spark-sql_2.13:4.2.0");
    assertThat(SparkDistribution.of("4.2.0").optionalServerArtifacts())
        .containsExactly("org.apache.spark:spark-mllib_2.13:4.2.0");
    assertThat(SparkDistribution.of("3.5.5").optionalServerArtifacts()).isEmpty();
  }

  @Test
  void rejectsAMalformedVersionSayingWhatIsExpected() {
    assertThatThrownBy(() -> SparkDistribution.of("latest"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'latest'")
        .hasMessageContaining("MAJOR.MINOR.PATCH");
    assertThatThrownBy(() -> new SparkDistribution("4.2.0", "3"))
        .hasMessageContaining("2.12 or 2.13");
  }
}
