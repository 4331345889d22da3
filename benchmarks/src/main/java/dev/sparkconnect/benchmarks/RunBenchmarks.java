package dev.sparkconnect.benchmarks;

import dev.sparkconnect.benchmarks.jmh.ConcurrentSessionsBenchmark;
import dev.sparkconnect.benchmarks.jmh.ColumnarReadBenchmark;
import dev.sparkconnect.benchmarks.jmh.DecodeInMemoryBenchmark;
import dev.sparkconnect.benchmarks.jmh.EndToEndSettingsBenchmark;
import dev.sparkconnect.benchmarks.jmh.DecodeIntoRecordsBenchmark;
import dev.sparkconnect.benchmarks.jmh.DecodeOverMockBenchmark;
import dev.sparkconnect.benchmarks.jmh.MockStartBenchmark;
import dev.sparkconnect.benchmarks.jmh.RealServerBenchmark;
import dev.sparkconnect.benchmarks.jmh.RoundTripBenchmark;
import dev.sparkconnect.benchmarks.process.FirstReplayTest;
import dev.sparkconnect.benchmarks.process.ColdStart;
import dev.sparkconnect.benchmarks.process.Footprint;
import dev.sparkconnect.benchmarks.process.IterationMemory;
import dev.sparkconnect.benchmarks.process.WarmServerStart;
import dev.sparkconnect.benchmarks.report.ResultsTable;
import dev.sparkconnect.benchmarks.report.ResultsTable.Line;
import dev.sparkconnect.benchmarks.report.Sample;
import dev.sparkconnect.client.SparkSession;
import dev.sparkconnect.localserver.LocalSparkConnectServer;
import dev.sparkconnect.mock.MockSparkConnectServer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.util.Statistics;

/**
 * Runs every benchmark and writes the table to {@code benchmarks/RESULTS.md}:
 *
 * <pre>
 * mvn -B -ntp -DskipTests -Pbenchmarks verify
 * </pre>
 *
 * <p>It starts a real local Spark server, records the benchmark results from it once (kept under
 * {@code benchmarks/target/benchmark-work}), runs the JMH benchmarks in forked JVMs, then the
 * process-level figures (iterator memory, cold start, footprint) in fresh JVMs.
 *
 * <p>Arguments: {@code -out FILE}, {@code -work DIR}, {@code -quick} (a smoke run whose numbers
 * mean nothing), {@code -only GROUP,...} with groups {@value #GROUPS}.
 */
public final class RunBenchmarks {

  static final String GROUPS = "decode,decode-in-memory,decode-typed,columnar,real-server,real-server-settings,mock-start,round-trips,memory,cold-start,first-test,warm-server,footprint";
  static final String COMMAND = "mvn -B -ntp -DskipTests -Pbenchmarks verify";

  private static final List<String> FORK_FLAGS = List.of("-Xmx3g", "--add-opens=java.base/java.nio=ALL-UNNAMED",
      "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED", "--add-opens=java.base/sun.util.calendar=ALL-UNNAMED");

  private final RunSettings settings;
  private final Path work;
  private final Set<String> groups;
  private final ResultsTable table = new ResultsTable();
  private String realRemote;
  private Sample realStart;

  RunBenchmarks(RunSettings settings, Path work, Set<String> groups) {
    this.settings = settings;
    this.work = work;
    this.groups = groups;
  }

  /**
   * Runs the benchmarks and writes the results table; {@code -quick}, {@code -out FILE} and
   * {@code -only group,...} change what runs and where the table goes.
   */
  public static void main(String[] args) throws Exception {
    Path out = Path.of("benchmarks/RESULTS.md");
    Path work = Path.of("benchmarks/target/benchmark-work");
    RunSettings settings = RunSettings.FULL;
    Set<String> groups = new LinkedHashSet<>(Arrays.asList(GROUPS.split(",")));
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "-out" -> out = Path.of(args[++i]);
        case "-work" -> work = Path.of(args[++i]);
        case "-quick" -> settings = RunSettings.QUICK;
        case "-only" -> groups = parseGroups(args[++i]);
        default -> throw new IllegalArgumentException("unknown argument " + args[i]
            + "; use -out FILE, -work DIR, -quick, -only " + GROUPS);
      }
    }
    ResultsTable table = new RunBenchmarks(settings, work, groups).run();
    table.write(out, COMMAND, settings.describe());
    System.out.println(table.toMarkdown(COMMAND, settings.describe()));
    System.out.println("Written to " + out.toAbsolutePath());
    System.exit(0);
  }

  static Set<String> parseGroups(String list) {
    Set<String> known = Set.of(GROUPS.split(","));
    Set<String> chosen = new LinkedHashSet<>();
    for (String group : list.split(",")) {
      if (!known.contains(group.trim())) {
        throw new IllegalArgumentException("unknown benchmark group '" + group + "'; valid: " + GROUPS);
      }
      chosen.add(group.trim());
    }
    return chosen;
  }

  /** Runs the chosen groups; the table holds their figures. */
  ResultsTable run() throws RunnerException {
    System.setProperty("benchmarks.rows.simple", Long.toString(settings.simpleRows()));
    System.setProperty("benchmarks.rows.rich", Long.toString(settings.richRows()));
    Path fixtures = work.resolve("fixtures");
    System.setProperty(BenchmarkProperties.FIXTURES, fixtures.toAbsolutePath().toString());

    LocalSparkConnectServer real = startRealServer();
    try {
      realRemote = real.remote();
      System.setProperty(BenchmarkProperties.REAL_SERVER, realRemote);
      RecordedShapes.ensure(fixtures, realRemote);
      if (groups.contains("decode")) {
        decodeOverMock();
      }
      if (groups.contains("decode-in-memory")) {
        decodeInMemory();
      }
      if (groups.contains("decode-typed")) {
        decodeTyped();
      }
      if (groups.contains("columnar")) {
        columnar();
      }
      if (groups.contains("real-server")) {
        realServer();
      }
      if (groups.contains("real-server-settings")) {
        realServerSettings();
      }
      if (groups.contains("mock-start")) {
        mockStart();
      }
      if (groups.contains("round-trips")) {
        roundTrips();
      }
      if (groups.contains("memory")) {
        memory();
      }
      if (groups.contains("cold-start")) {
        coldStart();
      }
      if (groups.contains("first-test")) {
        firstTest();
      }
      if (groups.contains("warm-server")) {
        warmServer();
      }
    } finally {
      real.close();
    }
    if (groups.contains("footprint")) {
      footprint();
    }
    return table;
  }

  /**
   * The real server this run uses, started {@code realStartRuns} times in all: each start is timed
   * from the call to its first answered query, for the mock start comparison; the last one stays.
   */
  private LocalSparkConnectServer startRealServer() {
    List<Double> millis = new ArrayList<>();
    LocalSparkConnectServer server = null;
    for (int i = 0; i < Math.max(1, settings.realStartRuns()); i++) {
      if (server != null) {
        server.close();
      }
      long start = System.nanoTime();
      server = LocalSparkConnectServer.builder().start();
      try (SparkSession spark = SparkSession.builder().remote(server.remote()).create()) {
        spark.sql(Shape.SMALL.sql(10)).collectAsList();
      }
      millis.add((System.nanoTime() - start) / 1e6);
    }
    realStart = Sample.of(millis);
    return server;
  }

  private void decodeOverMock() throws RunnerException {
    Collection<RunResult> results = jmh(DecodeOverMockBenchmark.class, settings.iterationSeconds());
    for (Shape shape : List.of(Shape.SIMPLE, Shape.RICH)) {
      for (String method : List.of("collectAsList", "toLocalIterator")) {
        RunResult ours = find(results, method, "shape", shape.name(), "client", "OURS");
        RunResult apache = find(results, method, "shape", shape.name(), "client", "APACHE");
        table.add(rowsPerSecond("Decoding over the mock server (TCP), `" + method + "()`, "
                + String.format(Locale.ROOT, "%,d", shape.rows()) + " rows of " + shape.columns(),
            shape, ours, apache, "Apache's client", "ours at least 3x Apache's", 3));
      }
    }
    for (Shape shape : List.of(Shape.SIMPLE, Shape.RICH)) {
      double bare = score(find(results, "toLocalIterator", "shape", shape.name(), "client", "BARE_GRPC"));
      double ours = score(find(results, "toLocalIterator", "shape", shape.name(), "client", "OURS")) - bare;
      double apache = score(find(results, "toLocalIterator", "shape", shape.name(), "client", "APACHE")) - bare;
      table.add(new Line("The client's own time per `toLocalIterator()` query, " + shape.name().toLowerCase(Locale.ROOT)
          + " shape: the time above minus a bare gRPC stub's that decodes nothing (" + millis(bare) + " ms) (ms)",
          millis(ours), millis(apache) + " (Apache's client)", apache / ours, "derived from the lines above", "",
          null));
    }
  }

  private static double score(RunResult result) {
    return result.getPrimaryResult().getScore();
  }

  private void decodeInMemory() throws RunnerException {
    Collection<RunResult> results = jmh(DecodeInMemoryBenchmark.class, settings.iterationSeconds());
    for (Shape shape : List.of(Shape.SIMPLE, Shape.RICH)) {
      RunResult ours = find(results, "ourRows", "shape", shape.name());
      RunResult arrow = find(results, "arrowJavaVectors", "shape", shape.name());
      table.add(rowsPerSecond("Decoding alone (responses in memory) to rows, "
              + String.format(Locale.ROOT, "%,d", shape.rows()) + " rows of " + shape.columns(),
          shape, ours, arrow, "Arrow Java vector reads, no rows", "ours within 2x of raw vector reads", 0.5));
    }
  }

  private void decodeTyped() throws RunnerException {
    Collection<RunResult> results = jmh(DecodeIntoRecordsBenchmark.class, settings.iterationSeconds());
    RunResult rows = find(results, "rows");
    for (String kind : List.of("records", "beans")) {
      RunResult typed = find(results, kind);
      double typedPerSecond = DecodeIntoRecordsBenchmark.ROWS / (typed.getPrimaryResult().getScore() / 1000);
      double rowsPerSecond = DecodeIntoRecordsBenchmark.ROWS / (rows.getPrimaryResult().getScore() / 1000);
      table.add(new Line("Typed Dataset decoding alone (responses in memory), 1,000,000 rows of bigint, string, "
          + "double, boolean, date into Java " + kind + " (rows/s)", perSecond(typedPerSecond),
          perSecond(rowsPerSecond) + " (the same rows as `Row`s, every value read)", typedPerSecond / rowsPerSecond,
          relative(typed) + " / " + relative(rows), "", null));
    }
  }

  /**
   * The columnar view and {@code toArrow()} against the copy limit, reading the SIMPLE result's
   * bigint and double columns (16 bytes a row) from responses in memory.
   */
  private void columnar() throws RunnerException {
    Collection<RunResult> results = jmh(ColumnarReadBenchmark.class, settings.iterationSeconds());
    Shape shape = Shape.SIMPLE;
    String columns = String.format(Locale.ROOT, "%,d rows' bigint and double columns (responses in memory)",
        shape.rows());
    RunResult limit = find(results, "copyLimit");
    for (String method : List.of("columnarBulk", "columnarGetters")) {
      RunResult ours = find(results, method);
      double oursRate = shape.rows() * 16 / toSeconds(ours) / 1e6;
      double limitRate = shape.rows() * 16 / toSeconds(limit) / 1e6;
      String how = method.equals("columnarBulk") ? "bulk copies (`copyLongs`, `copyDoubles`)"
          : "primitive getters (`getLong`, `getDouble`), summed";
      table.add(new Line("Columnar read of " + columns + ", " + how + " (MB/s)", perSecond(oursRate),
          perSecond(limitRate) + " (`System.arraycopy` of the same bytes)", oursRate / limitRate,
          relative(ours) + " / " + relative(limit), "at least half the copy speed", oursRate / limitRate >= 0.5));
    }
    RunResult getters = find(results, "columnarGetters");
    table.add(rowsPerSecond("Columnar read of " + columns + ", primitive getters against `Row`s", shape, getters,
        find(results, "rows"), "the same values through `Row`s", "", Double.NaN));
    table.add(rowsPerSecond("Columnar read of " + columns + ", primitive getters against Arrow Java", shape, getters,
        find(results, "arrowJavaDirect"), "Arrow Java reading the batches itself, as Apache's client does", "",
        Double.NaN));
    table.add(rowsPerSecond("`toArrow()` into Arrow Java vectors, " + columns + ", summed", shape,
        find(results, "toArrow"), find(results, "arrowJavaDirect"), "Arrow Java reading the batches itself", "",
        Double.NaN));
  }

  private void realServer() throws RunnerException {
    Collection<RunResult> results = jmh(RealServerBenchmark.class, settings.iterationSeconds());
    for (Shape shape : List.of(Shape.SIMPLE, Shape.RICH)) {
      RunResult ours = find(results, "collectAsList", "shape", shape.name(), "client", "OURS");
      RunResult apache = find(results, "collectAsList", "shape", shape.name(), "client", "APACHE");
      table.add(rowsPerSecond("End to end against the real local server, `collectAsList()`, "
              + String.format(Locale.ROOT, "%,d", shape.rows()) + " rows of " + shape.columns(),
          shape, ours, apache, "Apache's client", "", Double.NaN));
    }
  }

  /** Each setting the client controls, end to end against the real server, against its defaults. */
  private void realServerSettings() throws RunnerException {
    // One fork per setting: each reads 2M rows from the real server and takes about two minutes.
    ChainedOptionsBuilder options = baseOptions(EndToEndSettingsBenchmark.class)
        .forks(Math.min(settings.forks(), 1))
        .warmupIterations(settings.warmupIterations())
        .warmupTime(TimeValue.seconds(settings.iterationSeconds()))
        .measurementIterations(settings.measurementIterations())
        .measurementTime(TimeValue.seconds(settings.iterationSeconds()));
    if (settings.forks() == 0) {
      options.measurementTime(TimeValue.milliseconds(100)).warmupTime(TimeValue.milliseconds(100));
    }
    Collection<RunResult> results = new Runner(options.build()).run();
    Shape shape = Shape.SIMPLE;
    String rows = String.format(Locale.ROOT, "%,d rows of %s", shape.rows(), shape.columns());
    RunResult defaultRows = find(results, "rows", "setting", "DEFAULTS");
    RunResult defaultColumns = find(results, "columns", "setting", "DEFAULTS");
    table.add(rowsPerSecond("End to end against the real local server, " + rows + ", read as columns (bulk)",
        shape, defaultColumns, defaultRows, "read as rows, every cell", "", Double.NaN));
    for (EndToEndSettingsBenchmark.Setting setting : EndToEndSettingsBenchmark.Setting.values()) {
      if (setting == EndToEndSettingsBenchmark.Setting.DEFAULTS) {
        continue;
      }
      for (String method : List.of("rows", "columns")) {
        table.add(rowsPerSecond("End to end against the real local server, " + rows + ", " + setting + ", read as "
                + method, shape, find(results, method, "setting", setting.name()),
            method.equals("rows") ? defaultRows : defaultColumns, "the client's defaults", "", Double.NaN));
      }
    }
  }

  private void mockStart() throws RunnerException {
    ChainedOptionsBuilder options = baseOptions(MockStartBenchmark.class)
        .warmupIterations(settings.mockStartWarmups()).measurementIterations(settings.mockStartMeasurements());
    RunResult mock = new Runner(options.build()).run().iterator().next();
    double mockMillis = mock.getPrimaryResult().getScore();
    table.add(new Line("Mock server: `start()` to the first answered ExecutePlan, in-process (ms)",
        millis(mockMillis), millis(realStart.mean()) + " (real local server: start to first query)",
        realStart.mean() / mockMillis, relative(mock) + " / " + realStart.spread(),
        "under 100 ms, 50x faster than the real server", mockMillis < 100 && realStart.mean() / mockMillis >= 50));
  }

  private void roundTrips() throws RunnerException {
    Collection<RunResult> results = roundTripJmh(RoundTripBenchmark.class);
    for (String method : List.of("oneClient", "sixteenClients")) {
      String clients = method.equals("oneClient") ? "1 client" : "16 concurrent clients";
      RunResult real = find(results, method, "target", "REAL_SERVER_TCP");
      RunResult bare = find(results, method, "target", "BARE_GRPC_TCP");
      RunResult inProcess = find(results, method, "target", "MOCK_IN_PROCESS");
      double realScore = real.getPrimaryResult().getScore();
      table.add(new Line("Mock server: ExecutePlan round trips per second, ten rows, in-process, " + clients,
          perSecond(inProcess.getPrimaryResult().getScore()), perSecond(realScore) + " (real local server, TCP)",
          inProcess.getPrimaryResult().getScore() / realScore, relative(inProcess) + " / " + relative(real), "", null));
      RunResult tcp = find(results, method, "target", "MOCK_TCP");
      double ratio = tcp.getPrimaryResult().getScore() / bare.getPrimaryResult().getScore();
      table.add(new Line("Mock server: ExecutePlan round trips per second, ten rows, loopback TCP, " + clients,
          perSecond(tcp.getPrimaryResult().getScore()),
          perSecond(bare.getPrimaryResult().getScore()) + " (bare gRPC server, same responses, TCP)", ratio,
          relative(tcp) + " / " + relative(bare), "at least 70 % of bare gRPC", ratio >= 0.7));
      table.note(String.format(Locale.ROOT, "Round trips of the real local server over TCP, %s: %s/s (%s).", clients,
          perSecond(realScore), relative(real)));
    }

    Collection<RunResult> sessions = roundTripJmh(ConcurrentSessionsBenchmark.class);
    Statistics mock = find(sessions, "sixtyFourSessions", "target", "MOCK_TCP").getPrimaryResult().getStatistics();
    Statistics bare = find(sessions, "sixtyFourSessions", "target", "BARE_GRPC_TCP").getPrimaryResult().getStatistics();
    table.add(new Line("Mock server: latency of a ten-row query, 64 concurrent sessions, loopback TCP (ms)",
        latencies(mock), latencies(bare) + " (bare gRPC server)", bare.getPercentile(99) / mock.getPercentile(99),
        String.format(Locale.ROOT, "%,d / %,d samples", mock.getN(), bare.getN()), "p99 under 20 ms",
        mock.getPercentile(99) < 20));
  }

  private static String latencies(Statistics statistics) {
    return millis(statistics.getPercentile(99)) + " at p99 (p50 " + millis(statistics.getPercentile(50)) + ", max "
        + millis(statistics.getMax()) + ")";
  }

  private void memory() {
    List<IterationMemory.Measurement> ours = new ArrayList<>();
    for (long rows : settings.memoryRows()) {
      ours.add(IterationMemory.measure("ours", realRemote, rows, settings.memoryMaxHeap()));
    }
    IterationMemory.Measurement small = ours.get(0);
    IterationMemory.Measurement large = ours.get(ours.size() - 1);
    String apache;
    try {
      IterationMemory.Measurement theirs =
          IterationMemory.measure("apache", realRemote, large.rows(), settings.memoryMaxHeap());
      apache = String.format(Locale.ROOT, "Apache's client at %,d rows: %.1f MB", large.rows(),
          theirs.maxAfterGcMegabytes());
    } catch (IllegalStateException e) {
      apache = "Apache's client failed under -Xmx" + settings.memoryMaxHeap();
      table.note("Apache's client under -Xmx" + settings.memoryMaxHeap() + ": " + firstLine(e.getMessage()));
    }
    boolean flat = large.maxAfterGc() <= small.maxAfterGc() * 1.25 + 2_000_000;
    table.add(new Line(String.format(Locale.ROOT,
        "`toLocalIterator()` heap left in use after GC (max), %,d vs %,d rows, -Xmx%s (MB)",
        large.rows(), small.rows(), settings.memoryMaxHeap()),
        String.format(Locale.ROOT, "%.1f at %,d rows", large.maxAfterGcMegabytes(), large.rows()),
        String.format(Locale.ROOT, "%.1f at %,d rows; %s", small.maxAfterGcMegabytes(), small.rows(), apache),
        small.maxAfterGc() / (double) large.maxAfterGc(), "one run each",
        "flat from 1M to 10M rows", flat));
    table.note(String.format(Locale.ROOT,
        "Iterator memory, sum of the heap pools' peaks (an upper bound of the peak heap): %s.",
        String.join(", ", ours.stream().map(m -> String.format(Locale.ROOT, "%.1f MB at %,d rows",
            m.poolPeaksMegabytes(), m.rows())).toList())));
  }

  private void coldStart() {
    try (MockSparkConnectServer mock = MockSparkConnectServer.builder()
        .fixtures(RecordedShapes.folderOf(BenchmarkProperties.fixtures(), Shape.SMALL)).port(0).start()) {
      Sample ours = ColdStart.ours(mock.remote(), Shape.SMALL.sql(), settings.coldStartRuns());
      Sample apache = ColdStart.apache(mock.remote(), Shape.SMALL.sql(), settings.coldStartRuns());
      table.add(new Line("Cold start: fresh JVM to the first result from the mock server (ms)",
          millis(ours.mean()), millis(apache.mean()) + " (Apache's client)", apache.mean() / ours.mean(),
          ours.spread() + " / " + apache.spread(), "", null));
    }
  }

  private void firstTest() {
    Path fixtures = work.resolve("first-test-fixtures");
    FirstReplayTest.Figures figures = FirstReplayTest.measure(fixtures, realRemote, settings.coldStartRuns(), List.of());
    table.add(new Line("First `@SparkConnectTest` in REPLAY: fresh JVM on the JUnit Platform to the first test's"
        + " answer (ms)", millis(figures.firstAnswer().mean()),
        millis(figures.toMain().mean()) + " (the same JVM to its `main`)",
        figures.toMain().mean() / figures.firstAnswer().mean(),
        figures.firstAnswer().spread() + " / " + figures.toMain().spread(), "under 1 s",
        figures.firstAnswer().mean() < 1000));
    table.add(new Line("Each later `@SparkConnectTest` in REPLAY, a ten-row query in its own session (ms)",
        millis(figures.perTest().mean()), millis(figures.firstAnswer().mean()) + " (the first, from the JVM's launch)",
        figures.firstAnswer().mean() / figures.perTest().mean(), figures.perTest().spread(), "", null));
    FirstReplayTest.Figures c1 = FirstReplayTest.measure(fixtures, realRemote, settings.coldStartRuns(),
        List.of(FirstReplayTest.C1_ONLY));
    table.add(new Line("First `@SparkConnectTest` in REPLAY, test JVM with `" + FirstReplayTest.C1_ONLY + "` (ms)",
        millis(c1.firstAnswer().mean()), millis(figures.firstAnswer().mean()) + " (the JVM's defaults)",
        figures.firstAnswer().mean() / c1.firstAnswer().mean(), c1.firstAnswer().spread() + " / "
            + figures.firstAnswer().spread(), "under 1 s", c1.firstAnswer().mean() < 1000));
    FirstReplayTest.Figures cold = FirstReplayTest.measure(fixtures, realRemote, settings.coldStartRuns(),
        List.of(FirstReplayTest.C1_ONLY, "-Dspark.connect.warmUp=false"));
    table.add(new Line("First `@SparkConnectTest` in REPLAY, `" + FirstReplayTest.C1_ONLY + "`, warm-up on against off"
        + " (ms)", millis(c1.firstAnswer().mean()), millis(cold.firstAnswer().mean()) + " (-Dspark.connect.warmUp=false)",
        cold.firstAnswer().mean() / c1.firstAnswer().mean(), c1.firstAnswer().spread() + " / "
            + cold.firstAnswer().spread(), "", null));
  }

  private void warmServer() {
    WarmServerStart.Figures figures = WarmServerStart.measure(settings.coldStartRuns());
    table.add(new Line("Test JVM start to its first query on a LOCAL server, reusing a warm one (ms)",
        millis(figures.warm().mean()), millis(figures.cold().mean()) + " (starting its own, as before)",
        figures.cold().mean() / figures.warm().mean(), figures.warm().spread() + " / " + figures.cold().spread(),
        "under 1 s", figures.warm().mean() < 1000));
    table.note("Warm server: a fresh JVM (client and local-server on its class path) takes the LOCAL server and"
        + " runs SELECT 1; kept warm with LocalSparkConnectServer.Builder.keepWarm (-Dspark.connect.keepWarm in"
        + " @SparkConnectTest), the next JVM finds it through its discovery file and checks it with an RPC.");
  }

  private void footprint() {
    Footprint ours = Footprint.ours();
    Footprint apache = Footprint.apache();
    table.add(new Line("Footprint: runtime jars of an application using the client",
        String.format(Locale.ROOT, "%d jars, %.1f MB", ours.jars(), ours.megabytes()),
        String.format(Locale.ROOT, "%d jars, %.1f MB (Apache's client)", apache.jars(), apache.megabytes()),
        apache.megabytes() / ours.megabytes(), "exact", "under a third of Apache's in size",
        ours.megabytes() * 3 < apache.megabytes()));
  }

  // ---- JMH plumbing

  private ChainedOptionsBuilder baseOptions(Class<?> benchmark) {
    List<String> jvmArgs = new ArrayList<>(FORK_FLAGS);
    for (String key : List.of("benchmarks.rows.simple", "benchmarks.rows.rich", BenchmarkProperties.FIXTURES,
        BenchmarkProperties.REAL_SERVER)) {
      jvmArgs.add("-D" + key + "=" + System.getProperty(key));
    }
    return new OptionsBuilder()
        .include("^" + benchmark.getName().replace(".", "\\.") + "\\.")
        .forks(settings.forks())
        .jvmArgsAppend(jvmArgs.toArray(String[]::new))
        .shouldFailOnError(true);
  }

  /**
   * Round trips through gRPC over TCP need up to a minute of warm-up on this machine: with 16 or 64
   * client threads on two cores the JIT compiles the transport's paths slowly, and a 3 s warm-up
   * measured the compiler (1,426 round trips/s with 16 clients where the warm mock makes about 7,700).
   * Half a minute was not enough either: in the full run of 2026-12-03 the mock with 16 clients was
   * still 10 % faster at each of its last warm-up iterations, where bare gRPC had levelled off.
   */
  private Collection<RunResult> roundTripJmh(Class<?> benchmark) throws RunnerException {
    if (settings.forks() == 0) {
      return jmh(benchmark, 1);
    }
    ChainedOptionsBuilder options = baseOptions(benchmark)
        .warmupIterations(ROUND_TRIP_WARMUP_ITERATIONS)
        .warmupTime(TimeValue.seconds(3))
        .measurementIterations(settings.measurementIterations())
        .measurementTime(TimeValue.seconds(2));
    return new Runner(options.build()).run();
  }

  private static final int ROUND_TRIP_WARMUP_ITERATIONS = 20;

  private Collection<RunResult> jmh(Class<?> benchmark, int iterationSeconds) throws RunnerException {
    ChainedOptionsBuilder options = baseOptions(benchmark)
        .warmupIterations(settings.warmupIterations())
        .warmupTime(TimeValue.seconds(iterationSeconds))
        .measurementIterations(settings.measurementIterations())
        .measurementTime(TimeValue.seconds(iterationSeconds));
    if (settings.forks() == 0) {
      options.measurementTime(TimeValue.milliseconds(100)).warmupTime(TimeValue.milliseconds(100));
    }
    return new Runner(options.build()).run();
  }

  private static RunResult find(Collection<RunResult> results, String method, String... params) {
    for (RunResult result : results) {
      var benchmark = result.getParams();
      if (!benchmark.getBenchmark().endsWith("." + method)) {
        continue;
      }
      boolean matches = true;
      for (int i = 0; i < params.length; i += 2) {
        matches &= params[i + 1].equals(benchmark.getParam(params[i]));
      }
      if (matches) {
        return result;
      }
    }
    throw new IllegalStateException("no JMH result for " + method + " " + Arrays.toString(params));
  }

  private static Line rowsPerSecond(String figure, Shape shape, RunResult ours, RunResult reference,
                                    String referenceName, String target, double targetRatio) {
    double oursRate = shape.rows() / toSeconds(ours);
    double referenceRate = shape.rows() / toSeconds(reference);
    double ratio = oursRate / referenceRate;
    return new Line(figure + " (rows/s)", perSecond(oursRate), perSecond(referenceRate) + " (" + referenceName + ")",
        ratio, relative(ours) + " / " + relative(reference), target,
        Double.isNaN(targetRatio) ? null : ratio >= targetRatio);
  }

  private static double toSeconds(RunResult result) {
    String unit = result.getPrimaryResult().getScoreUnit();
    double score = result.getPrimaryResult().getScore();
    if (!unit.startsWith("ms/")) {
      throw new IllegalStateException("expected a time per operation in ms, got " + unit);
    }
    return score / TimeUnit.SECONDS.toMillis(1);
  }

  private static String relative(RunResult result) {
    double score = result.getPrimaryResult().getScore();
    double error = result.getPrimaryResult().getScoreError();
    if (Double.isNaN(error) || score == 0) {
      return "n/a";
    }
    return String.format(Locale.ROOT, "± %.1f %%", 100 * error / score);
  }

  private static String perSecond(double value) {
    return String.format(Locale.ROOT, "%,.0f", value);
  }

  private static String millis(double value) {
    return String.format(Locale.ROOT, value < 10 ? "%.2f" : "%,.0f", value);
  }

  private static String firstLine(String text) {
    if (text == null) {
      return "";
    }
    int newline = text.indexOf('\n');
    return newline < 0 ? text : text.substring(0, newline);
  }
}
