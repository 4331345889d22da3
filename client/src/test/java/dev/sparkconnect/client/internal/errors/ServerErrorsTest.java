package dev.sparkconnect.client.internal.errors;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.Any;
import com.google.rpc.Code;
import com.google.rpc.Status;
import dev.sparkconnect.client.errors.AnalysisException;
import dev.sparkconnect.client.errors.SparkException;
import dev.sparkconnect.proto.FetchErrorDetailsResponse;
import dev.sparkconnect.protocol.errors.ErrorConditions;
import dev.sparkconnect.protocol.errors.SparkErrorInfo;
import io.grpc.StatusRuntimeException;
import io.grpc.protobuf.StatusProto;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Server failures become typed exceptions, whatever shape the server's details come in. */
class ServerErrorsTest {

  private static StatusRuntimeException failure(String errorId) {
    Status status = Status.newBuilder().setCode(Code.INTERNAL_VALUE)
        .setMessage("[TABLE_OR_VIEW_NOT_FOUND] The table `t` cannot be found.")
        .addDetails(Any.pack(new SparkErrorInfo(List.of(ErrorConditions.ANALYSIS_EXCEPTION), "TABLE_OR_VIEW_NOT_FOUND",
            "42P01", Map.of("relationName", "`t`"), errorId).toErrorInfo()))
        .build();
    return StatusProto.toStatusRuntimeException(status);
  }

  private static FetchErrorDetailsResponse oneError(int rootIndex, int causeIndex) {
    return FetchErrorDetailsResponse.newBuilder().setRootErrorIdx(rootIndex)
        .addErrors(FetchErrorDetailsResponse.Error.newBuilder().addErrorTypeHierarchy(ErrorConditions.ANALYSIS_EXCEPTION)
            .setMessage("[TABLE_OR_VIEW_NOT_FOUND] from the details").setCauseIdx(causeIndex))
        .build();
  }

  @ParameterizedTest(name = "root index {0} of 1 error")
  @ValueSource(ints = {1, 5, 9, -1})
  void detailsWhoseRootIsOutOfRangeFallBackToTheStatusNotToAnIndexError(int root) {
    RuntimeException error = ServerErrors.toException(failure("e-1"), "testing", id -> oneError(root, 0));

    assertThat(error).isInstanceOf(AnalysisException.class);
    assertThat(((SparkException) error).getCondition()).isEqualTo("TABLE_OR_VIEW_NOT_FOUND");
    assertThat(((SparkException) error).getMessageParameters()).containsEntry("relationName", "`t`");
  }

  @Test
  void aCauseIndexOutOfRangeIsIgnored() {
    RuntimeException error = ServerErrors.toException(failure("e-1"), "testing", id -> oneError(0, 7));

    assertThat(error).isInstanceOf(AnalysisException.class).hasMessageContaining("from the details");
  }

  @Test
  void aFetchThatFailsLeavesTheStatusError() {
    RuntimeException error = ServerErrors.toException(failure("e-1"), "testing", id -> {
      throw new IllegalStateException("gone");
    });

    assertThat(error).isInstanceOf(AnalysisException.class).hasMessageContaining("cannot be found");
  }

  @Test
  void aSessionTheServerNoLongerKnowsIsARestartNotAGenericError() {
    Status status = Status.newBuilder().setCode(Code.INTERNAL_VALUE)
        .setMessage("[INVALID_HANDLE.SESSION_NOT_FOUND] The handle 7f0c... is invalid. Session not found.")
        .addDetails(Any.pack(new SparkErrorInfo(List.of(ErrorConditions.SPARK_EXCEPTION), "INVALID_HANDLE.SESSION_NOT_FOUND",
            "HY000", Map.of(), null).toErrorInfo()))
        .build();

    RuntimeException error = ServerErrors.toException(StatusProto.toStatusRuntimeException(status), "testing", null);

    assertThat(error).isInstanceOf(dev.sparkconnect.client.errors.SparkServerRestartedException.class)
        .hasMessageContaining("build a new SparkSession").hasMessageContaining("SESSION_NOT_FOUND");
  }
}
