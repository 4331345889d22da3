package dev.sparkconnect.benchmarks.servers;

import dev.sparkconnect.proto.ExecutePlanRequest;
import dev.sparkconnect.proto.ExecutePlanResponse;
import dev.sparkconnect.proto.SparkConnectServiceGrpc;
import io.grpc.Server;
import io.grpc.netty.shaded.io.grpc.netty.NettyServerBuilder;
import io.grpc.stub.StreamObserver;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The floor a mock server over TCP is measured against: a bare grpc-java server on loopback whose
 * ExecutePlan streams the same responses, built once, to every call. It looks nothing up, checks
 * nothing and keeps nothing, so what it costs is gRPC and the transport alone.
 */
public final class BareExecutePlanServer implements AutoCloseable {

  private final Server server;

  private BareExecutePlanServer(Server server) {
    this.server = server;
  }

  /** Starts on a free loopback port, answering every ExecutePlan with {@code responses}. */
  public static BareExecutePlanServer start(List<ExecutePlanResponse> responses) {
    List<ExecutePlanResponse> answer = List.copyOf(responses);
    SparkConnectServiceGrpc.SparkConnectServiceImplBase service = new SparkConnectServiceGrpc.SparkConnectServiceImplBase() {
      @Override
      public void executePlan(ExecutePlanRequest request, StreamObserver<ExecutePlanResponse> observer) {
        for (ExecutePlanResponse response : answer) {
          observer.onNext(response);
        }
        observer.onCompleted();
      }
    };
    try {
      return new BareExecutePlanServer(NettyServerBuilder
          .forAddress(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))
          .addService(service).build().start());
    } catch (IOException e) {
      throw new UncheckedIOException("the bare gRPC server cannot listen on loopback", e);
    }
  }

  /** The {@code sc://} address of this server. */
  public String remote() {
    return "sc://" + InetAddress.getLoopbackAddress().getHostAddress() + ":" + server.getPort();
  }

  @Override
  public void close() {
    server.shutdownNow();
    try {
      server.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
