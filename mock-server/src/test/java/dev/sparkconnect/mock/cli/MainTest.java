package dev.sparkconnect.mock.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.sparkconnect.client.SparkSession;
import dev.sparkconnect.fixtures.Fixture;
import dev.sparkconnect.fixtures.FixtureStore;
import dev.sparkconnect.mock.MockSparkConnectServer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line serves, shows and refuses bad input with a message that says what to fix. */
class MainTest {

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private final Main main = new Main(new PrintStream(out, true, StandardCharsets.UTF_8),
      new PrintStream(err, true, StandardCharsets.UTF_8));

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void serveWithoutFixturesServesTheBundledSamplesToAnyClient() throws Exception {
    assertThat(main.run(List.of("serve", "--port", "0"), false)).isZero();
    try (AutoCloseable server = main.started) {
      String remote = out().lines().findFirst().orElseThrow().replaceAll(".* on (sc://[^,]+),.*", "$1");
      assertThat(out()).contains("serving 13 fixtures from the bundled samples");
      try (SparkSession spark = SparkSession.builder().remote(remote).create()) {
        spark.sql("CREATE OR REPLACE TEMPORARY VIEW planets AS SELECT * FROM VALUES "
            + "('Mercury', 0.387, 0), ('Venus', 0.723, 0), ('Earth', 1.0, 1), ('Mars', 1.524, 2), "
            + "('Jupiter', 5.203, 95), ('Saturn', 9.537, 146) AS t(name, distance_au, moons)");
        assertThat(spark.sql("SELECT * FROM planets").count()).isEqualTo(6);
        assertThat(spark.version()).isEqualTo("4.2.0");
      }
    }
  }

  @Test
  void verifyConformanceJudgesAnEndpointAndExitsOneWhenACaseFails() throws Exception {
    try (MockSparkConnectServer server = MockSparkConnectServer.builder().fixtures(FixtureStore.load(
        Path.of(MainTest.class.getResource("/spark-connect/conformance").toURI()))).start()) {
      assertThat(main.run(List.of("verify", "--conformance", server.remote(), "--only", "config", "--only",
          "execution/range"), false)).as(err()).isZero();
      assertThat(out()).contains("PASS  config/set-then-get", "PASS  execution/range\n", "config     11/11 passed",
          "12 conformance cases against " + server.remote() + " (Spark 4.2.0): 12 passed, 0 failed, 0 skipped");

      out.reset();
      // A wrong answer to the case's range(0, 5): five rows, the last one 5 where 4 belongs.
      server.stub(dev.sparkconnect.proto.Relation.newBuilder().setRange(dev.sparkconnect.proto.Range.newBuilder()
          .setStart(0).setEnd(5).setStep(1).setNumPartitions(1)).build())
          .returns("id BIGINT NOT NULL", new Object[] {0L}, new Object[] {1L}, new Object[] {2L}, new Object[] {3L},
              new Object[] {5L});
      assertThat(main.run(List.of("verify", "--conformance", server.remote(), "--only", "execution"), false))
          .isEqualTo(1);
      assertThat(out()).contains("FAIL  execution/range", "expected [0, 1, 2, 3, 4] but got [0, 1, 2, 3, 5]",
          "execution  6/7 passed");
    }
  }

  @Test
  void verifyConformanceRefusesWhatItCannotJudge() {
    assertThat(main.run(List.of("verify", "--conformance", "sc://localhost:1", "--only", "nothing-of-the-kind"), false))
        .isEqualTo(2);
    assertThat(err()).contains("no conformance case or area is named [nothing-of-the-kind]", "config", "arrow");

    assertThat(main.run(List.of("verify", "--conformance", "sc://localhost:1", "--fixtures", "x"), false)).isEqualTo(2);
    assertThat(err()).contains("--fixtures belongs to the other verify commands");

    assertThat(main.run(List.of("verify", "--conformance", "sc://localhost:1"), false)).isEqualTo(1);
    assertThat(err()).contains("cannot reach the Spark Connect endpoint sc://localhost:1");
  }

  @Test
  void showPrintsARecordingForReview(@TempDir Path folder) {
    try (MockSparkConnectServer server = MockSparkConnectServer.builder().fixturesFromClasspath(Main.SAMPLES).build()) {
      Fixture range = server.fixtures().all().stream().filter(f -> f.name().startsWith("execute-range-")).findFirst()
          .orElseThrow();
      Path written = dev.sparkconnect.fixtures.FixtureWriter.write(folder, range);

      assertThat(main.run(List.of("show", written.toString()), false)).isZero();
      assertThat(out()).contains(range.name() + " (ExecutePlan)", "\"end\": \"10000\"", "10000 rows in",
          "only showing top 20 rows");
    }
  }

  @Test
  void verifySecretsFindsCredentialsInFixturesAndNeverPrintsThem(@TempDir Path folder) throws Exception {
    dev.sparkconnect.proto.Plan read = dev.sparkconnect.proto.Plan.newBuilder().setRoot(dev.sparkconnect.proto.Relation
        .newBuilder().setRead(dev.sparkconnect.proto.Read.newBuilder().setDataSource(
            dev.sparkconnect.proto.Read.DataSource.newBuilder().setFormat("jdbc").putOptions("password", "hunter2")
                .putOptions("url", "jdbc:postgresql://db/shop")))).build();
    dev.sparkconnect.arrow.ArrowSchema keyValue = dev.sparkconnect.arrow.ArrowSchema.of(List.of(
        dev.sparkconnect.arrow.ArrowField.of("key", true, new dev.sparkconnect.arrow.ArrowType.Utf8(false)),
        dev.sparkconnect.arrow.ArrowField.of("value", true, new dev.sparkconnect.arrow.ArrowType.Utf8(false))));
    byte[] settings = dev.sparkconnect.arrow.ArrowStreamWriter.write(keyValue, List.of(
        new Object[] {"spark.sql.shuffle.partitions", "4"}, new Object[] {"spark.hadoop.fs.s3a.secret.key", "s3cr3t"}));
    Path written = dev.sparkconnect.fixtures.FixtureWriter.write(folder, Fixture.execution(read, List.of(
        dev.sparkconnect.proto.ExecutePlanResponse.newBuilder().setArrowBatch(
            dev.sparkconnect.proto.ExecutePlanResponse.ArrowBatch.newBuilder().setRowCount(2)
                .setData(com.google.protobuf.ByteString.copyFrom(settings))).build()), null));
    assertThat(java.nio.file.Files.readString(written.resolve("request.json")))
        .as("written redacted").contains("*********(redacted)").doesNotContain("hunter2");
    // A fixture written by hand, or by an older version, still holding the password:
    java.nio.file.Files.writeString(written.resolve("request.json"), java.nio.file.Files.readString(
        written.resolve("request.json")).replace("*********(redacted)", "hunter2"));

    assertThat(main.run(List.of("verify", "--secrets", "--fixtures", folder.toString()), false)).isEqualTo(1);

    assertThat(out()).contains("2 secrets found", "request.json .root.read.dataSource.options: 'password' holds a value",
        "data.arrow row 1: 'spark.hadoop.fs.s3a.secret.key' holds a value").doesNotContain("hunter2", "s3cr3t");
  }

  @Test
  void showListsTheFixturesOfATestsFolder(@TempDir Path folder) {
    try (MockSparkConnectServer server = MockSparkConnectServer.builder().fixturesFromClasspath(Main.SAMPLES).build()) {
      server.fixtures().all().stream().limit(3)
          .forEach(fixture -> dev.sparkconnect.fixtures.FixtureWriter.write(folder.resolve("aTest"), fixture));
    }

    assertThat(main.run(List.of("show", folder.toString()), false)).isZero();
    assertThat(out()).startsWith("3 fixtures under " + folder + ":").contains("aTest/").contains("show " + folder);
    assertThat(main.run(List.of("show", folder.resolve("aTest").resolve("nothing").toString()), false)).isEqualTo(2);
  }

  @Test
  void aFixturesRowsAreExportedAsCsvEditedAndImportedBack(@TempDir Path folder) throws Exception {
    dev.sparkconnect.arrow.ArrowSchema schema = dev.sparkconnect.arrow.ArrowSchema.of(List.of(
        dev.sparkconnect.arrow.ArrowField.of("status", true, new dev.sparkconnect.arrow.ArrowType.Utf8(false)),
        dev.sparkconnect.arrow.ArrowField.of("revenue", true, new dev.sparkconnect.arrow.ArrowType.Decimal(10, 2, 128)),
        dev.sparkconnect.arrow.ArrowField.of("orders", false, new dev.sparkconnect.arrow.ArrowType.Int(64, true))));
    byte[] data = dev.sparkconnect.arrow.ArrowStreamWriter.write(schema, List.of(
        new Object[] {"shipped", new java.math.BigDecimal("201.50"), 4L}, new Object[] {null, null, 1L}));
    Path fixture = dev.sparkconnect.fixtures.FixtureWriter.write(folder, Fixture.execution(
        dev.sparkconnect.proto.Plan.newBuilder().setRoot(dev.sparkconnect.proto.Relation.newBuilder().setRange(
            dev.sparkconnect.proto.Range.newBuilder().setEnd(2).setStep(1))).build(),
        List.of(dev.sparkconnect.proto.ExecutePlanResponse.newBuilder().setArrowBatch(
            dev.sparkconnect.proto.ExecutePlanResponse.ArrowBatch.newBuilder().setRowCount(2)
                .setData(com.google.protobuf.ByteString.copyFrom(data))).build()), null));

    assertThat(main.run(List.of("data", "export", fixture.toString()), false)).isZero();
    assertThat(out()).isEqualTo("status,revenue,orders\nshipped,201.50,4\n,,1\n");

    Path csv = folder.resolve("edited.csv");
    java.nio.file.Files.writeString(csv, "status,revenue,orders\nshipped,200.50,4\n\"refunded, partly\",\"\",2\n\"\",,3\n");
    assertThat(main.run(List.of("data", "import", fixture.toString(), "--csv", csv.toString()), false)).isEqualTo(2);
    assertThat(err()).contains("row 2 column 'revenue': '' is not a");

    java.nio.file.Files.writeString(csv, "status,revenue,orders\nshipped,200.50,4\n\"refunded, partly\",,2\n\"\",,3\n");
    assertThat(main.run(List.of("data", "import", fixture.toString(), "--csv", csv.toString()), false)).isZero();
    Fixture edited = dev.sparkconnect.fixtures.FixtureReader.read(fixture);
    assertThat(edited.responses().get(0).getArrowBatch().getRowCount()).isEqualTo(3);
    assertThat(java.nio.file.Files.readString(fixture.resolve("preview.txt")))
        .contains("200.50", "refunded, partly").doesNotContain("201.50");
  }

  @Test
  void serveWithAnAdminPortTakesFaultsAndGivesTheJournalOverHttp() throws Exception {
    assertThat(main.run(List.of("serve", "--port", "0", "--admin-port", "0"), false)).isZero();
    try (AutoCloseable server = main.started) {
      String remote = out().lines().findFirst().orElseThrow().replaceAll(".* on (sc://[^,]+),.*", "$1");
      String admin = out().lines().filter(line -> line.startsWith("Admin API on ")).findFirst().orElseThrow()
          .replaceAll("Admin API on (http://[^ ]+).*", "$1");
      assertThat(admin).startsWith("http://127.0.0.1:");
      java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
      java.util.function.BiFunction<String, String, java.net.http.HttpResponse<String>> post = (path, body) -> {
        try {
          return http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(admin + path))
              .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)).build(),
              java.net.http.HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
      };

      java.net.http.HttpResponse<String> refused = post.apply("faults", "{\"fault\": \"unavailabel\"}");
      assertThat(refused.statusCode()).isEqualTo(400);
      assertThat(refused.body()).contains("unavailabel").contains("; it is one of unavailable, invalidCursorDisconnected");
      assertThat(post.apply("faults", "{\"fault\": \"unavailable\", \"afterResponses\": 1}").statusCode()).isEqualTo(201);

      try (SparkSession spark = SparkSession.builder().remote(remote).create()) {
        assertThat(spark.range(10_000).collectAsList()).hasSize(10_000);
      }
      String journal = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(admin + "journal?rpc=ReattachExecute"))
          .GET().build(), java.net.http.HttpResponse.BodyHandlers.ofString()).body();
      assertThat(journal).contains("\"rpc\": \"ReattachExecute\"");
      assertThat(post.apply("reset", "").statusCode()).isEqualTo(200);
      assertThat(http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(admin + "journal")).GET().build(),
          java.net.http.HttpResponse.BodyHandlers.ofString()).body()).contains("\"entries\": []");
    }
  }

  @Test
  void serveWithNetworkFaultsTakesThemOverHttpWithFixturesAndNearMisses(@TempDir Path folder) throws Exception {
    try (MockSparkConnectServer recorded = MockSparkConnectServer.builder().fixturesFromClasspath(Main.SAMPLES).build()) {
      recorded.fixtures().all().forEach(fixture -> dev.sparkconnect.fixtures.FixtureWriter.write(folder, fixture));
    }
    assertThat(main.run(List.of("serve", "--port", "0", "--network-faults"), false)).isEqualTo(2);
    assertThat(err()).contains("--network-faults needs --admin-port P");

    assertThat(main.run(List.of("serve", "--port", "0", "--admin-port", "0", "--network-faults"), false)).isZero();
    try (AutoCloseable server = main.started) {
      String remote = out().lines().filter(line -> line.contains("listening on")).reduce((a, b) -> b).orElseThrow()
          .replaceAll(".* on (sc://[^,]+),.*", "$1");
      String admin = out().lines().filter(line -> line.startsWith("Admin API on ")).findFirst().orElseThrow()
          .replaceAll("Admin API on (http://[^ ]+).*", "$1");
      java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
      java.util.function.BiFunction<String, String, java.net.http.HttpResponse<String>> call = (request, body) -> {
        String[] methodAndPath = request.split(" ", 2);
        try {
          return http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(admin + methodAndPath[1]))
              .method(methodAndPath[0], body == null ? java.net.http.HttpRequest.BodyPublishers.noBody()
                  : java.net.http.HttpRequest.BodyPublishers.ofString(body)).build(),
              java.net.http.HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
      };

      assertThat(call.apply("POST network", "{\"fault\": \"latency\"}").body()).contains("millis")
          .contains("is missing; latency needs it");
      assertThat(call.apply("POST network", "{\"fault\": \"bandwidth\", \"bytesPerSecond\": 1000000}").statusCode())
          .isEqualTo(201);
      assertThat(call.apply("POST network/seed", "{\"seed\": 42}").statusCode()).isEqualTo(200);
      try (SparkSession spark = SparkSession.builder().remote(remote).create()) {
        assertThat(spark.range(10_000).collectAsList()).hasSize(10_000);
        assertThat(catchThrowable(() -> spark.range(7).collectAsList())).hasMessageContaining("No recording or stub");
      }
      String network = call.apply("GET network", null).body();
      assertThat(network).contains("\"seed\": 42").contains("bandwidth 1000000 B/s downstream")
          .containsPattern("\"bytesToClients\": [1-9]");
      assertThat(call.apply("GET near-misses", null).body()).contains("\"rpc\": \"ExecutePlan\"")
          .contains("No recording or stub answers this ExecutePlan request");

      assertThat(call.apply("POST fixtures", "{\"folder\": \"/no/such/folder\"}").body()).contains("no folder");
      java.net.http.HttpResponse<String> loaded = call.apply("POST fixtures",
          "{\"folder\": \"" + folder.toString().replace("\\", "/") + "\"}");
      assertThat(loaded.statusCode()).isEqualTo(201);
      assertThat(loaded.body()).containsPattern("\"loaded\": [1-9]");

      assertThat(call.apply("POST reset", "").statusCode()).isEqualTo(200);
      assertThat(call.apply("GET network", null).body()).contains("\"faults\": []");
      assertThat(call.apply("GET near-misses", null).body()).contains("\"unmatched\": []");
    }
  }

  @Test
  void verifySecretsPassesCleanFixtures(@TempDir Path folder) {
    try (MockSparkConnectServer server = MockSparkConnectServer.builder().fixturesFromClasspath(Main.SAMPLES).build()) {
      server.fixtures().all().forEach(fixture -> dev.sparkconnect.fixtures.FixtureWriter.write(folder, fixture));
    }

    assertThat(main.run(List.of("verify", "--secrets", "--fixtures", folder.toString()), false)).isZero();
    assertThat(out()).startsWith("No secret found: checked " + folder);
    assertThat(main.run(List.of("verify", "--secrets", "yes", "--fixtures", folder.toString()), false)).isEqualTo(2);
  }

  @Test
  void aBadCommandLineSaysWhatToFix(@TempDir Path empty) {
    assertThat(main.run(List.of("serve", "--prot", "1"), false)).isEqualTo(2);
    assertThat(err()).contains("'serve' has no option --prot; its options are --admin-port, --fixtures, --host, --network-faults, --port");

    assertThat(main.run(List.of("serve", "--port", "99999"), false)).isEqualTo(2);
    assertThat(err()).contains("--port must be a port number from 0 to 65535, not '99999'");

    assertThat(main.run(List.of("verify", "--target", "sc://localhost:1", "--fixtures", empty.toString()), false))
        .isEqualTo(2);
    assertThat(err()).contains("no fixtures under " + empty);

    assertThat(main.run(List.of("record", "--target", "http://x", "--fixtures", empty.toString()), false))
        .isEqualTo(2);
    assertThat(err()).contains("the target must be an sc:// string");

    assertThat(main.run(List.of("launch"), false)).isEqualTo(2);
    assertThat(err()).contains("unknown command 'launch'");

    assertThat(main.run(List.of(), false)).isEqualTo(2);
    assertThat(err()).contains("Usage: spark-connect-mock <command>");
  }

  @Test
  void aBrokenFixtureFolderIsNamedWhenServing(@TempDir Path folder) throws Exception {
    FixtureStore samples = FixtureStore.fromClasspath(Main.SAMPLES);
    Path written = dev.sparkconnect.fixtures.FixtureWriter.write(folder, samples.all().get(0));
    java.nio.file.Files.writeString(written.resolve("responses.json"), "{\"formatVersion\": 1");

    assertThat(main.run(List.of("serve", "--port", "0", "--fixtures", folder.toString()), false)).isEqualTo(2);
    assertThat(err()).contains(written.resolve("responses.json").toString(), "invalid JSON");
  }

  @Test
  void aTokenGivenOnTheCommandLineIsNeverPrinted() throws Exception {
    assertThat(main.run(List.of("serve", "--port", "0", "--token", "hunter2-secret"), false)).isZero();
    try (AutoCloseable server = main.started) {
      assertThat(out()).contains("a bearer token is required").doesNotContain("hunter2-secret");
    }
  }

  @Test
  void aTokenFromAFileServesOurClientOnThisMachineWithoutTls(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws Exception {
    java.nio.file.Path file = java.nio.file.Files.writeString(dir.resolve("token"), "from-a-file-42\n");

    assertThat(main.run(List.of("serve", "--port", "0", "--token-file", file.toString()), false)).isZero();
    try (AutoCloseable started = main.started) {
      String remote = ((dev.sparkconnect.mock.MockSparkConnectServer) started).remote();
      try (dev.sparkconnect.client.SparkSession spark = dev.sparkconnect.client.SparkSession.builder()
          .remote(remote + "/;token=from-a-file-42").create()) {
        assertThat(spark.version()).isNotBlank();
      }
      assertThat(out()).doesNotContain("from-a-file-42");
    }
    assertThat(main.run(List.of("serve", "--port", "0", "--token-file", dir.resolve("none").toString()), false))
        .isEqualTo(2);
    assertThat(err()).contains("cannot be read");
  }

  /**
   * {@code serve --tls-self-signed DIR} serves TLS with a certificate it makes, prints the file to
   * trust, and our own client gets in with that file and a token from a file, as a client on
   * another machine would (a token without TLS is refused off this machine).
   */
  @Test
  void aSelfSignedTlsServerWithATokenServesOurClient(@TempDir Path dir) throws Exception {
    Path tokenFile = java.nio.file.Files.writeString(dir.resolve("token"), "tls-token-7\n");
    Path tls = dir.resolve("tls");

    assertThat(main.run(List.of("serve", "--port", "0", "--token-file", tokenFile.toString(), "--tls-self-signed",
        tls.toString()), false)).isZero();
    try (AutoCloseable started = main.started) {
      String remote = ((dev.sparkconnect.mock.MockSparkConnectServer) started).remote();
      assertThat(remote).endsWith("/;use_ssl=true");
      assertThat(out()).contains("Clients trust the certificate in " + tls.resolve("mock-server.crt"))
          .doesNotContain("tls-token-7");
      try (dev.sparkconnect.client.SparkSession spark = dev.sparkconnect.client.SparkSession.builder()
          .remote(remote + ";token=tls-token-7").trustedCertificates(tls.resolve("mock-server.crt")).create()) {
        assertThat(spark.version()).isNotBlank();
      }
      try (dev.sparkconnect.client.SparkSession untrusting = dev.sparkconnect.client.SparkSession.builder()
          .remote(remote + ";token=tls-token-7").create()) {
        org.assertj.core.api.Assertions.assertThatThrownBy(untrusting::version).hasMessageContaining("certificate");
      }
    }
    assertThat(main.run(List.of("serve", "--port", "0", "--tls-cert", tls.resolve("mock-server.crt").toString()),
        false)).isEqualTo(2);
    assertThat(err()).contains("TLS needs both --tls-cert");
  }
}
