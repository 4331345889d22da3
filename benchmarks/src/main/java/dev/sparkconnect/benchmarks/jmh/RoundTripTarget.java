package dev.sparkconnect.benchmarks.jmh;

import dev.sparkconnect.benchmarks.BenchmarkProperties;
import dev.sparkconnect.benchmarks.RecordedShapes;
import dev.sparkconnect.benchmarks.Shape;
import dev.sparkconnect.benchmarks.clients.RawExecutions;
import dev.sparkconnect.benchmarks.servers.BareExecutePlanServer;
import dev.sparkconnect.fixtures.Fixture;
import dev.sparkconnect.mock.MockSparkConnectServer;
import io.grpc.ManagedChannel;
import io.grpc.inprocess.InProcessChannelBuilder;

/** Where round-trip benchmarks send their ExecutePlans: the mock, a bare gRPC server, or Spark. */
public enum RoundTripTarget {
  /** The mock server over grpc-java's in-process transport. */
  MOCK_IN_PROCESS,
  /** The mock server over loopback TCP. */
  MOCK_TCP,
  /** A bare grpc-java server streaming the same responses, built once, over loopback TCP: the floor. */
  BARE_GRPC_TCP,
  /** The real local Spark Connect server over loopback TCP. */
  REAL_SERVER_TCP;

  /** A running target: channels to it, and what to stop afterwards. */
  public interface Endpoint extends AutoCloseable {
    /** A new channel to the target (each client its own). */
    ManagedChannel channel();

    @Override
    void close();
  }

  /** Starts the target, serving the recorded ten-row result {@code small}. */
  public Endpoint start(Fixture small) {
    return switch (this) {
      case MOCK_IN_PROCESS -> {
        String name = "round-trips-" + System.nanoTime();
        MockSparkConnectServer mock = mock().inProcess(name).start();
        yield endpoint(() -> InProcessChannelBuilder.forName(name).build(), mock);
      }
      case MOCK_TCP -> {
        MockSparkConnectServer mock = mock().port(0).start();
        yield endpoint(() -> RawExecutions.channelTo(mock.remote()), mock);
      }
      case BARE_GRPC_TCP -> {
        BareExecutePlanServer bare = BareExecutePlanServer.start(small.responses());
        yield endpoint(() -> RawExecutions.channelTo(bare.remote()), bare);
      }
      case REAL_SERVER_TCP -> endpoint(() -> RawExecutions.channelTo(BenchmarkProperties.realServer()), () -> { });
    };
  }

  private static MockSparkConnectServer.Builder mock() {
    return MockSparkConnectServer.builder().fixtures(RecordedShapes.folderOf(BenchmarkProperties.fixtures(), Shape.SMALL));
  }

  private static Endpoint endpoint(java.util.function.Supplier<ManagedChannel> channels, AutoCloseable server) {
    return new Endpoint() {
      @Override
      public ManagedChannel channel() {
        return channels.get();
      }

      @Override
      public void close() {
        try {
          server.close();
        } catch (Exception e) {
          throw new IllegalStateException("stopping the round-trip target failed", e);
        }
      }
    };
  }
}
