package dev.sparkconnect.mock.record;

import dev.sparkconnect.fixtures.Fixture;
import dev.sparkconnect.fixtures.FixtureStore;
import dev.sparkconnect.fixtures.FixtureWriter;
import dev.sparkconnect.mock.Fault;
import dev.sparkconnect.mock.FaultHeader;
import dev.sparkconnect.mock.FaultSchedule;
import dev.sparkconnect.mock.FaultableServer;
import dev.sparkconnect.mock.Journal;
import dev.sparkconnect.mock.JournalingInterceptor;
import dev.sparkconnect.protocol.rpc.DeepMessages;
import io.grpc.ClientInterceptors;
import io.grpc.ManagedChannel;
import io.grpc.Server;
import io.grpc.ServerInterceptors;
import io.grpc.netty.shaded.io.grpc.netty.NettyServerBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sits between any Spark Connect client and a real server, forwards every call both ways, and
 * records each ExecutePlan and AnalyzePlan as a {@link Fixture}: written to a folder for review
 * and replay, and kept in a {@link FixtureStore}.
 *
 * <pre>{@code
 * try (RecordingProxy proxy = RecordingProxy.builder()
 *         .target("sc://localhost:15002")
 *         .recordTo(Path.of("src/test/resources/spark-connect/orders"))
 *         .start();
 *      SparkSession spark = SparkSession.builder().remote(proxy.remote()).create()) {
 *   spark.table("orders").groupBy("status").count().collectAsList();
 * }
 * }</pre>
 *
 * <p>Headers pass through untouched, so a client's bearer token reaches the server; it is never
 * written down. Faults armed with {@link #inject} apply to the forwarded streams as they do on the
 * mock server, which lets a test break a live stream from a real server; injected failures are
 * never recorded.
 */
public final class RecordingProxy implements FaultableServer, AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(RecordingProxy.class);

  private final Target target;
  private final Path folder;
  private final FixtureStore store;
  private final int requestedPort;
  private final boolean detectVolatileColumns;
  private final boolean networkFaults;
  private dev.sparkconnect.mock.network.FaultyNetwork network;
  private final FaultSchedule faults = new FaultSchedule();
  private final Journal journal = new Journal();
  private final List<Fixture> recorded = new CopyOnWriteArrayList<>();
  private final List<Fixture> answers = new CopyOnWriteArrayList<>();
  private final List<String> conflicts = new CopyOnWriteArrayList<>();
  /** How many times this recording asked each question, so that a conflict is with its own recording, not a preloaded one. */
  private final java.util.Map<String, Integer> askings = new java.util.HashMap<>();
  /** The last answer this recording kept for each question. */
  private final java.util.Map<String, Fixture> lastAnswers = new java.util.HashMap<>();
  private ManagedChannel upstream;
  private ForwardingService service;
  private Server server;

  private RecordingProxy(Builder builder) {
    this.target = Objects.requireNonNull(builder.target, "target: call target(\"sc://host:port\") first");
    this.folder = builder.folder;
    this.store = builder.store == null ? FixtureStore.empty() : builder.store;
    this.requestedPort = builder.port;
    this.detectVolatileColumns = builder.detectVolatileColumns;
    this.networkFaults = builder.networkFaults;
  }

  /**
   * A builder for a proxy: {@code RecordingProxy.builder().target("sc://host:15002").folder(dir).start()}.
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Connects to the target and listens; returns this proxy. */
  public synchronized RecordingProxy start() {
    upstream = target.channel();
    io.grpc.Channel toServer = target.token() == null ? upstream
        : ClientInterceptors.intercept(upstream, new DefaultToken(target.token()));
    ForwardedHeaders headers = new ForwardedHeaders();
    service = new ForwardingService(ClientInterceptors.intercept(toServer, headers), faults, this::save,
        detectVolatileColumns);
    try {
      server = NettyServerBuilder.forAddress(new InetSocketAddress("localhost", networkFaults ? 0 : requestedPort))
          .maxInboundMessageSize(128 * 1024 * 1024)
          .addService(DeepMessages.serverDefinition(ServerInterceptors.intercept(service, new FaultHeader(), headers,
              new JournalingInterceptor(journal))))
          .build()
          .start();
    } catch (IOException e) {
      upstream.shutdownNow();
      throw new UncheckedIOException("the recording proxy cannot listen on port " + requestedPort, e);
    }
    if (networkFaults) {
      network = dev.sparkconnect.mock.network.FaultyNetwork.inFrontOf(new InetSocketAddress("localhost",
          server.getPort()), new InetSocketAddress("localhost", requestedPort));
    }
    LOG.info("Recording proxy on port {} forwards to {}{}", port(), target,
        folder == null ? "" : " and writes fixtures to " + folder);
    return this;
  }

  /** The {@code sc://} string for clients (without TLS: the proxy listens on the loopback interface). */
  @Override
  public String remote() {
    return "sc://localhost:" + port();
  }

  /** The port the proxy listens on; the one picked at start when the builder asked for port 0. */
  public int port() {
    if (server == null) {
      throw new IllegalStateException("start() the proxy first");
    }
    return network != null ? network.port() : server.getPort();
  }

  /**
   * The faulty network clients reach the proxy through, when built with
   * {@link Builder#networkFaults()}: its faults break the real server's answers on their way to
   * the client, below gRPC.
   */
  @Override
  public dev.sparkconnect.mock.network.FaultyNetwork network() {
    if (network == null) {
      throw new IllegalStateException("this recording proxy has no faulty network in front of it; build it with"
          + " RecordingProxy.builder().networkFaults()");
    }
    return network;
  }

  /** The fixtures recorded so far, in the order they completed. */
  public List<Fixture> recorded() {
    return List.copyOf(recorded);
  }

  /**
   * Every answer the server gave through this proxy so far, in the order they completed, each
   * numbered by its asking ({@link Fixture#occurrence()}), those answered as the asking before
   * included: what VERIFY compares with the fixtures, so that an answer recorded as changed is
   * checked even when the server now answers as before.
   */
  public List<Fixture> answers() {
    return List.copyOf(answers);
  }

  /**
   * Interactions that could not be recorded (the client got its answer all the same); a test
   * should assert this is empty.
   */
  public List<RuntimeException> failures() {
    return service == null ? List.of() : service.failures();
  }

  /** The store every recording is added to. */
  public FixtureStore store() {
    return store;
  }

  /**
   * Arms a fault on the forwarded result streams (ExecutePlan and ReattachExecute); see
   * {@link Fault}. Faults on other RPCs never fire here.
   */
  @Override
  public RecordingProxy inject(Fault fault) {
    faults.add(java.util.Objects.requireNonNull(fault, "fault"));
    return this;
  }

  /** Disarms every fault armed with {@link #inject}, fired or not. */
  @Override
  public void clearFaults() {
    faults.clear();
  }

  /** The armed faults that have yet to fire, described; empty once every one-shot fault has fired. */
  @Override
  public List<String> pendingFaults() {
    return faults.pending();
  }

  @Override
  public List<String> unfiredFaults() {
    return faults.unfired();
  }

  /** Every request forwarded so far (headers, and so tokens, never). */
  @Override
  public Journal journal() {
    return journal;
  }

  /**
   * A difference that no volatile value or row order explains: success against failure, another
   * error, another schema, another number of rows.
   */
  private static boolean isShapeOrOutcome(dev.sparkconnect.mock.verify.Difference difference) {
    return List.of("outcome", "schema", "row count", "rpc").contains(difference.where())
        || difference.where().startsWith("sql command result");
  }

  /**
   * The questions the server answered two ways during this recording, each described. Every later
   * answer is kept and replayed in the order of asking ({@link Fixture#occurrence()}), so a replay
   * that asks in the same order gets what the recording saw; what the order alone cannot tell (two
   * sessions asking the same question in another order, one with a temporary view the other lacks)
   * is worth knowing. For executions, only a different outcome, schema or row count is listed
   * (values may be volatile, such as {@code rand()}); for analyses, any difference.
   */
  public List<String> conflicts() {
    return List.copyOf(conflicts);
  }

  /**
   * One at a time: two sessions asking the same question must not write the same folder at once.
   * The n-th asking of a question answered differently from the asking before it is kept as the
   * n-th answer ({@link Fixture#occurrence()}), replayed in order; one answered as before is not
   * written again.
   */
  private synchronized void save(Fixture answer) {
    String question = answer.questionKey();
    int asking = askings.merge(question, 1, Integer::sum);
    answers.add(asking == 1 ? answer : answer.withOccurrence(asking));
    Fixture fixture = answer;
    if (asking > 1) {
      Fixture before = lastAnswers.get(question);
      if (before.sameAnswerAs(answer)) {
        return;
      }
      fixture = answer.withOccurrence(asking);
      List<dev.sparkconnect.mock.verify.Difference> differences =
          dev.sparkconnect.mock.verify.FixtureComparison.differences(before, answer);
      if (differences.stream().anyMatch(difference -> answer.rpc() == Fixture.Rpc.ANALYZE_PLAN
          || isShapeOrOutcome(difference))) {
        String conflict = answer.name() + " was answered two ways; asking " + asking + " is kept as answer "
            + asking + " and replayed in order: " + differences.stream().filter(difference ->
                answer.rpc() == Fixture.Rpc.ANALYZE_PLAN || isShapeOrOutcome(difference)).findFirst().orElseThrow();
        conflicts.add(conflict);
        LOG.info("Recording: {}", conflict);
      }
    }
    lastAnswers.put(question, fixture);
    store.add(fixture);
    recorded.add(fixture);
    if (folder != null) {
      Path written = FixtureWriter.write(folder, fixture);
      LOG.debug("Recorded {}", written);
    }
  }

  @Override
  public synchronized void close() {
    if (network != null) {
      network.close();
    }
    if (server != null) {
      server.shutdownNow();
      upstream.shutdownNow();
      try {
        server.awaitTermination(5, TimeUnit.SECONDS);
        upstream.awaitTermination(5, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** How to build a {@link RecordingProxy}. */
  public static final class Builder {
    private Target target;
    private Path folder;
    private FixtureStore store;
    private int port;
    private boolean detectVolatileColumns;
    private boolean networkFaults;

    private Builder() {}

    /**
     * Puts a {@link dev.sparkconnect.mock.network.FaultyNetwork} in front of the proxy: clients
     * connect to {@link RecordingProxy#port()} as always, through a relay whose bytes
     * {@link RecordingProxy#network()} can delay, throttle, slice, swallow, reset or corrupt.
     */
    public Builder networkFaults() {
      this.networkFaults = true;
      return this;
    }

    /** The real server, as an {@code sc://} string (TLS and token honoured). */
    public Builder target(String remote) {
      this.target = Target.parse(remote);
      return this;
    }

    /** Writes every recording under this folder (one sub-folder per fixture). */
    public Builder recordTo(Path folder) {
      this.folder = Objects.requireNonNull(folder, "folder");
      return this;
    }

    /** Adds every recording to this store too, for example one a mock server serves. */
    public Builder store(FixtureStore store) {
      this.store = Objects.requireNonNull(store, "store");
      return this;
    }

    /**
     * Runs each recorded query (not command) a second time and marks the result's columns whose
     * values changed ({@code rand()}, {@code current_timestamp()}, {@code uuid()}) as volatile in
     * its fixture, so that VERIFY does not compare them. Doubles the queries' time; off by default.
     */
    public Builder detectVolatileColumns(boolean detect) {
      this.detectVolatileColumns = detect;
      return this;
    }

    /** The port to listen on; 0 (the default) picks a free one. */
    public Builder port(int port) {
      this.port = port;
      return this;
    }

    /** Builds the proxy, connects it to the target and starts listening. */
    public RecordingProxy start() {
      return new RecordingProxy(this).start();
    }
  }
}
