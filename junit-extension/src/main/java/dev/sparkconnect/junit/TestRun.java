package dev.sparkconnect.junit;

import dev.sparkconnect.client.SparkSession;
import dev.sparkconnect.fixtures.Fixture;
import dev.sparkconnect.fixtures.FixtureStore;
import dev.sparkconnect.mock.FaultableServer;
import dev.sparkconnect.mock.MockSparkConnectServer;
import dev.sparkconnect.mock.network.FaultyNetwork;
import dev.sparkconnect.mock.record.RecordingProxy;
import dev.sparkconnect.mock.verify.Difference;
import dev.sparkconnect.mock.verify.FixtureComparison;
import dev.sparkconnect.protocol.connection.ConnectionString;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Everything one test uses: the server its session talks to (the mock, the recording proxy or a
 * real server), its session, and what happens when it ends (the recordings checked or compared).
 */
final class TestRun implements ExtensionContext.Store.CloseableResource {

  private static final Logger LOG = LoggerFactory.getLogger(TestRun.class);

  private final Mode mode;
  private final Backend backend;
  private final Path folder;
  private final MockSparkConnectServer mock;
  private final RecordingProxy proxy;
  private final String remote;
  private final boolean requireFaultsFired;
  private double verifyTolerance;
  private StagedRecording staged;
  private Path setupFolder;
  /** In RECORD, how many recordings the proxy had when the test method began (the rest are its own). */
  private int setupRecordings = -1;
  private List<String> knownSecrets = List.of();
  private SparkSession session;
  /**
   * Whether the session reaches the mock in-process: a test that breaks nothing does, as nothing
   * of the network is under test and it gets its first answer sooner; a test that takes the mock
   * or a faultable server, a faulty network or a fault sweep goes over TCP, where every fault applies.
   */
  private boolean inProcess;
  private boolean finished;
  /** The run of a version matrix this test is, or null. */
  private MatrixRun matrixRun;
  private MatrixContext matrixContext;
  /** The SQL file this test runs, for a folder of them, or null. */
  private SqlFile sqlFile;

  /**
   * What a run of a version matrix needs when it ends: the test, where the reference's answers
   * are kept for the others, and the ledger.
   */
  private record MatrixContext(Class<?> testClass, String method, ExtensionContext.Store store, String referenceKey,
      Path ledger) {}

  private TestRun(Mode mode, Backend backend, Path folder, MockSparkConnectServer mock, RecordingProxy proxy, String remote,
      boolean requireFaultsFired) {
    this.requireFaultsFired = requireFaultsFired;
    this.mode = mode;
    this.backend = backend;
    this.folder = folder;
    this.mock = mock;
    this.proxy = proxy;
    this.remote = remote;
  }

  static TestRun start(ExtensionContext context, ExtensionSettings settings) {
    Path folder = FixtureLocation.of(context, settings.fixturesRoot());
    Mode mode = settings.mode();
    if (mode != Mode.REPLAY && TakenParameters.takesTheMock(context)) {
      LOG.info("{}: runs on the mock server in {} mode too: it takes the MockSparkConnectServer, so its answers"
          + " come from stubs (take a FaultableServer for faults and the journal in every mode)",
          context.getDisplayName(), mode);
      mode = Mode.REPLAY;
    }
    MatrixRun matrix = settings.matrixRun().orElse(null);
    String variant = matrix == null || matrix.isReference() ? null : matrix.entry().variant();
    if (mode == Mode.RECORD_MISSING) {
      boolean recorded = variant != null ? java.nio.file.Files.isDirectory(matrix.answersFolder(folder))
          : FixtureStore.load(folder).size() > 0;
      mode = recorded ? Mode.REPLAY : Mode.RECORD;
      LOG.info("{}: RECORD_MISSING {} ({})", context.getDisplayName(), mode == Mode.REPLAY ? "replays" : "records",
          folder);
    }
    if ((mode == Mode.REPLAY || mode == Mode.VERIFY) && !TakenParameters.takesTheMock(context)
        && !java.nio.file.Files.isDirectory(settings.fixturesRoot())) {
      Path root = settings.fixturesRoot();
      throw new org.junit.jupiter.api.extension.ExtensionConfigurationException("The fixtures folder " + root
          + " does not exist" + (root.isAbsolute() ? "" : " (looked for at " + root.toAbsolutePath() + ")") + ", so "
          + mode + " has nothing to " + (mode == Mode.REPLAY ? "replay" : "compare with") + ". It comes from "
          + ExtensionSettings.FIXTURES + ", SPARK_CONNECT_FIXTURES or @SparkConnectTest(fixtures = ...); record into it"
          + " first (-D" + ExtensionSettings.MODE + "=RECORD_MISSING), or point it at the folder that holds them.");
    }
    // A test that takes the faulty network reaches its server (mock or proxy) through one.
    boolean network = TakenParameters.takes(context, FaultyNetwork.class);
    Path setupFolder = FixtureLocation.setupOf(context, settings.fixturesRoot());
    if (mode == Mode.REPLAY) {
      if (variant != null && !TakenParameters.takesTheMock(context)
          && !java.nio.file.Files.isDirectory(matrix.answersFolder(folder))) {
        throw new org.junit.jupiter.api.extension.ExtensionConfigurationException(matrix.entry().describe()
            + "'s answers to this test were never recorded (there is no " + matrix.answersFolder(folder) + "), so"
            + " REPLAY cannot tell them from " + matrix.reference().describe() + "'s: record them with -D"
            + ExtensionSettings.MODE + "=RECORD_MISSING -D" + VersionMatrixExtension.SUBSET + "=" + matrix.entry().label());
      }
      // A test without fixtures of its own (stubs only, or a miss to report) replays from an empty store.
      MockSparkConnectServer.Builder mockBuilder = MockSparkConnectServer.builder()
          .fixtures(fixturesOf(folder, setupFolder, variant));
      if (matrix != null && !matrix.entry().isExternal()) {
        mockBuilder.sparkVersion(matrix.entry().label());
      }
      MockSparkConnectServer mock = (network ? mockBuilder.networkFaults() : mockBuilder).start();
      TestRun run = new TestRun(mode, settings.backend(), folder, mock, null, null, settings.requireFaultsFired());
      run.inProcess = !network && !FaultSweepExtension.isSwept(context) && !TakenParameters.takesTheMock(context)
          && !TakenParameters.takes(context, FaultableServer.class);
      return run.inMatrix(context, settings, matrix, setupFolder);
    }
    Backend backend = RealServers.resolve(context, settings.backend());
    String real = RealServers.remote(context, backend, settings);
    TestRun started = switch (mode) {
      case RECORD -> {
        StagedRecording staged = matrix == null ? StagedRecording.of(folder, setupFolder)
            : StagedRecording.of(matrix.answersFolder(folder), matrix.answersFolder(setupFolder));
        RecordingProxy proxy = proxyTo(real, network).detectVolatileColumns(settings.detectVolatileColumns()).start();
        TestRun run = new TestRun(mode, backend, folder, null, proxy, proxy.remote(), settings.requireFaultsFired());
        run.staged = staged;
        run.knownSecrets = knownSecrets(real);
        yield run;
      }
      case VERIFY -> {
        RecordingProxy proxy = proxyTo(real, network).start();
        TestRun run = new TestRun(mode, backend, folder, null, proxy, proxy.remote(), settings.requireFaultsFired());
        yield run;
      }
      default -> {
        // A run of a version matrix keeps the answers to compare them.
        if (!TakenParameters.takes(context, FaultableServer.class) && !FaultSweepExtension.isSwept(context)
            && !network && matrix == null) {
          yield new TestRun(mode, backend, folder, null, null, real, settings.requireFaultsFired());
        }
        // A LIVE test that breaks things goes through the proxy, which holds the token if any.
        RecordingProxy proxy = proxyTo(real, network).start();
        yield new TestRun(mode, backend, folder, null, proxy, proxy.remote(), settings.requireFaultsFired());
      }
    };
    started.verifyTolerance = settings.verifyTolerance();
    return started.inMatrix(context, settings, matrix, setupFolder);
  }

  /** This run, told that it is a run of {@code matrix} (or of no matrix, when null) and where its set-up lives. */
  private TestRun inMatrix(ExtensionContext context, ExtensionSettings settings, MatrixRun matrix, Path setup) {
    this.setupFolder = setup;
    this.matrixRun = matrix;
    this.sqlFile = SqlGoldenFilesExtension.fileOf(context).orElse(null);
    if (matrix != null) {
      // A file of a folder of SQL files is a test of its own: Class.method/file.sql.
      String test = context.getRequiredTestMethod().getName() + (sqlFile == null ? "" : "/" + sqlFile.name());
      String template = context.getParent().map(ExtensionContext::getUniqueId).orElse(context.getUniqueId());
      this.matrixContext = new MatrixContext(context.getRequiredTestClass(), test,
          context.getRoot().getStore(ExtensionContext.Namespace.create(TestRun.class)),
          "reference-answers " + template + " " + test, matrix.ledger(settings.fixturesRoot()));
    }
    return this;
  }

  private static RecordingProxy.Builder proxyTo(String real, boolean network) {
    RecordingProxy.Builder builder = RecordingProxy.builder().target(real);
    return network ? builder.networkFaults() : builder;
  }

  Mode mode() {
    return mode;
  }

  /** The test method is about to run: what was recorded until now was its class's set-up. */
  void testMethodStarts() {
    if (staged != null) {
      setupRecordings = proxy.recorded().size();
    }
  }

  /** The fixtures of a test: its own, and its class's set-up ones. */
  static FixtureStore fixturesOf(Path folder, Path setupFolder) {
    return fixturesOf(folder, setupFolder, null);
  }

  /** The fixtures of a test as one server answers them: the shared ones, replaced by the {@code variant}'s own. */
  static FixtureStore fixturesOf(Path folder, Path setupFolder, String variant) {
    FixtureStore store = FixtureStore.load(setupFolder, variant);
    FixtureStore.load(folder, variant).all().forEach(store::add);
    return store;
  }

  Optional<MockSparkConnectServer> mock() {
    return Optional.ofNullable(mock);
  }

  /** The mock in REPLAY, the recording proxy in front of the real server in every other mode. */
  FaultableServer faultable() {
    FaultableServer server = mock != null ? mock : proxy;
    if (server == null) {
      throw new org.junit.jupiter.api.extension.ParameterResolutionException("This LIVE test was started without"
          + " the proxy that breaks a real server's streams: take the FaultableServer in the test method or a"
          + " @BeforeEach method, not later");
    }
    return server;
  }

  SparkConnectEndpoint endpoint() {
    return new SparkConnectEndpoint(remote(), mode, backend, folder);
  }

  /** The {@code sc://} string of the test's server; the mock opens its port when first asked. */
  private String remote() {
    return remote != null ? remote : mock.remote();
  }

  /** The test's session, created on first use. */
  synchronized SparkSession session() {
    if (session == null) {
      session = inProcess
          ? SparkSession.builder().remote("sc://localhost").channelBuilder(mock::inProcessChannel).create()
          : SparkSession.builder().remote(remote()).create();
    }
    return session;
  }

  /**
   * Ends the test: closes its session, then keeps what RECORD wrote (only if the test passed and the
   * recordings hold no secret) and compares what VERIFY saw with the fixtures. Returns the failure
   * the test should report, if any.
   */
  Optional<AssertionError> finish(boolean testPassed) {
    if (finished) {
      return Optional.empty();
    }
    finished = true;
    closeSession();
    try {
      Optional<AssertionError> failure = check();
      Optional<AssertionError> deviations = testPassed && failure.isEmpty() ? matrixDeviations() : Optional.empty();
      if (staged != null) {
        if (testPassed && failure.isEmpty()) {
          closeServers();
          List<Fixture> all = proxy.recorded();
          int split = setupRecordings < 0 ? 0 : Math.min(setupRecordings, all.size());
          List<Fixture> setup = all.subList(0, split);
          List<Fixture> body = all.subList(split, all.size());
          if (matrixRun != null && !matrixRun.entry().isExternal()) {
            // REPLAY's mock reports the run's Spark version itself, so that answer is not kept.
            setup = setup.stream().filter(answer -> !AnswerDeviations.asksTheVersion(answer)).toList();
            body = body.stream().filter(answer -> !AnswerDeviations.asksTheVersion(answer)).toList();
          }
          int asked = body.size();
          if (matrixRun != null && !matrixRun.isReference()) {
            FixtureStore reference = referenceAnswers();
            setup = MatrixRecording.ownAnswers(setup, reference);
            body = MatrixRecording.ownAnswers(body, reference);
          }
          failure = staged.commit(setup, body, knownSecrets);
          if (failure.isEmpty() && matrixRun != null && !matrixRun.isReference()) {
            MatrixRecording.describe(matrixRun, matrixRun.answersFolder(folder), asked, body);
          }
        } else {
          staged.discard();
          LOG.info("RECORD kept the old fixtures of {}: the test failed", folder);
        }
      }
      return failure.isPresent() ? failure : deviations;
    } finally {
      closeServers();
    }
  }

  private Optional<AssertionError> check() {
    List<String> unfired = mock != null ? mock.unfiredFaults() : proxy != null ? proxy.unfiredFaults() : List.of();
    if (requireFaultsFired && !unfired.isEmpty()) {
      return Optional.of(new AssertionError(unfired.size() + (unfired.size() == 1 ? " fault was" : " faults were")
          + " armed but never fired as asked, so the test did not exercise " + (unfired.size() == 1 ? "it" : "them")
          + ":\n    " + String.join("\n    ", unfired) + "\nPlace each where the test's calls go (the RPC, the plan,"
          + " a position within the stream's length), or disarm it with clearFaults(); set"
          + " @SparkConnectTest(requireFaultsFired = false) to allow faults that may not fire."));
    }
    if (proxy != null && !proxy.failures().isEmpty()) {
      return Optional.of(new AssertionError("Some interactions could not be recorded: " + proxy.failures()));
    }
    if (mode == Mode.VERIFY) {
      return verify();
    }
    return Optional.empty();
  }

  /** The secrets a recording must never hold: the real server's token and the one configured for tests. */
  private static List<String> knownSecrets(String realRemote) {
    List<String> secrets = new ArrayList<>();
    try {
      ConnectionString.parse(realRemote).token().ifPresent(secrets::add);
    } catch (IllegalArgumentException e) {
      // Not parsed here; the session reports a bad sc:// string itself.
    }
    Optional.ofNullable(System.getenv("SPARK_CONNECT_TOKEN")).filter(token -> !token.isBlank()).ifPresent(secrets::add);
    Optional.ofNullable(System.getProperty("spark.connect.token")).filter(token -> !token.isBlank()).ifPresent(secrets::add);
    return secrets;
  }

  /**
   * Compares what the server answered now with the fixtures, question by question, answers in
   * turn: the answers a question got one after another, each repeat of the one before folded into
   * it (as the recording folded them), must be the recorded answers in the same order. A test that
   * polls (a query's status until it stops) may ask more or fewer times than the recording did and
   * still pass; an answer that changed, or that no longer changes when the recording saw it change,
   * fails.
   */
  private Optional<AssertionError> verify() {
    FixtureStore expected = fixturesOf(folder, setupFolder,
        matrixRun == null || matrixRun.isReference() ? null : matrixRun.entry().variant());
    List<String> problems = new ArrayList<>();
    java.util.Map<String, List<Fixture>> turnsByQuestion = new java.util.LinkedHashMap<>();
    for (Fixture answer : proxy.answers()) {
      if (matrixRun != null && !matrixRun.entry().isExternal() && AnswerDeviations.asksTheVersion(answer)) {
        // Not recorded (REPLAY's mock reports the version itself); it must be the version the matrix asked for.
        String reported = answer.analyzeResponse().map(response -> response.getSparkVersion().getVersion()).orElse("");
        if (!reported.equals(matrixRun.entry().label()) && answer.occurrence() == 1) {
          problems.add(answer.name() + ": the server reports Spark " + reported + ", and this run is of "
              + matrixRun.entry().describe());
        }
        continue;
      }
      List<Fixture> turns = turnsByQuestion.computeIfAbsent(answer.questionKey(), key -> new ArrayList<>());
      if (turns.isEmpty() || !turns.get(turns.size() - 1).sameAnswerAs(answer)) {
        turns.add(answer);
      }
    }
    turnsByQuestion.forEach((question, turns) -> {
      List<Fixture> recorded = expected.answers(question);
      if (recorded.isEmpty()) {
        problems.add(label(turns.get(0)) + ": the server was asked this, but no fixture records it (record the test again)");
        return;
      }
      for (int turn = 0; turn < Math.min(turns.size(), recorded.size()); turn++) {
        Fixture answer = turns.get(turn);
        Fixture then = recorded.get(turn);
        List<Difference> differences = FixtureComparison.differences(then, answer, verifyTolerance);
        if (!then.volatileColumns().isEmpty()) {
          LOG.info("VERIFY {}: volatile columns {} not compared", then.name(), then.volatileColumns());
        }
        if (!differences.isEmpty()) {
          StringBuilder text = new StringBuilder(label(then)).append(": the server's answer changed")
              .append(recorded.size() > 1 ? " (answer " + (turn + 1) + " of " + recorded.size() + " in turn)" : "")
              .append(then.volatileColumns().isEmpty() ? ""
                  : " (volatile columns " + then.volatileColumns() + " not compared)");
          differences.forEach(difference -> text.append("\n    ").append(difference));
          problems.add(text.toString());
          return; // the answers after a changed one are compared to the wrong turn
        }
      }
      if (turns.size() != recorded.size()) {
        problems.add(label(recorded.get(0)) + ": the recording saw " + recorded.size() + " different answers in turn, "
            + "the server now gives " + turns.size() + (turns.size() < recorded.size()
                ? "; the next recorded one (" + recorded.get(turns.size()).name() + ") never came"
                : "; the last one is new"));
      }
    });
    if (problems.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new AssertionError("VERIFY against " + backend + " found " + problems.size()
        + (problems.size() == 1 ? " answer" : " answers") + " that no longer match the fixtures in " + folder + ":\n"
        + String.join("\n", problems)));
  }

  /**
   * For the reference run of a matrix, keeps its live answers for the other runs; for another run,
   * compares its answers with the reference's and holds the differences to the ledger.
   */
  private Optional<AssertionError> matrixDeviations() {
    if (matrixRun == null) {
      return Optional.empty();
    }
    if (matrixRun.isReference()) {
      if (proxy != null) {
        FixtureStore answers = FixtureStore.empty();
        proxy.recorded().forEach(answers::add);
        matrixContext.store().put(matrixContext.referenceKey(), answers);
      }
      return Optional.empty();
    }
    List<Fixture> answers;
    if (proxy != null) {
      answers = new ArrayList<>(proxy.recorded());
    } else {
      answers = new ArrayList<>(FixtureStore.load(matrixRun.answersFolder(setupFolder)).all());
      answers.addAll(FixtureStore.load(matrixRun.answersFolder(folder)).all());
    }
    answers.removeIf(AnswerDeviations::asksTheVersion);
    FixtureStore reference = referenceAnswers();
    if (reference.size() == 0 && !answers.isEmpty() && (mode == Mode.REPLAY || mode == Mode.VERIFY)) {
      // Without the reference's answers nothing can be compared, and this version's would replay unchecked.
      return Optional.of(new AssertionError(matrixRun.reference().describe() + "'s answers to "
          + matrixContext.testClass().getSimpleName() + "." + matrixContext.method() + " are not recorded (nothing"
          + " in " + folder + "), so " + matrixRun.entry().describe() + "'s cannot be held to the deviation ledger:"
          + " record the reference with -D" + ExtensionSettings.MODE + "=RECORD_MISSING -D"
          + VersionMatrixExtension.SUBSET + "=" + matrixRun.reference().label()));
    }
    if (reference.size() == 0) {
      LOG.warn("{} of {}.{}: no answers of {} to compare with (it did not run, and has no fixtures), so the"
          + " deviation ledger is not checked", matrixRun.entry().describe(), matrixContext.testClass().getSimpleName(),
          matrixContext.method(), matrixRun.reference().describe());
      return Optional.empty();
    }
    List<AnswerDeviations.Deviation> deviations = AnswerDeviations.between(reference, answers, verifyTolerance);
    return DeviationLedger.load(matrixContext.ledger()).check(matrixContext.testClass(), matrixContext.method(),
        matrixRun.entry(), matrixRun.reference(), deviations);
  }

  /** A fixture's name, and for a folder of SQL files the file and line of the statement it answers. */
  private String label(Fixture answer) {
    if (sqlFile == null) {
      return answer.name();
    }
    Optional<String> query = answer.plan().flatMap(plan -> plan.hasRoot() && plan.getRoot().hasSql()
        ? Optional.of(plan.getRoot().getSql().getQuery())
        : dev.sparkconnect.protocol.plans.SqlCommands.queryOf(plan).filter(relation -> relation.hasSql())
            .map(relation -> relation.getSql().getQuery()));
    return answer.name() + query.flatMap(sqlFile::whereIs).map(where -> " (" + where + ")").orElse("");
  }

  /** The reference server's answers: from its run in this test run if it had one, else its fixtures. */
  private FixtureStore referenceAnswers() {
    FixtureStore live = matrixContext.store().get(matrixContext.referenceKey(), FixtureStore.class);
    return live != null ? live : fixturesOf(folder, setupFolder, null);
  }

  private void closeSession() {
    if (session != null) {
      try {
        session.close();
      } catch (RuntimeException e) {
        LOG.warn("Closing the test's Spark session failed: {}", e.toString());
      }
      session = null;
    }
  }

  private void closeServers() {
    if (proxy != null) {
      proxy.close();
    }
    if (mock != null) {
      mock.close();
    }
  }

  @Override
  public void close() {
    finished = true;
    closeSession();
    closeServers();
    if (staged != null) {
      staged.discard();
    }
  }

}
