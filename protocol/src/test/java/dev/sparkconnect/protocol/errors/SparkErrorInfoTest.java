package dev.sparkconnect.protocol.errors;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.rpc.ErrorInfo;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SparkErrorInfoTest {

  @Test
  void whatOneSideWritesTheOtherReads() {
    SparkErrorInfo error = new SparkErrorInfo(List.of(ErrorConditions.ANALYSIS_EXCEPTION, "java.lang.Exception"),
        "UNRESOLVED_COLUMN.WITH_SUGGESTION", "42703",
        Map.of("objectName", "`x`", "proposal", "`a` = \"b\" <c>"), "0f1e2d3c-0000-0000-0000-000000000000");

    ErrorInfo info = error.toErrorInfo();

    assertThat(info.getDomain()).isEqualTo("org.apache.spark");
    assertThat(info.getReason()).isEqualTo(ErrorConditions.ANALYSIS_EXCEPTION);
    assertThat(info.getMetadataOrThrow("messageParameters")).contains("<c>").doesNotContain("\\u003c");
    assertThat(SparkErrorInfo.of(info)).isEqualTo(error);
  }

  @Test
  void metadataThatIsNotSparksJsonIsIgnoredNotFatal() {
    ErrorInfo info = ErrorInfo.newBuilder().setReason("org.apache.spark.SparkException")
        .putMetadata("classes", "not json [").putMetadata("messageParameters", "[1, 2]")
        .putMetadata("errorClass", "").build();

    SparkErrorInfo error = SparkErrorInfo.of(info);

    assertThat(error.classes()).containsExactly("org.apache.spark.SparkException");
    assertThat(error.messageParameters()).isEmpty();
    assertThat(error.condition()).isNull();
  }

  @Test
  void nestedParameterValuesKeepTheirJsonText() {
    ErrorInfo info = ErrorInfo.newBuilder().setReason("r")
        .putMetadata("messageParameters", "{\"a\": {\"b\": 1}, \"n\": 2, \"z\": null}").build();

    assertThat(SparkErrorInfo.of(info).messageParameters())
        .containsEntry("a", "{\"b\":1}").containsEntry("n", "2").containsEntry("z", "null");
  }
}
