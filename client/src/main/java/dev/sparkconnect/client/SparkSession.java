package dev.sparkconnect.client;

import dev.sparkconnect.client.errors.FeatureNotSupportedByServerException;
import dev.sparkconnect.client.errors.SparkSessionClosedException;
import dev.sparkconnect.client.internal.results.QueryResult;
import dev.sparkconnect.client.internal.results.ResultCollector;
import dev.sparkconnect.client.internal.results.RowStream;
import dev.sparkconnect.protocol.connection.ConnectionString;
import dev.sparkconnect.client.internal.transport.ClientOptions;
import dev.sparkconnect.client.internal.transport.SparkConnectClient;
import dev.sparkconnect.client.types.StructType;
import dev.sparkconnect.client.internal.encoders.Codecs;
import dev.sparkconnect.client.internal.upload.ArtifactNames;
import dev.sparkconnect.client.internal.upload.LocalRelations;
import dev.sparkconnect.client.internal.transport.LocalArtifact;
import dev.sparkconnect.proto.AnalyzePlanRequest;
import dev.sparkconnect.proto.CachedLocalRelation;
import dev.sparkconnect.proto.ConfigRequest;
import dev.sparkconnect.proto.ConfigResponse;
import dev.sparkconnect.proto.ExecutePlanResponse;
import dev.sparkconnect.proto.InterruptRequest;
import dev.sparkconnect.proto.KeyValue;
import dev.sparkconnect.proto.LocalRelation;
import dev.sparkconnect.proto.Plan;
import dev.sparkconnect.proto.Range;
import dev.sparkconnect.proto.Read;
import dev.sparkconnect.proto.Relation;
import dev.sparkconnect.proto.RelationCommon;
import dev.sparkconnect.proto.SQL;
import dev.sparkconnect.protocol.plans.SqlCommands;
import dev.sparkconnect.protocol.versions.ServerProtocol;
import dev.sparkconnect.protocol.versions.SparkVersion;
import dev.sparkconnect.proto.AnalyzePlanResponse;
import io.grpc.ClientInterceptor;
import io.grpc.ManagedChannelBuilder;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A session on a Spark Connect server: the entry point for DataFrames, as in Apache Spark.
 *
 * <pre>{@code
 * try (SparkSession spark = SparkSession.builder().remote("sc://localhost:15002").getOrCreate()) {
 *   List<Row> rows = spark.sql("SELECT id, id * 2 AS twice FROM range(3)").collectAsList();
 *   long evens = spark.range(100).count();
 * }
 * }</pre>
 *
 * <p>A session owns one gRPC channel and one server-side session (temporary views and
 * configuration live there). Close it, or call {@link #stop()}, to release both.
 */
public final class SparkSession implements AutoCloseable {

  private static final Map<ConnectionString, SparkSession> DEFAULT_SESSIONS = new ConcurrentHashMap<>();
  private static final String LOCAL_RELATION_CACHE_THRESHOLD = "spark.sql.session.localRelationCacheThreshold";
  private static final InheritableThreadLocal<SparkSession> ACTIVE = new InheritableThreadLocal<>();
  private static final java.util.concurrent.atomic.AtomicReference<SparkSession> DEFAULT =
      new java.util.concurrent.atomic.AtomicReference<>();
  private static final long DEFAULT_LOCAL_RELATION_CACHE_THRESHOLD = 64L * 1024 * 1024;
  /** The oldest Spark line this client talks to; what its servers read, every supported server reads. */
  private static final SparkVersion OLDEST_SUPPORTED = SparkVersion.parse("3.5.0");

  private final SparkConnectClient client;
  private final AtomicLong planIds = new AtomicLong();
  private final Observations observations = new Observations();
  private final List<ProgressListener> progressListeners = new CopyOnWriteArrayList<>();
  private final InheritableThreadLocal<Set<String>> tags = new InheritableThreadLocal<>() {
    @Override
    protected Set<String> initialValue() {
      return new LinkedHashSet<>();
    }

    @Override
    protected Set<String> childValue(Set<String> parent) {
      return new LinkedHashSet<>(parent);
    }
  };
  private volatile boolean stopped;
  private volatile String version;
  private volatile Thread shutdownHook;
  private volatile dev.sparkconnect.client.internal.streaming.RemoteStreamingQueryManager streams;
  private final dev.sparkconnect.client.internal.streaming.StreamingCommands streamingCommands =
      new SessionStreamingCommands();

  private final ConnectionString remote;
  private final List<ClientInterceptor> interceptors;
  private final ClientOptions options;
  /** Where the session's channels come from instead of TCP to the remote's host and port, or null. */
  private final Supplier<? extends ManagedChannelBuilder<?>> channels;

  private SparkSession(ConnectionString remote, Supplier<? extends ManagedChannelBuilder<?>> channels,
      List<ClientInterceptor> interceptors, ClientOptions options) {
    ServerProtocol.prepareInBackground();
    this.remote = remote;
    this.channels = channels;
    this.interceptors = interceptors;
    this.options = options;
    this.client = SparkConnectClient.connect(remote, channels, interceptors,
        options.withProgressSink(this::reportProgress));
  }

  /**
   * Another session on the same server, with its own server-side state (temporary views,
   * configuration), sharing nothing with this one but the connection settings.
   */
  public SparkSession newSession() {
    client();
    return new SparkSession(remote, channels, interceptors, options);
  }

  /** Spark's table-valued functions ({@code explode}, {@code inline}, {@code stack}, ...) as DataFrames. */
  public TableValuedFunction tvf() {
    return new TableValuedFunction(this);
  }

  /**
   * Runs {@code work}, prints how long it took ({@code Time taken: 12 ms}) and returns its result:
   * {@code long n = spark.time(() -> df.count());}
   */
  public <T> T time(java.util.function.Supplier<T> work) {
    long start = System.nanoTime();
    T result = work.get();
    System.out.println("Time taken: " + java.util.concurrent.TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)
        + " ms");
    return result;
  }

  /** The session's catalog: databases, tables, views, functions and the cache. */
  public Catalog catalog() {
    return new Catalog(this);
  }

  /** The session's Spark configuration on the server. */
  public RuntimeConfig conf() {
    return new RuntimeConfig(this);
  }

  /**
   * The session made active on this thread (or the thread that started it), else the default
   * session: the first one built while none was alive, as in Spark. Code that is handed no session
   * can find one:
   * {@code SparkSession.active().sql("...")}.
   *
   * @throws IllegalStateException if there is neither, or both are stopped
   */
  public static SparkSession active() {
    return getActiveSession().or(SparkSession::getDefaultSession).orElseThrow(() -> new IllegalStateException(
        "No active or default SparkSession: build one with SparkSession.builder().remote(...).getOrCreate()"));
  }

  /**
   * The session made active on this thread, if it is not stopped. Spark returns a Scala
   * {@code Option}; Java's {@code Optional} is the same idea in a type Java code can use.
   */
  public static Optional<SparkSession> getActiveSession() {
    SparkSession session = ACTIVE.get();
    return session == null || session.stopped ? Optional.empty() : Optional.of(session);
  }

  /**
   * The default session (the first one built while none was alive, unless set), if it is not
   * stopped; an {@code Optional} where Spark returns a Scala {@code Option}.
   */
  public static Optional<SparkSession> getDefaultSession() {
    SparkSession session = DEFAULT.get();
    return session == null || session.stopped ? Optional.empty() : Optional.of(session);
  }

  /** Makes {@code session} the active one of this thread and of the threads it starts later. */
  public static void setActiveSession(SparkSession session) {
    ACTIVE.set(Objects.requireNonNull(session, "session"));
  }

  /** Leaves this thread without an active session; {@link #active()} falls back to the default one. */
  public static void clearActiveSession() {
    ACTIVE.remove();
  }

  /** Makes {@code session} the default one, for every thread without an active session. */
  public static void setDefaultSession(SparkSession session) {
    DEFAULT.set(Objects.requireNonNull(session, "session"));
  }

  /** Leaves the process without a default session. */
  public static void clearDefaultSession() {
    DEFAULT.set(null);
  }

  /** A builder: give it a {@code remote}, then {@code getOrCreate()} or {@code create()}. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Runs {@code query} on the server and returns its result as a DataFrame. Statements (DDL, DML,
   * {@code SET}) take effect now, as in Apache Spark; queries run when an action is called.
   */
  public DataFrame sql(String query) {
    Objects.requireNonNull(query, "query");
    return sqlCommand(newRelation().setSql(SQL.newBuilder().setQuery(query)).build());
  }

  /**
   * Runs {@code query} with named parameters ({@code :name} in the text), whose values become
   * literals: {@code sql("SELECT * FROM t WHERE id = :id", Map.of("id", 7L))}.
   */
  public DataFrame sql(String query, Map<String, Object> args) {
    SQL.Builder sql = SQL.newBuilder().setQuery(query);
    args.forEach((name, value) -> sql.putNamedArguments(name, functions.lit(value).expr()));
    return sqlCommand(newRelation().setSql(sql).build());
  }

  /** Runs {@code query} with positional parameters ({@code ?} in the text), in order. */
  public DataFrame sql(String query, Object... args) {
    SQL.Builder sql = SQL.newBuilder().setQuery(query);
    for (Object value : args) {
      sql.addPosArguments(functions.lit(value).expr());
    }
    return sqlCommand(newRelation().setSql(sql).build());
  }

  private DataFrame sqlCommand(Relation sql) {
    Plan plan = SqlCommands.plan(sql);
    SparkVersion server = serverVersion();
    if (!server.isAtLeast(SparkVersion.V4_0)) {
      // Servers before 4.0 read the query from the command's own fields, not from an input relation.
      try {
        plan = Plan.newBuilder().setCommand(plan.getCommand().toBuilder()
            .setSqlCommand(SqlCommands.forSparkBefore40(plan.getCommand().getSqlCommand()))).build();
      } catch (IllegalArgumentException e) {
        throw new FeatureNotSupportedByServerException("SQL parameters that are expressions", server.text(),
            SparkVersion.V4_0.text(), e.getMessage());
      }
    }
    QueryResult result = execute(plan);
    Relation relation = result.sqlCommandRelation() != null ? result.sqlCommandRelation() : sql;
    return new DataFrame(this, relation);
  }

  /** The numbers from 0 to {@code end} exclusive, in a column {@code id} of type BIGINT. */
  public DataFrame range(long end) {
    return range(0, end);
  }

  /** The numbers from {@code start} to {@code end} exclusive. */
  public DataFrame range(long start, long end) {
    return range(start, end, 1);
  }

  /** The numbers from {@code start} to {@code end} exclusive, {@code step} apart. */
  public DataFrame range(long start, long end, long step) {
    return new DataFrame(this, newRelation()
        .setRange(Range.newBuilder().setStart(start).setEnd(end).setStep(step))
        .build());
  }

  /** The numbers from {@code start} to {@code end} exclusive, {@code step} apart, in {@code numPartitions}. */
  public DataFrame range(long start, long end, long step, int numPartitions) {
    return new DataFrame(this, newRelation()
        .setRange(Range.newBuilder().setStart(start).setEnd(end).setStep(step).setNumPartitions(numPartitions))
        .build());
  }

  /**
   * A DataFrame of local rows with the given schema, sent to the server as Arrow data. Each row's
   * values must have the Java types of the schema's columns ({@code Long} for BIGINT,
   * {@code LocalDate} for DATE, {@code Row} for STRUCT, ...).
   *
   * <pre>{@code
   * StructType schema = new StructType().add("id", DataTypes.LongType).add("name", DataTypes.StringType);
   * DataFrame df = spark.createDataFrame(List.of(Row.of(1L, "a"), Row.of(2L, "b")), schema);
   * }</pre>
   *
   * @throws IllegalArgumentException naming the row and field whose value does not fit
   */
  public DataFrame createDataFrame(List<Row> rows, StructType schema) {
    Objects.requireNonNull(rows, "rows");
    Objects.requireNonNull(schema, "schema");
    LocalRelation local = LocalRelations.of(rows, schema);
    if (local.getData().size() > localRelationCacheThreshold()) {
      // Large data goes up once as an artifact, so that plans referring to it stay small.
      String hash = client().cacheArtifact(local.toByteArray());
      return new DataFrame(this, newRelation().setCachedLocalRelation(CachedLocalRelation.newBuilder().setHash(hash))
          .build());
    }
    return new DataFrame(this, newRelation().setLocalRelation(local).build());
  }

  /**
   * Adds a jar or a class file to this session on the server, for the UDFs and other code its
   * queries run there: a {@code .jar} joins the session's class path, a {@code .class} is filed
   * under its file name (use {@link #addArtifact(byte[], String)} or {@link #addClass} to give a
   * class its package path). Sent in 32 KiB chunks read from the file as they go, each CRC-checked
   * by the server; adding the same file again in this session sends nothing.
   *
   * @param path a local path, or a {@code file:} URI
   * @throws IllegalArgumentException for a file that is not a jar or a class, one that does not
   *     exist, or a URI of another scheme
   */
  public void addArtifact(String path) {
    addArtifact(ArtifactNames.localPath(path));
  }

  /** {@link #addArtifact(String)} for a path. */
  public void addArtifact(Path path) {
    addArtifacts(List.of(LocalArtifact.ofFile(ArtifactNames.forTarget(path.getFileName().toString()), path)));
  }

  /** {@link #addArtifact(String)} for a {@code file:} URI. */
  public void addArtifact(URI uri) {
    addArtifact(ArtifactNames.localPath(uri));
  }

  /** Adds several jars and class files, in one upload; see {@link #addArtifact(String)}. */
  public void addArtifacts(URI... uris) {
    List<LocalArtifact> artifacts = new ArrayList<>();
    for (URI uri : uris) {
      Path path = ArtifactNames.localPath(uri);
      artifacts.add(LocalArtifact.ofFile(ArtifactNames.forTarget(path.getFileName().toString()), path));
    }
    addArtifacts(artifacts);
  }

  /**
   * Adds {@code bytes} as the jar or class file {@code target}, a relative path whose extension
   * says which: {@code udfs.jar}, or {@code com/acme/Udf.class} for class {@code com.acme.Udf}.
   */
  public void addArtifact(byte[] bytes, String target) {
    addArtifacts(List.of(LocalArtifact.ofBytes(ArtifactNames.forTarget(target), bytes)));
  }

  /** Adds the local file {@code source} as the jar or class file {@code target}; see {@link #addArtifact(byte[], String)}. */
  public void addArtifact(String source, String target) {
    addArtifacts(List.of(LocalArtifact.ofFile(ArtifactNames.forTarget(target), ArtifactNames.localPath(source))));
  }

  /**
   * Adds the class file of {@code type} (not its nested classes, nor what it uses) under its
   * package path, so the server's session can load it by name: for a UDF class registered by
   * name, or a helper a UDF calls. A class made at run time (a lambda, a proxy) has no class file
   * and is refused saying so.
   */
  public void addClass(Class<?> type) {
    addArtifacts(List.of(LocalArtifact.ofBytes(ArtifactNames.forClass(type), ArtifactNames.classBytes(type))));
  }

  /**
   * Adds a data file to this session on the server (as {@code SparkContext.addFile} does): tasks
   * find it under its file name with {@code SparkFiles.get(name)}.
   */
  public void addFile(Path path) {
    addArtifacts(List.of(LocalArtifact.ofFile(ArtifactNames.forFile(path), path)));
  }

  /**
   * Adds an archive (zip, jar, tar, tar.gz, tgz) to this session on the server (as
   * {@code SparkContext.addArchive} does): it is unpacked where tasks run, under its file name.
   */
  public void addArchive(Path path) {
    addArtifacts(List.of(LocalArtifact.ofFile(ArtifactNames.forArchive(path), path)));
  }

  void addArtifacts(List<LocalArtifact> artifacts) {
    client().addArtifacts(artifacts);
  }

  /**
   * Registers user-defined functions in this session: a UDF class by its name, loaded by the
   * server from the session's artifacts.
   */
  public UDFRegistration udf() {
    return new UDFRegistration(this);
  }

  /** The size above which local data is uploaded as a cached artifact, as the server's session says. */
  private long localRelationCacheThreshold() {
    ConfigResponse response = client().config(ConfigRequest.Operation.newBuilder()
        .setGetWithDefault(ConfigRequest.GetWithDefault.newBuilder().addPairs(KeyValue.newBuilder()
            .setKey(LOCAL_RELATION_CACHE_THRESHOLD).setValue(Long.toString(DEFAULT_LOCAL_RELATION_CACHE_THRESHOLD))))
        .build());
    try {
      return Long.parseLong(response.getPairs(0).getValue().trim());
    } catch (RuntimeException e) {
      return DEFAULT_LOCAL_RELATION_CACHE_THRESHOLD;
    }
  }

  /**
   * A DataFrame of Java records or beans of class {@code type}: a record's components in order, a
   * bean's properties by name, as Apache Spark's bean encoder lays them out.
   *
   * <pre>{@code
   * record Trade(String symbol, long quantity, BigDecimal price) {}
   * DataFrame trades = spark.createDataFrame(List.of(new Trade("ACME", 10, new BigDecimal("9.99"))), Trade.class);
   * }</pre>
   *
   * @throws IllegalArgumentException naming a property whose Java type has no Spark type
   */
  public <T> DataFrame createDataFrame(List<T> data, Class<T> type) {
    Objects.requireNonNull(type, "type");
    return createDataset(data, Encoders.bean(type)).toDF();
  }

  /**
   * A typed Dataset of local values, sent to the server as Arrow data:
   * {@code spark.createDataset(List.of(new Person("Ann", 42)), Encoders.bean(Person.class))}.
   *
   * @throws IllegalArgumentException for a null where the encoder has a row (a bean, a record, a
   *     tuple), or a value that does not fit its field
   */
  public <T> Dataset<T> createDataset(List<T> data, Encoder<T> encoder) {
    Objects.requireNonNull(data, "data");
    Objects.requireNonNull(encoder, "encoder");
    List<Row> rows = new java.util.ArrayList<>(data.size());
    for (int i = 0; i < data.size(); i++) {
      try {
        rows.add(Codecs.toRow(encoder.codec(), data.get(i)));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("Value " + i + " of the Dataset: " + e.getMessage(), e);
      }
    }
    return new Dataset<>(createDataFrame(rows, encoder.schema()), encoder);
  }

  /** A typed Dataset with {@code encoder}'s columns and no rows. */
  public <T> Dataset<T> emptyDataset(Encoder<T> encoder) {
    Objects.requireNonNull(encoder, "encoder");
    return new Dataset<>(new DataFrame(this, newRelation().setLocalRelation(LocalRelation.newBuilder()
        .setSchema(encoder.schema().json())).build()), encoder);
  }

  /** A DataFrame with no columns and no rows. */
  public DataFrame emptyDataFrame() {
    return createDataFrame(List.of(), new StructType());
  }

  /** A DataFrame with {@code schema}'s columns and no rows. */
  public DataFrame emptyDataFrame(StructType schema) {
    return createDataFrame(List.of(), schema);
  }

  /**
   * Reads a stream as a streaming DataFrame: {@code spark.readStream().format("rate").load()}.
   * Write it with {@link DataFrame#writeStream()}.
   */
  public DataStreamReader readStream() {
    return new DataStreamReader(this);
  }

  /**
   * The streaming queries of this session: the active ones, one by id, waiting for any to end, and
   * the listeners told of their events. The same manager for the session's whole life.
   */
  public dev.sparkconnect.client.streaming.StreamingQueryManager streams() {
    return streamingQueries();
  }

  /** This session's streaming query manager, made on first use. */
  dev.sparkconnect.client.internal.streaming.RemoteStreamingQueryManager streamingQueries() {
    dev.sparkconnect.client.internal.streaming.RemoteStreamingQueryManager known = streams;
    if (known == null) {
      synchronized (this) {
        if (streams == null) {
          streams = new dev.sparkconnect.client.internal.streaming.RemoteStreamingQueryManager(this,
              streamingCommands);
        }
        known = streams;
      }
    }
    return known;
  }

  /** How this session runs streaming commands. */
  dev.sparkconnect.client.internal.streaming.StreamingCommands streamingCommands() {
    return streamingCommands;
  }

  /** Streaming commands run in this session, each checked against the server's version first. */
  private final class SessionStreamingCommands implements dev.sparkconnect.client.internal.streaming.StreamingCommands {

    @Override
    public dev.sparkconnect.proto.ExecutePlanResponse run(dev.sparkconnect.proto.Command command) {
      List<dev.sparkconnect.proto.ExecutePlanResponse> results = execute(Plan.newBuilder().setCommand(command).build())
          .commandResults();
      if (results.isEmpty()) {
        throw new IllegalStateException("The server answered the streaming command " + command.getCommandTypeCase()
            + " without its result");
      }
      return results.get(results.size() - 1);
    }

    @Override
    public void drain(dev.sparkconnect.proto.Command command) {
      execute(Plan.newBuilder().setCommand(command).build());
    }

    @Override
    public dev.sparkconnect.client.internal.transport.ResponseStream open(dev.sparkconnect.proto.Command command) {
      Plan plan = Plan.newBuilder().setCommand(command).build();
      requireReadable(plan);
      return client().execute(plan, tags.get());
    }
  }

  /** A reader of data sources: files, tables, JDBC and the rest. */
  public DataFrameReader read() {
    return new DataFrameReader(this);
  }

  /** The table or view called {@code name} (optionally qualified: {@code db.table}, {@code cat.db.table}). */
  public DataFrame table(String name) {
    return new DataFrame(this, newRelation().setRead(Read.newBuilder().setNamedTable(
        Read.NamedTable.newBuilder().setUnparsedIdentifier(name))).build());
  }

  /** The Spark version of the server, asked once and remembered. */
  public String version() {
    String known = version;
    if (known == null) {
      known = client().analyze(AnalyzePlanRequest.newBuilder()
          .setSparkVersion(AnalyzePlanRequest.SparkVersion.getDefaultInstance()))
          .getSparkVersion().getVersion();
      version = known;
    }
    return known;
  }

  /**
   * The server's Spark version, asked once (on the first call that needs it) and remembered; a
   * server that reports no version it can read is taken as the newest this client knows.
   */
  SparkVersion serverVersion() {
    try {
      return SparkVersion.parse(version());
    } catch (IllegalArgumentException e) {
      return SparkVersion.PROTOCOL;
    }
  }

  /** The id of this session on the server. */
  public String sessionId() {
    return client.sessionId();
  }

  /**
   * Tags every operation this thread (and threads it starts later) runs in this session with
   * {@code tag}, so that {@link #interruptTag(String)} can stop them.
   *
   * @throws IllegalArgumentException if the tag is empty or contains a comma
   */
  public void addTag(String tag) {
    Objects.requireNonNull(tag, "tag");
    if (tag.isEmpty() || tag.contains(",")) {
      throw new IllegalArgumentException("An operation tag must be non-empty and without ',': '" + tag + "'");
    }
    tags.get().add(tag);
  }

  /** Stops tagging this thread's operations with {@code tag}. */
  public void removeTag(String tag) {
    tags.get().remove(tag);
  }

  /** The tags this thread's operations get; a Java {@code Set} where Spark returns a Scala {@code Set}. */
  public Set<String> getTags() {
    return Set.copyOf(tags.get());
  }

  /** Removes all of this thread's tags. */
  public void clearTags() {
    tags.get().clear();
  }

  /**
   * Interrupts every running operation of this session.
   *
   * @return the ids of the operations interrupted (a Java {@code List} where Spark returns a Scala {@code Seq})
   */
  public List<String> interruptAll() {
    return client().interrupt(InterruptRequest.InterruptType.INTERRUPT_TYPE_ALL, null);
  }

  /** Interrupts the running operations of this session tagged with {@code tag}; returns their ids. */
  public List<String> interruptTag(String tag) {
    return client().interrupt(InterruptRequest.InterruptType.INTERRUPT_TYPE_TAG, tag);
  }

  /** Interrupts the operation with id {@code operationId}, if it still runs; returns its id if it did. */
  public List<String> interruptOperation(String operationId) {
    return client().interrupt(InterruptRequest.InterruptType.INTERRUPT_TYPE_OPERATION_ID, operationId);
  }

  /** Starts telling {@code listener} of the progress of this session's queries. */
  public void addProgressListener(ProgressListener listener) {
    progressListeners.add(Objects.requireNonNull(listener, "listener"));
  }

  /** Stops telling {@code listener}. */
  public void removeProgressListener(ProgressListener listener) {
    progressListeners.remove(listener);
  }

  /**
   * Stops this session when the JVM exits, if it has not been stopped before: for applications
   * that cannot close it themselves. Not done unless asked, since a library should not add
   * shutdown hooks behind its user's back.
   *
   * @return this session
   */
  public synchronized SparkSession stopOnShutdown() {
    if (shutdownHook == null && !stopped) {
      shutdownHook = new Thread(this::stop, "spark-connect-session-" + client.sessionId() + "-shutdown");
      Runtime.getRuntime().addShutdownHook(shutdownHook);
    }
    return this;
  }

  /** Releases the server-side session and closes the channel. Idempotent. */
  public void stop() {
    if (stopped) {
      return;
    }
    stopped = true;
    Thread hook = shutdownHook;
    if (hook != null && hook != Thread.currentThread()) {
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException alreadyShuttingDown) {
        // The hook runs anyway and finds the session stopped.
      }
    }
    dev.sparkconnect.client.internal.streaming.RemoteStreamingQueryManager queries = streams;
    if (queries != null) {
      queries.close();
    }
    DEFAULT_SESSIONS.values().remove(this);
    DEFAULT.compareAndSet(this, null);
    if (ACTIVE.get() == this) {
      ACTIVE.remove();
    }
    client.releaseSession();
    client.close();
  }

  /** The same as {@link #stop()}, for try-with-resources. */
  @Override
  public void close() {
    stop();
  }

  @Override
  public String toString() {
    return "SparkSession[" + (channels == null ? client.remote() : "a channel of its own") + ", session "
        + client.sessionId() + (stopped ? ", stopped" : "") + "]";
  }

  /** The observations waiting for metrics from this session's queries. */
  Observations observations() {
    return observations;
  }

  /** A relation builder with the next plan id of this session. */
  Relation.Builder newRelation() {
    return Relation.newBuilder().setCommon(RelationCommon.newBuilder().setPlanId(planIds.getAndIncrement()));
  }

  /** Runs {@code plan} to the end. */
  QueryResult execute(Plan plan) {
    requireReadable(plan);
    return ResultCollector.collect(observations.watch(client().execute(plan, tags.get())));
  }

  /** Starts {@code plan} and returns its rows as they come. */
  RowStream stream(Plan plan) {
    return new RowStream(start(plan));
  }

  /** Starts {@code plan} and returns its responses as they come, its observations watched. */
  dev.sparkconnect.client.internal.transport.ResponseStream start(Plan plan) {
    requireReadable(plan);
    return observations.watch(client().execute(plan, tags.get()));
  }

  /** Asks the server about a plan (its schema, explain string, ...). */
  AnalyzePlanResponse analyze(AnalyzePlanRequest.Builder request) {
    requireReadable(request.build());
    return client().analyze(request);
  }

  /**
   * Refuses, before anything is sent, a request that the server's Spark version would misread (a
   * relation, expression or option newer than its protocol, which it would skip without a word).
   * A request of what every supported server reads costs no call; otherwise the server's version
   * is asked once per session.
   */
  private void requireReadable(com.google.protobuf.Message request) {
    if (ServerProtocol.unreadablePart(request, OLDEST_SUPPORTED).isEmpty()) {
      return;
    }
    SparkVersion server = serverVersion();
    ServerProtocol.unreadablePart(request, server).ifPresent(part -> {
      throw new FeatureNotSupportedByServerException(part.name(), server.text(), part.firstVersion(), null);
    });
  }

  private void reportProgress(String operationId, ExecutePlanResponse.ExecutionProgress progress) {
    if (progressListeners.isEmpty()) {
      return;
    }
    List<ExecutionProgress.Stage> stages = new ArrayList<>();
    for (ExecutePlanResponse.ExecutionProgress.StageInfo stage : progress.getStagesList()) {
      stages.add(new ExecutionProgress.Stage(stage.getStageId(), stage.getNumTasks(), stage.getNumCompletedTasks(),
          stage.getInputBytesRead(), stage.getDone()));
    }
    ExecutionProgress report = new ExecutionProgress(operationId, stages, progress.getNumInflightTasks());
    for (ProgressListener listener : progressListeners) {
      listener.onProgress(report);
    }
  }

  SparkConnectClient client() {
    if (stopped) {
      throw new SparkSessionClosedException("This SparkSession (" + client.sessionId()
          + ") is stopped; its DataFrames cannot run any more. Build a new session.");
    }
    return client;
  }

  private void setConf(Map<String, String> conf) {
    if (conf.isEmpty()) {
      return;
    }
    ConfigRequest.Set.Builder set = ConfigRequest.Set.newBuilder();
    conf.forEach((key, value) -> set.addPairs(KeyValue.newBuilder().setKey(key).setValue(value)));
    client().config(ConfigRequest.Operation.newBuilder().setSet(set).build());
  }

  /** Builds a {@link SparkSession}. */
  public static final class Builder {
    private String remote;
    private final Map<String, String> conf = new LinkedHashMap<>();
    private final List<ClientInterceptor> interceptors = new ArrayList<>();
    private Supplier<? extends ManagedChannelBuilder<?>> channels;
    private RetryPolicy retryPolicy = RetryPolicy.defaults();
    private long preferredArrowChunkSize;
    private boolean allowArrowChunking = true;
    private Duration callDeadline;
    private Duration keepAliveTime = ClientOptions.DEFAULT_KEEP_ALIVE_TIME;
    private Duration keepAliveTimeout = ClientOptions.DEFAULT_KEEP_ALIVE_TIMEOUT;
    private Duration streamIdleTimeout = ClientOptions.DEFAULT_STREAM_IDLE_TIMEOUT;
    private Path trustedCertificates;

    private Builder() {}

    /**
     * Whether the server may split large Arrow batches into chunks (Spark 4.1 and later), and of
     * about what size in bytes (0: the server's choice). Chunks are joined again before decoding.
     * Allowed by default.
     */
    public Builder arrowChunking(boolean allow, long preferredChunkSize) {
      if (preferredChunkSize < 0) {
        throw new IllegalArgumentException("preferredChunkSize is " + preferredChunkSize + "; use 0 or more");
      }
      this.allowArrowChunking = allow;
      this.preferredArrowChunkSize = preferredChunkSize;
      return this;
    }

    /**
     * The longest a single request-response call (schema, config, version, interrupt) may take
     * before it fails; no limit by default. Result streams are never cut by it.
     */
    public Builder callDeadline(Duration deadline) {
      this.callDeadline = Objects.requireNonNull(deadline, "deadline");
      return this;
    }

    /**
     * While calls are in flight, checks a silent connection with an HTTP/2 ping every {@code time},
     * and counts it dead (the calls fail over to a new connection) when no answer comes within
     * {@code timeout}. By default every 6 minutes with 20 seconds to answer: just over the 5 minutes
     * Spark's server permits between pings (more often, it closes the connection with GOAWAY
     * {@code too_many_pings}, after which the client reattaches; a warning says so). So a connection
     * that froze under a call is found dead within about 6.5 minutes, and a result stream within
     * {@link #streamIdleTimeout(Duration)}.
     */
    public Builder keepAlive(Duration time, Duration timeout) {
      this.keepAliveTime = Objects.requireNonNull(time, "time");
      this.keepAliveTimeout = Objects.requireNonNull(timeout, "timeout");
      return this;
    }

    /** No keep-alive pings at all: a connection that freezes under a request-response call then hangs it. */
    public Builder noKeepAlive() {
      this.keepAliveTime = null;
      return this;
    }

    /**
     * How long a result stream may bring nothing before it is given up and reattached; 3 minutes by
     * default. Spark's server ends every stream within 2 minutes and reports progress every 2
     * seconds (4.x), so only a frozen connection or a stuck server stays silent that long. Raise it
     * for a server whose {@code spark.connect.execute.reattachable.senderMaxStreamDuration} is longer
     * and that sends no progress (Spark 3.5).
     */
    public Builder streamIdleTimeout(Duration timeout) {
      this.streamIdleTimeout = Objects.requireNonNull(timeout, "timeout");
      return this;
    }

    /**
     * Uses TLS and trusts the CA certificates in the PEM file {@code pemFile}, instead of the
     * system's trust store (which {@code use_ssl=true} or a token in the connection string use).
     */
    public Builder trustedCertificates(Path pemFile) {
      this.trustedCertificates = Objects.requireNonNull(pemFile, "pemFile");
      return this;
    }

    /** How executions that fail with retryable errors are retried; Apache Spark's defaults if not given. */
    public Builder retryPolicy(RetryPolicy policy) {
      this.retryPolicy = Objects.requireNonNull(policy, "policy");
      return this;
    }

    /**
     * A gRPC interceptor that sees every call of the session, for metrics, tracing or tests.
     * Sessions built with interceptors are never shared by {@link #getOrCreate()}.
     */
    public Builder interceptor(ClientInterceptor interceptor) {
      interceptors.add(Objects.requireNonNull(interceptor, "interceptor"));
      return this;
    }

    /**
     * Where the session's gRPC channel comes from, instead of a TCP connection to the remote's host
     * and port: grpc-java's in-process transport to a server in this JVM (a mock's
     * {@code inProcessChannel}, which skips the network stack and starts in a fraction of the
     * time), or a transport of your own. The {@link #remote} string still gives the session id,
     * user, token and headers; TLS and keep-alive are then set on the channel builder, not here.
     * Each session (and {@link SparkSession#newSession()}) asks the supplier for a builder of its
     * own, so it must return a new one each time (the session sets its message size limit, user
     * agent and interceptors on it); {@link #keepAlive} and {@link #trustedCertificates} do not apply
     * (set them on the builder; trusted certificates are refused). Sessions built this way are
     * never shared by {@link #getOrCreate()}.
     */
    public Builder channelBuilder(Supplier<? extends ManagedChannelBuilder<?>> channels) {
      this.channels = Objects.requireNonNull(channels, "channels");
      return this;
    }

    /**
     * The server to connect to, as {@code sc://host[:port]/;key=value;...}. When not given, the
     * environment variable {@code SPARK_REMOTE}, else {@code sc://localhost}.
     */
    public Builder remote(String connectionString) {
      this.remote = Objects.requireNonNull(connectionString, "connectionString");
      return this;
    }

    /** A Spark configuration value to set on the session once it exists. */
    public Builder config(String key, String value) {
      conf.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value"));
      return this;
    }

    /** A Spark configuration value to set on the session once it exists. */
    public Builder config(String key, long value) {
      return config(key, Long.toString(value));
    }

    /** A Spark configuration value to set on the session once it exists. */
    public Builder config(String key, boolean value) {
      return config(key, Boolean.toString(value));
    }

    /**
     * The session already open for this connection string in this JVM, with this builder's
     * configuration applied, or else a new one that later calls will share.
     */
    public SparkSession getOrCreate() {
      if (!interceptors.isEmpty() || channels != null) {
        return create();
      }
      ConnectionString connection = connectionString();
      SparkSession session = DEFAULT_SESSIONS.compute(connection,
          (key, existing) -> existing != null && !existing.stopped ? existing : open(key, List.of()));
      session.setConf(conf);
      return madeDefaultAndActive(session);
    }

    /**
     * A new session, never shared. Where no default or active session is alive, it becomes that
     * one, as in Spark.
     */
    public SparkSession create() {
      SparkSession session = open(connectionString(), interceptors);
      session.setConf(conf);
      return madeDefaultAndActive(session);
    }

    /** As in Spark: the new session becomes the default and the active one only where there is none alive. */
    private static SparkSession madeDefaultAndActive(SparkSession session) {
      DEFAULT.updateAndGet(current -> current == null || current.stopped ? session : current);
      SparkSession active = ACTIVE.get();
      if (active == null || active.stopped) {
        ACTIVE.set(session);
      }
      return session;
    }

    private ConnectionString connectionString() {
      if (remote != null) {
        return ConnectionString.parse(remote);
      }
      return ConnectionString.fromEnvironment().orElseGet(() -> ConnectionString.parse("sc://localhost"));
    }

    private SparkSession open(ConnectionString connection, List<ClientInterceptor> interceptors) {
      return new SparkSession(connection, channels, List.copyOf(interceptors),
          new ClientOptions(retryPolicy, allowArrowChunking, preferredArrowChunkSize, callDeadline, keepAliveTime,
              keepAliveTimeout, streamIdleTimeout, trustedCertificates, (id, progress) -> { }));
    }
  }
}
