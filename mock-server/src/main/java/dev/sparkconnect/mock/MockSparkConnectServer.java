package dev.sparkconnect.mock;

import dev.sparkconnect.fixtures.FixtureStore;
import dev.sparkconnect.proto.Plan;
import dev.sparkconnect.proto.Relation;
import dev.sparkconnect.protocol.plans.SqlCommands;
import dev.sparkconnect.protocol.rpc.DeepMessages;
import io.grpc.Server;
import io.grpc.ServerInterceptors;
import io.grpc.inprocess.InProcessServerBuilder;
import io.grpc.netty.shaded.io.grpc.netty.NettyServerBuilder;
import io.grpc.netty.shaded.io.netty.channel.ChannelOption;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * A Spark Connect server without Spark: it answers from recorded fixtures and from stubs written in
 * code, keeps sessions, operations and reattach buffers as Spark does, breaks on purpose when a
 * test asks it to, and journals every request. Any Spark Connect client can talk to it.
 *
 * <pre>{@code
 * try (MockSparkConnectServer server = MockSparkConnectServer.builder()
 *         .fixtures(Path.of("src/test/resources/spark-connect"))
 *         .build()
 *         .start()) {
 *   server.stubSql("SELECT 1 AS one").returns("one INT", new Object[] {1});
 *   server.inject(Fault.unavailable().afterResponses(1));
 *   try (SparkSession spark = SparkSession.builder().remote(server.remote()).create()) {
 *     spark.sql("SELECT 1 AS one").collectAsList();
 *   }
 *   assertThat(server.journal().reattachCount()).isEqualTo(1);
 * }
 * }</pre>
 *
 * <p>It listens on a TCP port of the loopback interface (a free one unless {@link Builder#port} says
 * otherwise), and in-process for clients in the same JVM: {@link #remote()} is the {@code sc://}
 * string to give any client, {@link #inProcessChannel()} a channel for one in this JVM, which skips
 * the network stack (the fastest way to a first answer:
 * {@code SparkSession.builder().channelBuilder(server::inProcessChannel)}). A free port is opened
 * the first time someone asks for it ({@link #remote()}, {@link #port()}), so a server only ever
 * reached in-process never opens one. {@link Builder#inProcess} makes a server without a port.
 */
public final class MockSparkConnectServer implements FaultableServer, AutoCloseable {

  /** When a reattachable stream is cut so the client must reattach, as Spark's senderMaxStream settings do. */
  record StreamLimits(int maxResponses, long maxBytes, Duration maxDuration) {
    boolean reached(int responses, long bytes, long elapsedNanos) {
      return (maxResponses > 0 && responses >= maxResponses)
          || (maxBytes > 0 && bytes >= maxBytes)
          || (maxDuration != null && elapsedNanos >= maxDuration.toNanos());
    }
  }

  private final Builder options;
  private final Answers answers;
  private final FaultSchedule faults = new FaultSchedule();
  private final Journal journal;
  private volatile Sessions sessions;
  private final MockSparkConnectService service;
  /** The TCP server, once listening; null before, and always for a server built in-process only. */
  private Server grpcServer;
  private volatile Server inProcessServer;
  /** The in-process name: the builder's, or a unique one. */
  private final String inProcessName;
  private int port = -1;
  /** The port gRPC listens on: {@link #port} itself, or behind the faulty network, one of its own. */
  private int grpcPort = -1;
  private dev.sparkconnect.mock.network.FaultyNetwork network;
  private volatile boolean closed;

  private MockSparkConnectServer(Builder options) {
    this.options = options;
    this.inProcessName = options.inProcessName != null ? options.inProcessName
        : "spark-connect-mock-" + UUID.randomUUID();
    this.answers = new Answers(options.fixtures == null ? FixtureStore.empty() : options.fixtures, options.sparkVersion);
    this.sessions = new Sessions(SessionConfig.sparkDefaults());
    this.journal = new Journal(options.journalLimit, options.journalBytes);
    this.service = new MockSparkConnectService(this);
  }

  /**
   * A builder for a server: {@code MockSparkConnectServer.builder().fixtures(dir).start()}, or
   * {@code build()} and start it later.
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Starts listening; returns this server for chaining. */
  public synchronized MockSparkConnectServer start() {
    if (inProcessServer != null) {
      throw new IllegalStateException("the mock server is already started");
    }
    if (options.networkFaults && options.inProcessName != null) {
      throw new IllegalStateException("an in-process mock server has no network to break; networkFaults() needs a"
          + " TCP port");
    }
    inProcessServer = listenInProcess();
    if (options.networkFaults || options.port != 0) {
      try {
        listenOnPort();
      } catch (RuntimeException e) {
        // Nothing half-started stays behind: the caller has no server to close.
        inProcessServer.shutdownNow();
        inProcessServer = null;
        throw e;
      }
    }
    long sessionIdle = options.sessionIdleTimeout.toNanos();
    long operationIdle = options.operationIdleTimeout.toNanos();
    long every = Math.max(TimeUnit.MILLISECONDS.toNanos(10),
        Math.min(TimeUnit.SECONDS.toNanos(10), Math.min(sessionIdle, operationIdle) / 4));
    expiry = EXPIRY.scheduleWithFixedDelay(() -> sessions().expire(sessionIdle, operationIdle), every, every,
        TimeUnit.NANOSECONDS);
    return this;
  }

  /** One daemon thread ends idle sessions and operations for every mock server of the JVM. */
  private static final java.util.concurrent.ScheduledExecutorService EXPIRY =
      java.util.concurrent.Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "spark-connect-mock-expiry");
        thread.setDaemon(true);
        return thread;
      });
  private java.util.concurrent.ScheduledFuture<?> expiry;
  private final ArtifactFiles artifactFiles = new ArtifactFiles();

  /** Where uploaded artifacts are written. */
  ArtifactFiles artifactFiles() {
    return artifactFiles;
  }

  /**
   * Opens the TCP port (and the faulty network in front of it) if not yet done, for a server that
   * has one: a free port is opened when first asked for.
   */
  private synchronized void listenOnPort() {
    checkStarted();
    if (grpcServer != null || options.inProcessName != null) {
      return;
    }
    if (closed) {
      throw new IllegalStateException("the mock server is closed");
    }
    Server listening = listen(options.networkFaults ? 0 : options.port);
    int listeningPort = listening.getPort();
    if (options.networkFaults) {
      try {
        network = dev.sparkconnect.mock.network.FaultyNetwork.inFrontOf(
            new InetSocketAddress(options.host, listeningPort), new InetSocketAddress(options.host, options.port));
      } catch (RuntimeException e) {
        listening.shutdownNow();
        throw e;
      }
    }
    grpcServer = listening;
    grpcPort = listeningPort;
    port = network != null ? network.port() : listeningPort;
  }

  private io.grpc.ServerServiceDefinition serviceDefinition() {
    return DeepMessages.serverDefinition(ServerInterceptors.intercept(service, new FaultHeader(),
        new JournalingInterceptor(journal), new RequiredToken(options.token)));
  }

  private Server listenInProcess() {
    try {
      return InProcessServerBuilder.forName(inProcessName).addService(serviceDefinition())
          .fallbackHandlerRegistry(new UnknownMethods(options.sparkVersion, new RequiredToken(options.token)))
          .build().start();
    } catch (IOException e) {
      throw new UncheckedIOException("the mock Spark Connect server cannot listen on in-process name "
          + inProcessName + " (another server of this JVM has it)", e);
    }
  }

  private Server listen(int onPort) {
    var definition = serviceDefinition();
    try {
      NettyServerBuilder builder = NettyServerBuilder.forAddress(new InetSocketAddress(options.host, onPort))
          .withOption(ChannelOption.SO_REUSEADDR, true)
          .maxInboundMessageSize(options.maxInboundMessageSize)
          .addService(definition)
          .fallbackHandlerRegistry(new UnknownMethods(options.sparkVersion, new RequiredToken(options.token)));
      if (options.certificateChain != null) {
        builder.useTransportSecurity(options.certificateChain, options.privateKey);
      }
      return builder.build().start();
    } catch (IOException e) {
      throw new UncheckedIOException("the mock Spark Connect server cannot listen on " + options.host + ":" + onPort,
          e);
    }
  }

  /**
   * The {@code sc://} string for a client; it holds no token, which the test passes itself. A free
   * port is opened the first time this (or {@link #port()}) is called.
   */
  @Override
  public String remote() {
    requirePort();
    return "sc://" + options.host + ":" + port + (options.certificateChain != null ? "/;use_ssl=true" : "");
  }

  /** The TCP port, once started (a free port is opened the first time this is asked). */
  public int port() {
    requirePort();
    return port;
  }

  private void requirePort() {
    if (options.inProcessName != null) {
      throw new IllegalStateException("an in-process mock server has no port or sc:// address; connect with "
          + "SparkSession.builder().channelBuilder(server::inProcessChannel) (or grpc-java's "
          + "InProcessChannelBuilder.forName(\"" + options.inProcessName + "\"))");
    }
    listenOnPort();
  }

  /**
   * A new channel builder to this server through grpc-java's in-process transport, for a client in
   * this JVM: no socket, no HTTP/2, no TLS. Every call lands in the same sessions, journal, faults
   * and fixtures as calls over the port; faults of the network itself ({@link #dropConnections()},
   * {@link #network()}) need the port. Give it to a session with
   * {@code SparkSession.builder().channelBuilder(server::inProcessChannel)}.
   *
   * <p>What only a wire checks is not checked in-process: responses reach the client as the objects
   * the mock built, so a client's message size limit does not apply to them. Metadata keeps the
   * 8 KiB limit of grpc-java's Netty transport.
   */
  public io.grpc.ManagedChannelBuilder<?> inProcessChannel() {
    checkStarted();
    return io.grpc.inprocess.InProcessChannelBuilder.forName(inProcessName).maxInboundMetadataSize(8192);
  }

  /**
   * The faulty network clients reach this server through, when built with
   * {@link Builder#networkFaults()}: add {@link dev.sparkconnect.mock.network.NetworkFault}s to it
   * to delay, throttle, slice, swallow, reset or corrupt the bytes of their connections.
   */
  @Override
  public dev.sparkconnect.mock.network.FaultyNetwork network() {
    checkStarted();
    if (options.networkFaults) {
      listenOnPort();
    }
    if (network == null) {
      throw new IllegalStateException("this mock server has no faulty network in front of it; build it with"
          + " MockSparkConnectServer.builder().networkFaults()");
    }
    return network;
  }

  /**
   * The last requests ({@value Answers#UNMATCHED_KEPT} at most) that no stub or recording
   * answered, oldest first, each with its near-miss report.
   */
  public java.util.List<UnmatchedRequest> unmatchedRequests() {
    return answers.unmatched();
  }

  /** Adds the fixtures under {@code folder} (at any depth) to those served; returns how many. */
  public int loadFixtures(Path folder) {
    java.util.List<dev.sparkconnect.fixtures.Fixture> loaded = FixtureStore.load(folder).all();
    loaded.forEach(answers.fixtures::add);
    return loaded.size();
  }

  /** Serves no recorded fixture any more (stubs stay). */
  public void clearFixtures() {
    answers.fixtures.clear();
  }

  /** Removes every stub (recorded fixtures stay). */
  public void clearStubs() {
    answers.stubs.clear();
  }

  /**
   * Back to a fresh start without a restart: faults disarmed, stubs removed, the journal and the
   * unmatched requests forgotten, the count of askings of each question back at zero (so answers
   * recorded in order start again from the first), and the faulty network (if any) healthy again.
   * Fixtures and sessions stay.
   */
  public void reset() {
    clearFaults();
    clearStubs();
    journal.clear();
    answers.forgetUnmatched();
    answers.forgetAskings();
    if (network != null) {
      network.clear();
    }
  }

  /**
   * The name the server listens under in-process (grpc-java's {@code InProcessChannelBuilder.forName}):
   * the builder's for a server in-process only, a unique one otherwise.
   */
  public String inProcessName() {
    return inProcessName;
  }

  /** The recorded answers the server replays; fixtures may be added while it runs. */
  public FixtureStore fixtures() {
    return answers.fixtures;
  }

  /** Answers {@code plan} from code; see {@link Stubbing}. */
  public Stubbing stub(Plan plan) {
    return new Stubbing(Objects.requireNonNull(plan, "plan"), answers.stubs);
  }

  /** Answers the plan whose root is {@code relation}, such as a client DataFrame's plan. */
  public Stubbing stub(Relation relation) {
    return stub(Plan.newBuilder().setRoot(relation).build());
  }

  /** Answers {@code spark.sql(query)} (the SqlCommand and the query it returns) from code. */
  public Stubbing stubSql(String query) {
    return stub(SqlCommands.queryRelation(query));
  }

  /** Arms a fault; see {@link Fault}. */
  @Override
  public MockSparkConnectServer inject(Fault fault) {
    faults.add(Objects.requireNonNull(fault, "fault"));
    return this;
  }

  /** Disarms every fault. */
  @Override
  public void clearFaults() {
    faults.clear();
  }

  /** The armed faults that have yet to fire, described; empty once every one-shot fault has fired. */
  @Override
  public java.util.List<String> pendingFaults() {
    return faults.pending();
  }

  @Override
  public java.util.List<String> unfiredFaults() {
    return faults.unfired();
  }

  /** Every request received so far. */
  @Override
  public Journal journal() {
    return journal;
  }

  /** The Spark version this server claims to be. */
  public String sparkVersion() {
    return options.sparkVersion;
  }

  /**
   * Restarts the server's state as a driver restart would: every session, operation and reattach
   * buffer is gone and sessions get new server-side ids, so clients that knew the old ones are
   * told so. Fixtures, stubs, faults and the journal stay.
   */
  public void restart() {
    sessions = new Sessions(SessionConfig.sparkDefaults());
  }

  /** How long a dropped connection lingers for the faulted call's failure to reach its client. */
  private static final long DROP_GRACE_MILLIS = 100;

  /**
   * Closes every client connection at once, as a network failure would, and listens again on the
   * same port as soon as the operating system gives it back (clients retrying meanwhile see
   * connection refused, then reconnect); sessions survive. In-process servers only fail the calls
   * in flight. Safe to call from inside a call, as a fault does.
   */
  public void dropConnections() {
    Server old;
    synchronized (this) {
      if (options.inProcessName != null || grpcServer == null || closed) {
        return;
      }
      old = grpcServer;
      // Stop listening at once; the connections go a moment later, so that the failure the faulted
      // call was just given (UNAVAILABLE) reaches its client before the connection is cut (cut
      // first, gRPC would reset the stream and the client would see CANCELLED instead).
      old.shutdown();
    }
    Thread rebind = new Thread(() -> {
      try {
        Thread.sleep(DROP_GRACE_MILLIS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      old.shutdownNow();
      listenAgain(old);
    }, "spark-connect-mock-rebind");
    rebind.setDaemon(true);
    rebind.start();
  }

  private void listenAgain(Server old) {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (true) {
      synchronized (this) {
        if (closed || grpcServer != old) {
          return;
        }
        try {
          grpcServer = listen(grpcPort);
          return;
        } catch (UncheckedIOException stillBound) {
          if (System.nanoTime() > deadline) {
            org.slf4j.LoggerFactory.getLogger(MockSparkConnectServer.class).error(
                "The mock server could not listen again on port {} after dropping its connections", grpcPort, stillBound);
            return;
          }
        }
      }
      try {
        Thread.sleep(2);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  @Override
  public synchronized void close() {
    closed = true;
    if (expiry != null) {
      expiry.cancel(false);
    }
    artifactFiles.close();
    if (network != null) {
      network.close();
    }
    for (Server server : new Server[] {grpcServer, inProcessServer}) {
      if (server != null) {
        server.shutdownNow();
        try {
          server.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
    }
  }

  Answers answers() {
    return answers;
  }

  FaultSchedule faults() {
    return faults;
  }

  Sessions sessions() {
    return sessions;
  }

  StreamLimits streamLimits() {
    return options.streamLimits;
  }

  private void checkStarted() {
    if (inProcessServer == null) {
      throw new IllegalStateException("start() the mock server first");
    }
  }

  @Override
  public String toString() {
    return "MockSparkConnectServer[" + (options.inProcessName != null ? "in-process " + options.inProcessName
        : options.host + ":" + (inProcessServer == null ? "not started" : port < 0 ? "no port opened yet" : port))
        + ", " + answers.fixtures.size() + " fixtures]";
  }

  /** How to build a {@link MockSparkConnectServer}; every setting has a default. */
  public static final class Builder {
    private FixtureStore fixtures;
    private String host = "localhost";
    private int port;
    private String inProcessName;
    private File certificateChain;
    private File privateKey;
    private String token;
    private String sparkVersion = "4.2.0";
    private int maxInboundMessageSize = 128 * 1024 * 1024;
    private StreamLimits streamLimits = new StreamLimits(0, 0, null);
    private int journalLimit = Journal.DEFAULT_LIMIT;
    private long journalBytes = Journal.DEFAULT_BYTES;
    private Duration operationIdleTimeout = Duration.ofMinutes(5);
    private Duration sessionIdleTimeout = Duration.ofMinutes(60);
    private boolean networkFaults;

    private Builder() {}

    /**
     * Puts a {@link dev.sparkconnect.mock.network.FaultyNetwork} in front of the server: clients
     * connect to {@link MockSparkConnectServer#port()} as always, through a relay whose bytes
     * {@link MockSparkConnectServer#network()} can delay, throttle, slice, swallow, reset or corrupt.
     * A TCP server only; a healthy network costs a copy of every byte and two threads a connection.
     */
    public Builder networkFaults() {
      this.networkFaults = true;
      return this;
    }

    /** How many bytes of requests the journal keeps ({@link Journal#DEFAULT_BYTES} by default); the oldest go first. */
    public Builder journalBytes(long bytes) {
      if (bytes < 1) {
        throw new IllegalArgumentException("the journal keeps at least 1 byte of requests, not " + bytes);
      }
      this.journalBytes = bytes;
      return this;
    }

    /**
     * How long an operation no client streams, reattaches to or releases is kept for a reattach;
     * 5 minutes by default, as Spark's {@code spark.connect.execute.manager.detachedTimeout}.
     */
    public Builder operationIdleTimeout(Duration timeout) {
      this.operationIdleTimeout = positive(timeout, "operation idle timeout");
      return this;
    }

    /**
     * How long a session no request names is kept; 60 minutes by default, as Spark's
     * {@code spark.connect.session.manager.defaultSessionTimeout}. An expired session is closed:
     * its id answers {@code INVALID_HANDLE.SESSION_CLOSED}.
     */
    public Builder sessionIdleTimeout(Duration timeout) {
      this.sessionIdleTimeout = positive(timeout, "session idle timeout");
      return this;
    }

    private static Duration positive(Duration duration, String what) {
      if (duration == null || duration.isNegative() || duration.isZero()) {
        throw new IllegalArgumentException("the " + what + " must be positive, not " + duration);
      }
      return duration;
    }

    /**
     * How many requests the journal keeps ({@value Journal#DEFAULT_LIMIT} by default); the oldest
     * go first and {@link Journal#dropped()} counts them. {@code Integer.MAX_VALUE} keeps the full
     * history, for a test that needs every request of a long run.
     */
    public Builder journalLimit(int requests) {
      if (requests < 1) {
        throw new IllegalArgumentException("the journal keeps at least 1 request, not " + requests);
      }
      this.journalLimit = requests;
      return this;
    }

    /**
     * Serves the fixtures under this folder (at any depth).
     *
     * @throws IllegalArgumentException naming the folder (and where a relative one was looked for)
     *     when it does not exist: a mistyped path must not silently serve nothing
     */
    public Builder fixtures(Path folder) {
      if (!java.nio.file.Files.isDirectory(folder)) {
        throw new IllegalArgumentException("The fixtures folder " + folder + " does not exist"
            + (folder.isAbsolute() ? "" : " (looked for at " + folder.toAbsolutePath() + ")")
            + ": record fixtures into it first, or pass the folder that holds them");
      }
      this.fixtures = FixtureStore.load(folder);
      return this;
    }

    /** Serves the fixtures under a classpath folder, such as {@code "spark-connect/samples"}. */
    public Builder fixturesFromClasspath(String resource) {
      this.fixtures = FixtureStore.fromClasspath(resource);
      return this;
    }

    /** Serves (and shares) this store, for example one a recording fills. */
    public Builder fixtures(FixtureStore store) {
      this.fixtures = Objects.requireNonNull(store, "store");
      return this;
    }

    /** The TCP port; 0 (the default) picks a free one. */
    public Builder port(int port) {
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("port must be 0 (any free port) to 65535, not " + port);
      }
      this.port = port;
      return this;
    }

    /** The interface to listen on; {@code localhost} by default, {@code 0.0.0.0} for every interface. */
    public Builder host(String host) {
      this.host = Objects.requireNonNull(host, "host");
      return this;
    }

    /** Listens only in-process under this name (grpc-java's in-process transport), no port at all. */
    public Builder inProcess(String name) {
      this.inProcessName = Objects.requireNonNull(name, "name");
      return this;
    }

    /** Listens in-process under a fresh unique name. */
    public Builder inProcess() {
      return inProcess("spark-connect-mock-" + UUID.randomUUID());
    }

    /** Serves TLS with this PEM certificate chain and PKCS#8 PEM private key. */
    public Builder tls(File certificateChain, File privateKey) {
      this.certificateChain = Objects.requireNonNull(certificateChain, "certificateChain");
      this.privateKey = Objects.requireNonNull(privateKey, "privateKey");
      return this;
    }

    /** Requires {@code Authorization: Bearer <token>} on every call; others get UNAUTHENTICATED. */
    public Builder requireToken(String token) {
      if (token == null || token.isEmpty()) {
        throw new IllegalArgumentException("the required token must not be empty");
      }
      this.token = token;
      return this;
    }

    /** The version answered to {@code AnalyzePlan(spark_version)} when no recording says otherwise. */
    public Builder sparkVersion(String version) {
      this.sparkVersion = Objects.requireNonNull(version, "version");
      return this;
    }

    /**
     * Cuts reattachable streams after this many responses, bytes or this long, as Spark's
     * {@code senderMaxStreamSize} and {@code senderMaxStreamDuration} do; 0 or null: never.
     */
    public Builder cutStreamsAfter(int responses, long bytes, Duration duration) {
      this.streamLimits = new StreamLimits(responses, bytes, duration);
      return this;
    }

    /** The largest request accepted, 128 MiB by default as in Spark. */
    public Builder maxInboundMessageSize(int bytes) {
      this.maxInboundMessageSize = bytes;
      return this;
    }

    /** The server as configured, not yet started: call {@link MockSparkConnectServer#start()}. */
    public MockSparkConnectServer build() {
      return new MockSparkConnectServer(this);
    }

    /** Builds and starts. */
    public MockSparkConnectServer start() {
      return build().start();
    }
  }

}
