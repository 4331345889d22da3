package dev.sparkconnect.apibaseline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import dev.sparkconnect.client.SparkSession;
import dev.sparkconnect.fixtures.Fixture;
import dev.sparkconnect.junit.SparkConnectTest;
import dev.sparkconnect.localserver.LocalSparkConnectServer;
import dev.sparkconnect.mock.MockSparkConnectServer;
import dev.sparkconnect.protocol.rpc.SparkConnectRpc;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Holds each published module's public API to its committed baseline ({@code baseline/NAME.api}):
 * any added, changed or removed signature fails the build until the baseline file changes with it,
 * so a reviewer sees every API change in the diff. {@code -Dapi.update} rewrites the files.
 */
class ApiBaselineTest {

  private static final Path BASELINES = Path.of(System.getProperty("api.baseline.folder", "baseline"));
  private static final boolean UPDATE = Set.of("", "true").contains(System.getProperty("api.update", "false"));
  private static final String ACCEPT = "mvn -B -pl api-baseline -am verify -Dapi.update";

  static Stream<Arguments> modules() {
    return Stream.of(
        Arguments.of("spark-connect-protocol", SparkConnectRpc.class),
        Arguments.of("spark-connect-client", SparkSession.class),
        Arguments.of("spark-connect-lambdas", dev.sparkconnect.lambdas.SparkUdfPackets.class),
        Arguments.of("spark-connect-fixtures", Fixture.class),
        Arguments.of("spark-connect-local-server", LocalSparkConnectServer.class),
        Arguments.of("spark-connect-mock-server", MockSparkConnectServer.class),
        Arguments.of("spark-connect-junit", SparkConnectTest.class));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("modules")
  void theApiIsTheCommittedOne(String module, Class<?> anchor) throws IOException {
    List<String> now = ApiSignatures.of(anchor);
    Path baseline = BASELINES.resolve(module + ".api");
    if (UPDATE) {
      Files.createDirectories(BASELINES);
      Files.write(baseline, now, StandardCharsets.UTF_8);
      return;
    }
    if (!Files.exists(baseline)) {
      fail("No API baseline for " + module + " at " + baseline + "; write it with: " + ACCEPT);
    }
    List<String> committed = Files.readAllLines(baseline, StandardCharsets.UTF_8);
    if (!committed.equals(now)) {
      fail(difference(module, committed, now));
    }
  }

  @Test
  void aChangeIsReportedLineByLine() {
    String report = difference("m", List.of("a", "b"), List.of("b", "c"));

    assertThat(report).contains("+ c").contains("- a").doesNotContain("+ b").contains(ACCEPT);
  }

  private static String difference(String module, List<String> committed, List<String> now) {
    Set<String> added = new LinkedHashSet<>(now);
    committed.forEach(added::remove);
    Set<String> removed = new LinkedHashSet<>(committed);
    now.forEach(removed::remove);
    List<String> lines = new ArrayList<>();
    lines.add("The public API of " + module + " differs from baseline/" + module + ".api ("
        + added.size() + " added, " + removed.size() + " removed):");
    added.stream().limit(50).forEach(line -> lines.add("+ " + line));
    removed.stream().limit(50).forEach(line -> lines.add("- " + line));
    if (added.size() > 50 || removed.size() > 50) {
      lines.add("... (the whole API is in target/api after -Dapi.update)");
    }
    lines.add("If the change is meant, accept it with: " + ACCEPT + "  and commit the baseline with the change.");
    return String.join("\n", lines);
  }
}
