package dev.sparkconnect.mock;

import com.google.protobuf.ByteString;
import com.google.rpc.Status;
import dev.sparkconnect.arrow.ArrowIpcMessages;
import dev.sparkconnect.arrow.ArrowSchema;
import dev.sparkconnect.arrow.ArrowStreamWriter;
import dev.sparkconnect.fixtures.Fixture;
import dev.sparkconnect.mock.faults.FailCall;
import dev.sparkconnect.fixtures.FixtureStore;
import dev.sparkconnect.fixtures.RecordedError;
import dev.sparkconnect.proto.ExecutePlanResponse;
import dev.sparkconnect.proto.Plan;
import dev.sparkconnect.protocol.errors.ErrorConditions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The answer to give for one plan, written in code: rows with a schema, a ready Arrow stream, or an
 * error. Obtained from {@link MockSparkConnectServer#stub}; the stub takes effect when one of the
 * {@code returns}/{@code fails} methods is called, and replaces an earlier stub or fixture of the
 * same plan.
 *
 * <pre>{@code
 * server.stub(df.plan()).returns("id BIGINT, name STRING", new Object[] {1L, "a"}, new Object[] {2L, "b"});
 * server.stubSql("SELECT * FROM missing").fails("TABLE_OR_VIEW_NOT_FOUND", "42P01", "The table cannot be found.");
 * }</pre>
 */
public final class Stubbing {

  private final Plan plan;
  private final FixtureStore stubs;

  Stubbing(Plan plan, FixtureStore stubs) {
    this.plan = plan;
    this.stubs = stubs;
  }

  /** Answers with these rows, of a schema written as flat Spark DDL ({@link StubSchema}). */
  public void returns(String ddlSchema, Object[]... rows) {
    returns(StubSchema.of(ddlSchema), Arrays.asList(rows));
  }

  /** Answers with these rows of {@code schema}, in one Arrow batch. */
  public void returns(ArrowSchema schema, List<Object[]> rows) {
    byte[] stream = rows.isEmpty() ? ArrowStreamWriter.writeEmpty(schema) : ArrowStreamWriter.write(schema, rows);
    returnsArrow(stream, rows.size());
  }

  /**
   * Answers with these rows in batches of at most {@code rowsPerBatch} rows, one response each, as
   * Spark streams a large result: what a test of reattach at every position needs.
   */
  public void returnsInBatches(ArrowSchema schema, List<Object[]> rows, int rowsPerBatch) {
    if (rows.isEmpty()) {
      returns(schema, rows);
      return;
    }
    List<ArrowIpcMessages.Message> messages = ArrowIpcMessages.split(ArrowStreamWriter.write(schema, rows, rowsPerBatch));
    List<ExecutePlanResponse> responses = new ArrayList<>();
    int start = 0;
    for (ArrowIpcMessages.Message batch : messages.subList(1, messages.size())) {
      int count = Math.min(rowsPerBatch, rows.size() - start);
      responses.add(ExecutePlanResponse.newBuilder().setArrowBatch(ExecutePlanResponse.ArrowBatch.newBuilder()
          .setRowCount(count)
          .setData(ByteString.copyFrom(ArrowIpcMessages.join(List.of(messages.get(0), batch))))).build());
      start += count;
    }
    responses.add(resultComplete());
    stubs.add(Fixture.execution(plan, responses, null));
  }

  /** Answers with an Arrow IPC stream of one batch as Spark sends it (schema, batch, end marker). */
  public void returnsArrow(byte[] arrowStream, long rowCount) {
    List<ExecutePlanResponse> responses = new ArrayList<>();
    responses.add(ExecutePlanResponse.newBuilder().setArrowBatch(ExecutePlanResponse.ArrowBatch.newBuilder()
        .setRowCount(rowCount).setData(ByteString.copyFrom(arrowStream))).build());
    responses.add(resultComplete());
    stubs.add(Fixture.execution(plan, responses, null));
  }

  /** Answers with no rows at all, as a command does. */
  public void returnsNothing() {
    stubs.add(Fixture.execution(plan, List.of(resultComplete()), null));
  }

  /**
   * Fails with a Spark error of this condition, SQL state and message, raised as the exception
   * class a real Spark server raises for that condition (for example {@code DIVIDE_BY_ZERO} as
   * {@code org.apache.spark.SparkArithmeticException}, from Spark's table of conditions).
   */
  public void fails(String condition, String sqlState, String message) {
    fails(ErrorConditions.exceptionClass(condition, sqlState), condition, sqlState, message);
  }

  /** Fails as {@link #fails(String, String, String)} does, raised as {@code exceptionClass} (a server class name). */
  public void fails(String exceptionClass, String condition, String sqlState, String message) {
    fails(SparkErrors.status(exceptionClass, condition, sqlState, message, Map.of()));
  }

  /** Fails with exactly this status. */
  public void fails(Status status) {
    new FailCall(status);
    stubs.add(Fixture.execution(plan, List.of(), new RecordedError(status, Optional.empty())));
  }

  private static ExecutePlanResponse resultComplete() {
    return ExecutePlanResponse.newBuilder()
        .setResultComplete(ExecutePlanResponse.ResultComplete.getDefaultInstance()).build();
  }
}
