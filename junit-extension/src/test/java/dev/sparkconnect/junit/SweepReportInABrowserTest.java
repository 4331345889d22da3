package dev.sparkconnect.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.sparkconnect.fixtures.Fixture;
import dev.sparkconnect.proto.ExecutePlanResponse;
import dev.sparkconnect.proto.Plan;
import dev.sparkconnect.proto.Range;
import dev.sparkconnect.proto.Relation;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sweep's HTML report is a page a browser renders: headless Chromium loads it and the table's
 * cells are there, red where a run failed. Skipped, with the reason, where no Chromium is installed.
 */
class SweepReportInABrowserTest {

  @TempDir
  Path folder;

  private static Optional<Path> chromium() {
    for (String candidate : List.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome")) {
      if (Files.isExecutable(Path.of(candidate))) {
        return Optional.of(Path.of(candidate));
      }
    }
    return Optional.empty();
  }

  @Test
  void theReportRendersInAHeadlessBrowser() throws Exception {
    Optional<Path> browser = chromium();
    assumeTrue(browser.isPresent(), "no Chromium installed (/usr/bin/chromium), so the report's rendering is not checked");
    Fixture execution = Fixture.execution(Plan.newBuilder().setRoot(Relation.newBuilder()
            .setRange(Range.newBuilder().setEnd(3).setStep(1))).build(),
        List.of(ExecutePlanResponse.newBuilder()
            .setResultComplete(ExecutePlanResponse.ResultComplete.getDefaultInstance()).build()), null);
    Path html = folder.resolve("report.html");
    SweepReport report = new SweepReport("a sweep", html);
    report.record(new FaultSweepExtension.SweepPoint(SweptFault.UNAVAILABLE, execution, 0), true);
    report.record(new FaultSweepExtension.SweepPoint(SweptFault.END_OF_STREAM, execution, 0), false);

    Process chrome = new ProcessBuilder(browser.get().toString(), "--headless", "--no-sandbox", "--disable-gpu",
        "--no-first-run", "--disable-background-networking", "--user-data-dir=" + folder.resolve("profile"),
        "--dump-dom", html.toUri().toString()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    String dom = new String(chrome.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(chrome.waitFor(60, TimeUnit.SECONDS)).isTrue();

    assertThat(dom).contains("<p id=\"summary\">1 run passed, 1 failed.</p>").contains("class=\"pass\"")
        .contains("class=\"fail\"").contains("END_OF_STREAM");
  }
}
