package dev.sparkconnect.mock.cli;

import dev.sparkconnect.fixtures.Fixture;
import dev.sparkconnect.fixtures.FixtureFiles;
import dev.sparkconnect.fixtures.FixtureFormatException;
import dev.sparkconnect.fixtures.FixtureReader;
import dev.sparkconnect.fixtures.FixtureSecrets;
import dev.sparkconnect.fixtures.FixtureStore;
import dev.sparkconnect.mock.MockSparkConnectServer;
import dev.sparkconnect.mock.admin.AdminServer;
import dev.sparkconnect.mock.conformance.ConformanceReport;
import dev.sparkconnect.mock.conformance.ConformanceRunner;
import dev.sparkconnect.mock.record.RecordingProxy;
import dev.sparkconnect.mock.verify.FixtureVerifier;
import dev.sparkconnect.mock.verify.VerifyReport;
import dev.sparkconnect.proto.ExecutePlanResponse;
import dev.sparkconnect.protocol.plans.CanonicalPlans;
import dev.sparkconnect.protocol.secrets.SecretKeys;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;

/**
 * The command line of the mock server, for clients in any language:
 *
 * <pre>
 * java -jar spark-connect-mock-server-cli.jar serve  [--fixtures DIR] [--port 15002] [--host localhost] [--token T]
 * java -jar spark-connect-mock-server-cli.jar record --target sc://HOST:PORT --fixtures DIR [--port 15002]
 * java -jar spark-connect-mock-server-cli.jar verify --target sc://HOST:PORT --fixtures DIR [--conf KEY=VALUE]...
 * java -jar spark-connect-mock-server-cli.jar verify --conformance sc://HOST:PORT [--only AREA]...
 * java -jar spark-connect-mock-server-cli.jar verify --secrets --fixtures DIR [--redaction-regex REGEX]
 * java -jar spark-connect-mock-server-cli.jar show   FIXTURE_DIR | FOLDER
 * java -jar spark-connect-mock-server-cli.jar data   export FIXTURE_DIR | import FIXTURE_DIR --csv FILE
 * </pre>
 *
 * {@code serve} without {@code --fixtures} serves the sample fixtures bundled in this jar. A token
 * may come from {@code SPARK_CONNECT_MOCK_TOKEN} instead of the command line; it is never printed.
 */
public final class Main {

  static final String SAMPLES = "spark-connect/samples";

  private static final String USAGE = String.join("\n",
      "Usage: spark-connect-mock <command> [options]",
      "",
      "Commands:",
      "  serve   [--fixtures DIR] [--port 15002] [--host localhost] [--token-file F | --token T] [--spark-version V]",
      "          [--admin-port P [--network-faults]]",
      "          [--tls-cert CHAIN.pem --tls-key KEY.pem | --tls-self-signed DIR]",
      "          Serve recorded fixtures (the bundled samples if no DIR) as a Spark Connect server",
      "          of Spark V (4.2.0 by default; with V, its own answers in @spark-V folders win),",
      "          over TLS with the given certificate or with a new self-signed one written to DIR",
      "          (clients trust DIR/mock-server.crt). --admin-port P also serves an HTTP JSON API on",
      "          127.0.0.1:P to arm faults, load fixtures and read the journal and near misses from any",
      "          language (GET / lists it); with --network-faults, clients connect through a relay whose",
      "          latency, bandwidth, resets and corruption that API sets (POST /network).",
      "          A client may also pick faults per call: header spark-connect-mock-fault=endStream@2.",
      "  record  --target sc://HOST:PORT --fixtures DIR [--port 15002]",
      "          Forward every call to a real server and write what it answers as fixtures.",
      "  verify  --target sc://HOST:PORT --fixtures DIR [--conf KEY=VALUE]... [--tolerance 0.001]",
      "          Run the fixtures against a real server and report every answer that changed",
      "          (floating-point and decimal cells within the tolerance match).",
      "  verify  --conformance sc://HOST:PORT [--only AREA|AREA/CASE]...",
      "          Judge any Spark Connect endpoint (an alternative engine, a vendor service, this mock)",
      "          by hand-built calls of every RPC: ids and streams, relations, analysis, config,",
      "          sessions, operations, errors and Arrow values; prints each case and the counts by area.",
      "  verify  --secrets --fixtures DIR [--redaction-regex REGEX]",
      "          Check the fixtures for credentials before committing them: unredacted values of keys",
      "          matching Spark's spark.redaction.regex (and REGEX), and the token in SPARK_CONNECT_TOKEN",
      "          or SPARK_CONNECT_MOCK_TOKEN anywhere. Names files and keys, never the values.",
      "  show    FIXTURE_DIR | FOLDER",
      "          Print one fixture (its request, how many responses, and its preview), or list the",
      "          fixtures under a folder (a test's or a class's), one line each.",
      "  data    export FIXTURE_DIR | import FIXTURE_DIR --csv FILE",
      "          Print a fixture's rows as CSV, or write edited CSV rows back into it (its Arrow data,",
      "          row counts and preview), the columns and their types unchanged.",
      "",
      "A token given as --token T shows in the process list to every user of the machine: prefer",
      "--token-file F (the first line of a file only you can read) or SPARK_CONNECT_MOCK_TOKEN.",
      "Clients on this machine send it with sc://localhost:PORT/;token=T (no TLS needed on loopback);",
      "clients on other machines need TLS: serve with --tls-self-signed DIR and trust DIR/mock-server.crt.",
      "Exit status: 0 done, 1 verify found differences, secrets or failed cases, 2 bad command line or fixtures.");

  private final PrintStream out;
  private final PrintStream err;
  /** What serve or record started, when run without blocking (by tests). */
  AutoCloseable started;

  Main(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  /** Runs one command (see the class comment) and exits with 0 on success, 1 on failure, 2 on bad usage. */
  public static void main(String[] args) {
    int status = new Main(System.out, System.err).run(Arrays.asList(args), true);
    if (status != 0) {
      System.exit(status);
    }
  }

  /** Runs one command; {@code block} keeps serve and record running until the JVM is stopped. */
  int run(List<String> args, boolean block) {
    if (args.isEmpty() || args.get(0).equals("--help") || args.get(0).equals("-h") || args.get(0).equals("help")) {
      (args.isEmpty() ? err : out).println(USAGE);
      return args.isEmpty() ? 2 : 0;
    }
    String command = args.get(0);
    List<String> rest = args.subList(1, args.size());
    try {
      return switch (command) {
        case "serve" -> serve(Arguments.parse(command, rest, Set.of("fixtures", "port", "host", "token", "token-file",
            "spark-version", "tls-cert", "tls-key", "tls-self-signed", "admin-port"), Set.of("network-faults")), block);
        case "record" -> record(Arguments.parse(command, rest, Set.of("target", "fixtures", "port")), block);
        case "verify" -> verify(Arguments.parse(command, rest, Set.of("target", "fixtures", "conf", "redaction-regex", "tolerance",
            "conformance", "only"), Set.of("secrets")));
        case "show" -> show(Arguments.parse(command, rest, Set.of()));
        case "data" -> data(Arguments.parse(command, rest, Set.of("csv")));
        default -> throw new Arguments.UsageException("unknown command '" + command + "'; use serve, record, verify, show or data");
      };
    } catch (Arguments.UsageException e) {
      err.println("spark-connect-mock: " + e.getMessage());
      err.println("Run with --help for the usage.");
      return 2;
    } catch (FixtureFormatException | IllegalArgumentException e) {
      err.println("spark-connect-mock: " + e.getMessage());
      return 2;
    }
  }

  private int serve(Arguments args, boolean block) {
    String fixtures = args.get("fixtures", null);
    MockSparkConnectServer.Builder builder = MockSparkConnectServer.builder()
        .port(args.port("port", 15002))
        .host(args.get("host", "localhost"))
        .sparkVersion(args.get("spark-version", "4.2.0"));
    if (fixtures == null) {
      builder.fixturesFromClasspath(SAMPLES);
    } else {
      Path folder = Path.of(fixtures);
      if (!Files.isDirectory(folder)) {
        throw new Arguments.UsageException("--fixtures " + fixtures + " is not a folder");
      }
      // A version's own answers, kept beside the shared ones by a version matrix, replace them.
      String version = args.get("spark-version", null);
      builder.fixtures(FixtureStore.load(folder, version == null ? null : "spark-" + version));
    }
    String token = token(args);
    if (token != null) {
      builder.requireToken(token);
    }
    Path trust = tls(args, builder);
    if (args.flag("network-faults")) {
      if (args.get("admin-port", null) == null) {
        throw new Arguments.UsageException("--network-faults needs --admin-port P: the network's faults are set through"
            + " the admin API (POST /network)");
      }
      builder.networkFaults();
    }
    MockSparkConnectServer server = builder.start();
    out.println("Spark Connect mock server listening on " + server.remote() + ", serving "
        + server.fixtures().size() + " fixtures from " + (fixtures == null ? "the bundled samples" : fixtures)
        + (token == null ? "" : " (a bearer token is required)"));
    if (trust != null) {
      out.println("Clients trust the certificate in " + trust
          + " (SparkSession.builder().trustedCertificates(...), or grpc's trust store option in other clients).");
    }
    out.println("Connect any Spark Connect client to it, for example: pyspark --remote " + server.remote());
    if (args.get("admin-port", null) == null) {
      awaitShutdown(server, block);
      return 0;
    }
    AdminServer admin = AdminServer.start(server, args.port("admin-port", 0), token);
    out.println("Admin API on " + admin.address() + " (faults, network, fixtures, journal, near misses, reset; GET / lists it"
        + (token == null ? "" : "; it needs the same token") + ")");
    awaitShutdown(() -> {
      admin.close();
      server.close();
    }, block);
    return 0;
  }

  private int record(Arguments args, boolean block) {
    Path folder = Path.of(args.required("fixtures"));
    RecordingProxy proxy = RecordingProxy.builder()
        .target(args.required("target"))
        .recordTo(folder)
        .port(args.port("port", 15002))
        .start();
    out.println("Recording proxy listening on " + proxy.remote() + ", forwarding to the target and writing fixtures to "
        + folder);
    awaitShutdown(proxy, block);
    return 0;
  }

  private int verify(Arguments args) {
    if (!args.positional().isEmpty()) {
      throw new Arguments.UsageException("verify takes options only, not '" + args.positional().get(0) + "'");
    }
    if (args.get("conformance", null) != null) {
      return verifyConformance(args);
    }
    Path folder = Path.of(args.required("fixtures"));
    if (args.flag("secrets")) {
      return verifySecrets(folder, args);
    }
    FixtureStore store = FixtureStore.load(folder);
    if (store.size() == 0) {
      throw new Arguments.UsageException("no fixtures under " + folder);
    }
    FixtureVerifier.Builder verifier = FixtureVerifier.builder()
        .target(args.required("target"))
        .fixtures(store)
        .progress(out::println);
    String tolerance = args.get("tolerance", null);
    if (tolerance != null) {
      try {
        verifier.tolerance(Double.parseDouble(tolerance));
      } catch (IllegalArgumentException e) {
        throw new Arguments.UsageException("--tolerance takes a number of 0 or more, not '" + tolerance + "'");
      }
    }
    for (String setting : args.all("conf")) {
      int eq = setting.indexOf('=');
      if (eq <= 0) {
        throw new Arguments.UsageException("--conf takes KEY=VALUE, not '" + setting + "'");
      }
      verifier.config(setting.substring(0, eq), setting.substring(eq + 1));
    }
    VerifyReport report = verifier.build().run();
    if (!report.passed()) {
      // The summary was the progress's last line.
      out.println();
      out.print(report.mismatches());
      return 1;
    }
    return 0;
  }

  /** Judges any endpoint by the conformance cases; exit 1 when one fails (skips do not count). */
  private int verifyConformance(Arguments args) {
    for (String other : List.of("target", "fixtures", "conf", "tolerance", "redaction-regex")) {
      if (args.get(other, null) != null) {
        throw new Arguments.UsageException("--conformance takes the endpoint itself (sc://host:port) and --only; "
            + "--" + other + " belongs to the other verify commands");
      }
    }
    ConformanceRunner.Builder runner = ConformanceRunner.builder().target(args.get("conformance", null))
        .progress(out::println);
    List<String> only = args.all("only");
    if (!only.isEmpty()) {
      runner.only(only.toArray(String[]::new));
    }
    ConformanceReport report;
    try {
      report = runner.build().run();
    } catch (IllegalStateException e) {
      err.println("spark-connect-mock: " + e.getMessage());
      return 1;
    }
    out.println();
    out.print(report.byArea());
    return report.passed() ? 0 : 1;
  }

  /** Exit 1 when a fixture under {@code folder} holds a secret; names files and keys, never values. */
  private int verifySecrets(Path folder, Arguments args) {
    if (!Files.isDirectory(folder)) {
      throw new Arguments.UsageException("--fixtures " + folder + " is not a folder");
    }
    String extra = args.get("redaction-regex", null);
    SecretKeys keys;
    try {
      keys = extra == null ? SecretKeys.standard() : SecretKeys.withExtraPattern(extra);
    } catch (IllegalArgumentException e) {
      throw new Arguments.UsageException("--redaction-regex: " + e.getMessage());
    }
    List<String> known = new java.util.ArrayList<>();
    for (String variable : List.of("SPARK_CONNECT_TOKEN", "SPARK_CONNECT_MOCK_TOKEN")) {
      String value = System.getenv(variable);
      if (value != null && !value.isBlank()) {
        known.add(value.trim());
      }
    }
    List<String> findings = FixtureSecrets.scan(folder, known, keys);
    String checked = "checked " + folder + " for values of keys matching " + keys
        + (known.isEmpty() ? "" : " and for the token in " + (known.size() == 1 ? "one environment variable" : "two environment variables"));
    if (findings.isEmpty()) {
      out.println("No secret found: " + checked + ".");
      return 0;
    }
    out.println(findings.size() + (findings.size() == 1 ? " secret" : " secrets") + " found (" + checked + "):");
    findings.forEach(finding -> out.println("  " + finding));
    return 1;
  }

  /** {@code data export FIXTURE_DIR} prints a fixture's rows as CSV; {@code data import FIXTURE_DIR --csv F} writes them back. */
  private int data(Arguments args) {
    List<String> positional = args.positional();
    if (positional.size() != 2 || !Set.of("export", "import").contains(positional.get(0))) {
      throw new Arguments.UsageException("data takes 'export FIXTURE_DIR' or 'import FIXTURE_DIR --csv FILE'");
    }
    Path dir = Path.of(positional.get(1));
    Fixture fixture = FixtureReader.read(dir);
    if (positional.get(0).equals("export")) {
      out.print(FixtureData.export(fixture));
      return 0;
    }
    Path csv = Path.of(args.required("csv"));
    String rows;
    try {
      rows = Files.readString(csv);
    } catch (IOException e) {
      throw new Arguments.UsageException("cannot read --csv " + csv + ": " + e.getMessage());
    }
    Fixture edited = FixtureData.withRows(fixture, rows);
    Path parent = dir.toAbsolutePath().getParent();
    if (!dir.getFileName().toString().equals(edited.name())) {
      throw new Arguments.UsageException("the fixture in " + dir + " is named " + edited.name()
          + "; rename the folder back before importing into it");
    }
    dev.sparkconnect.fixtures.FixtureWriter.write(parent, edited);
    long count = edited.responses().stream().filter(ExecutePlanResponse::hasArrowBatch)
        .mapToLong(response -> response.getArrowBatch().getRowCount()).sum();
    out.println("Wrote " + count + (count == 1 ? " row" : " rows") + " into " + dir + " (data, row counts and preview)");
    return 0;
  }

  /** A folder of fixtures (a test's, a class's): one line per fixture, where it is and what it answers. */
  private int list(Path dir) {
    FixtureStore store = FixtureStore.load(dir);
    if (store.size() == 0) {
      throw new Arguments.UsageException(dir + " holds no fixture (a fixture is a folder with "
          + FixtureFiles.RESPONSES + ")");
    }
    out.println(store.size() + (store.size() == 1 ? " fixture" : " fixtures") + " under " + dir + ":");
    try (java.util.stream.Stream<Path> walk = Files.walk(dir)) {
      for (Path folder : walk.filter(path -> Files.exists(path.resolve(FixtureFiles.RESPONSES))).sorted().toList()) {
        Fixture fixture = FixtureReader.read(folder);
        out.println("  " + dir.relativize(folder) + "  " + outcome(fixture));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    out.println("Show one with: show " + dir.resolve("<fixture>"));
    return 0;
  }

  private static String outcome(Fixture fixture) {
    if (fixture.error().isPresent()) {
      return "fails with " + fixture.error().get().condition().orElse("an error");
    }
    if (fixture.rpc() == Fixture.Rpc.ANALYZE_PLAN) {
      return "answers an AnalyzePlan";
    }
    long rows = fixture.responses().stream().filter(ExecutePlanResponse::hasArrowBatch)
        .mapToLong(response -> response.getArrowBatch().getRowCount()).sum();
    return rows + (rows == 1 ? " row" : " rows");
  }

  private int show(Arguments args) {
    if (args.positional().size() != 1) {
      throw new Arguments.UsageException("show takes one fixture folder");
    }
    Path dir = Path.of(args.positional().get(0));
    if (Files.isDirectory(dir) && !Files.exists(dir.resolve(FixtureFiles.RESPONSES))) {
      return list(dir);
    }
    Fixture fixture = FixtureReader.read(dir);
    out.println(fixture.name() + " (" + fixture.rpc().methodName() + ")");
    out.println();
    out.println("Request:");
    out.print(CanonicalPlans.toJson(fixture.request()));
    out.println();
    if (fixture.rpc() == Fixture.Rpc.EXECUTE_PLAN) {
      int responses = fixture.responses().size();
      int batches = fixture.arrowBatches().size();
      out.println(responses + (responses == 1 ? " response, " : " responses, ") + batches
          + (batches == 1 ? " Arrow batch" : " Arrow batches"));
      try {
        out.print(Files.readString(dir.resolve(FixtureFiles.PREVIEW)));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    } else {
      fixture.analyzeResponse().ifPresent(response -> out.print(CanonicalPlans.toJson(response)));
      fixture.error().ifPresent(error -> out.println("fails with " + error.condition().orElse("an error")));
    }
    return 0;
  }

  /** Sets up TLS from the arguments, if asked for; returns the certificate file clients trust, or null. */
  private static Path tls(Arguments args, MockSparkConnectServer.Builder builder) {
    String cert = args.get("tls-cert", null);
    String key = args.get("tls-key", null);
    String selfSigned = args.get("tls-self-signed", null);
    if (selfSigned != null) {
      if (cert != null || key != null) {
        throw new Arguments.UsageException("give either --tls-self-signed DIR or --tls-cert and --tls-key, not both");
      }
      SelfSignedCertificate made = SelfSignedCertificate.create(Path.of(selfSigned), 30);
      builder.tls(made.certificate().toFile(), made.privateKey().toFile());
      return made.certificate();
    }
    if (cert == null && key == null) {
      return null;
    }
    if (cert == null || key == null) {
      throw new Arguments.UsageException("TLS needs both --tls-cert (a PEM certificate chain) and --tls-key "
          + "(its PKCS#8 PEM private key)");
    }
    for (String file : List.of(cert, key)) {
      if (!Files.isReadable(Path.of(file))) {
        throw new Arguments.UsageException(file + " cannot be read");
      }
    }
    builder.tls(new java.io.File(cert), new java.io.File(key));
    return Path.of(cert);
  }

  private static String token(Arguments args) {
    String file = args.get("token-file", null);
    if (file != null) {
      if (args.get("token", null) != null) {
        throw new Arguments.UsageException("give the token once: --token-file or --token, not both");
      }
      try {
        String text = java.nio.file.Files.readString(java.nio.file.Path.of(file)).strip();
        String token = text.lines().findFirst().orElse("").strip();
        if (token.isEmpty()) {
          throw new Arguments.UsageException("--token-file " + file + " holds no token");
        }
        return token;
      } catch (java.io.IOException e) {
        throw new Arguments.UsageException("--token-file " + file + " cannot be read: " + e.getMessage());
      }
    }
    String token = args.get("token", System.getenv("SPARK_CONNECT_MOCK_TOKEN"));
    return token == null || token.isEmpty() ? null : token;
  }

  private void awaitShutdown(AutoCloseable running, boolean block) {
    if (!block) {
      started = running;
      return;
    }
    OutOfMemoryExit.install(err);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      try {
        running.close();
      } catch (Exception e) {
        err.println("spark-connect-mock: " + e.getMessage());
      }
      stopped.countDown();
    }, "spark-connect-mock-shutdown"));
    out.println("Press Ctrl-C to stop.");
    try {
      stopped.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
