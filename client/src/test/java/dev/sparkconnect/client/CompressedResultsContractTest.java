package dev.sparkconnect.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sparkconnect.client.columnar.ColumnarBatch;
import dev.sparkconnect.client.columnar.ColumnarResult;
import dev.sparkconnect.localserver.LocalSparkConnectServer;
import dev.sparkconnect.proto.ExecutePlanResponse;
import io.grpc.CallOptions;
import io.grpc.Channel;
import io.grpc.ClientCall;
import io.grpc.ClientInterceptor;
import io.grpc.ForwardingClientCall;
import io.grpc.ForwardingClientCallListener;
import io.grpc.MethodDescriptor;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Tag;

/**
 * Spark 4.2 compresses a session's results when it sets
 * {@code spark.sql.execution.arrow.compression.codec} (LZ4 frames or zstd, buffer by buffer). Such
 * a result reads as rows and as columns exactly as the same result sent uncompressed, and what
 * travelled was compressed indeed.
 */
@Tag("first-jdk-only")
class CompressedResultsContractTest extends RealServerTest {

  private static final String CODEC = "spark.sql.execution.arrow.compression.codec";
  private static final String QUERY = "SELECT id, concat('row-', CAST(id % 1000 AS STRING)) AS s, id * 0.5 AS half,"
      + " IF(id % 7 = 3, NULL, id % 100) AS maybe FROM range(50000)";

  @ParameterizedTest
  @ValueSource(strings = {"zstd", "lz4"})
  void aCompressedResultReadsAsTheSameResultUncompressed(String codec) {
    AtomicLong arrowBytes = new AtomicLong();
    try (SparkSession session = SparkSession.builder().remote(LocalSparkConnectServer.shared().remote())
        .interceptor(new ArrowBytes(arrowBytes)).create()) {
      DataFrame rows = session.sql(QUERY);
      List<Row> plain = rows.collectAsList();
      long plainBytes = arrowBytes.getAndSet(0);

      session.conf().set(CODEC, codec);
      List<Row> compressed = rows.collectAsList();
      long compressedBytes = arrowBytes.getAndSet(0);
      ColumnarResult columns = rows.collectColumnar();

      assertThat(compressed).hasSize(50_000).isEqualTo(plain);
      assertThat(compressedBytes).as("Arrow bytes received with %s against none (%d)", codec, plainBytes)
          .isLessThan(plainBytes / 2);
      long idSum = 0;
      for (ColumnarBatch batch : columns.batches()) {
        for (long id : batch.column(0).getLongs(0, batch.numRows())) {
          idSum += id;
        }
      }
      assertThat(idSum).isEqualTo(49_999L * 50_000 / 2);
    }
  }

  /** Counts the Arrow bytes of every ExecutePlan response the session receives. */
  private record ArrowBytes(AtomicLong total) implements ClientInterceptor {
    @Override
    public <Q, A> ClientCall<Q, A> interceptCall(MethodDescriptor<Q, A> method, CallOptions options, Channel next) {
      return new ForwardingClientCall.SimpleForwardingClientCall<>(next.newCall(method, options)) {
        @Override
        public void start(Listener<A> listener, io.grpc.Metadata headers) {
          super.start(new ForwardingClientCallListener.SimpleForwardingClientCallListener<>(listener) {
            @Override
            public void onMessage(A message) {
              if (message instanceof ExecutePlanResponse response && response.hasArrowBatch()) {
                total.addAndGet(response.getArrowBatch().getData().size());
              }
              super.onMessage(message);
            }
          }, headers);
        }
      };
    }
  }
}
