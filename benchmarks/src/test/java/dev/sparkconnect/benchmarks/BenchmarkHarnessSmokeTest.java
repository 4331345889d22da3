package dev.sparkconnect.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sparkconnect.benchmarks.report.ResultsTable;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Keeps the benchmark harness working: every group runs once with tiny sizes and no forks (so the
 * numbers mean nothing) against a real local server, and the report holds every figure.
 */
@Tag("real-server")
class BenchmarkHarnessSmokeTest {

  @Test
  void everyGroupProducesItsFigures(@TempDir Path work) throws Exception {
    ResultsTable table = new RunBenchmarks(RunSettings.QUICK, work,
        RunBenchmarks.parseGroups(RunBenchmarks.GROUPS)).run();

    assertThat(table.lines()).extracting(ResultsTable.Line::figure)
        .anyMatch(figure -> figure.startsWith("Decoding over the mock server (TCP), `collectAsList()`"))
        .anyMatch(figure -> figure.startsWith("Decoding over the mock server (TCP), `toLocalIterator()`"))
        .anyMatch(figure -> figure.startsWith("Decoding alone"))
        .anyMatch(figure -> figure.startsWith("Typed Dataset decoding alone"))
        .anyMatch(figure -> figure.startsWith("Columnar read of") && figure.contains("bulk copies"))
        .anyMatch(figure -> figure.startsWith("Columnar read of") && figure.contains("against Arrow Java"))
        .anyMatch(figure -> figure.startsWith("`toArrow()` into Arrow Java vectors"))
        .anyMatch(figure -> figure.startsWith("The client's own time"))
        .anyMatch(figure -> figure.startsWith("End to end against the real local server"))
        .anyMatch(figure -> figure.contains("read as columns (bulk)"))
        .anyMatch(figure -> figure.contains("NO_CHUNKING, read as rows"))
        .anyMatch(figure -> figure.contains("ZSTD_COMPRESSED, read as columns"))
        .anyMatch(figure -> figure.startsWith("Mock server: `start()`"))
        .anyMatch(figure -> figure.contains("16 concurrent clients"))
        .anyMatch(figure -> figure.contains("64 concurrent sessions"))
        .anyMatch(figure -> figure.startsWith("`toLocalIterator()` heap"))
        .anyMatch(figure -> figure.startsWith("Cold start"))
        .anyMatch(figure -> figure.startsWith("Test JVM start to its first query"))
        .anyMatch(figure -> figure.startsWith("First `@SparkConnectTest` in REPLAY"))
        .anyMatch(figure -> figure.startsWith("Each later `@SparkConnectTest` in REPLAY"))
        .anyMatch(figure -> figure.contains("test JVM with `-XX:TieredStopAtLevel=1`"))
        .anyMatch(figure -> figure.contains("warm-up on against off"))
        .anyMatch(figure -> figure.startsWith("Footprint"));
    assertThat(table.lines()).hasSize(4 + 2 + 2 + 2 + 5 + 2 + 11 + 1 + 4 + 1 + 1 + 1 + 4 + 1 + 1);
    // Differences of two tiny timings may come out negative in a smoke run; measured figures may not.
    assertThat(table.lines()).filteredOn(line -> !line.error().startsWith("derived")).allSatisfy(line -> {
      assertThat(line.ours()).matches("^[0-9][0-9,.]*.*");
      assertThat(line.ratio()).as(line.figure()).isPositive().isFinite();
    });

    Path report = work.resolve("RESULTS.md");
    table.write(report, RunBenchmarks.COMMAND, RunSettings.QUICK.describe());
    assertThat(Files.readString(report))
        .contains("| Figure | Ours | Reference | Ratio |")
        .contains(RunBenchmarks.COMMAND)
        .contains("cores");
  }

  @Test
  void anUnknownGroupIsRefusedWithTheValidOnes() {
    assertThatThrownBy(() -> RunBenchmarks.parseGroups("decode,speed"))
        .hasMessageContaining("'speed'").hasMessageContaining(RunBenchmarks.GROUPS);
  }
}
