package dev.sparkconnect.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sparkconnect.arrow.ArrowFormatException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Spark 4.2 compresses a session's results when it sets
 * {@code spark.sql.execution.arrow.compression.codec}. This client does not decompress them yet:
 * such a result fails with an error naming the setting, never as wrong values, and the session
 * reads results again once the setting is back to none.
 */
class CompressedResultsContractTest extends RealServerTest {

  private static final String CODEC = "spark.sql.execution.arrow.compression.codec";

  @ParameterizedTest
  @ValueSource(strings = {"zstd", "lz4"})
  void aCompressedResultFailsNamingTheSetting(String codec) {
    DataFrame rows = spark.sql("SELECT id, concat('row-', CAST(id AS STRING)) AS s FROM range(20000)");
    spark.conf().set(CODEC, codec);
    try {
      assertThatThrownBy(rows::collectAsList)
          .isInstanceOf(ArrowFormatException.class)
          .hasMessageContaining(codec.equals("zstd") ? "zstd" : "LZ4 frame")
          .hasMessageContaining(CODEC);
    } finally {
      spark.conf().set(CODEC, "none");
    }

    assertThat(rows.collectAsList()).hasSize(20000);
  }
}
