package dev.sparkconnect.junit;

import dev.sparkconnect.fixtures.Fixture;
import dev.sparkconnect.fixtures.FixtureStore;
import dev.sparkconnect.mock.Fault;
import dev.sparkconnect.mock.FaultableServer;
import dev.sparkconnect.proto.Plan;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.Extension;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.junit.jupiter.api.extension.TestTemplateInvocationContext;
import org.junit.jupiter.api.extension.TestTemplateInvocationContextProvider;
import org.junit.jupiter.api.extension.TestWatcher;
import org.junit.platform.commons.support.AnnotationSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The engine of {@link FaultSweep}: reads the test's recorded executions, makes one invocation per
 * kind of break and position, arms its faults once {@link SparkConnectExtension} has started the
 * test's server, and records each outcome in the class's {@link SweepReport}.
 */
final class FaultSweepExtension implements TestTemplateInvocationContextProvider {

  private static final Logger LOG = LoggerFactory.getLogger(FaultSweepExtension.class);

  /** One run of a sweep: a kind of break before one response of one recorded execution. */
  record SweepPoint(SweptFault kind, Fixture execution, int position) {
    String name() {
      return kind + " after response " + position + " of " + execution.name();
    }

    String reproducer() {
      return "@FaultSweep(only = \"" + name() + "\"), or by hand: server.inject(" + kind.expression()
          + ".forPlan(<the plan in " + execution.name() + "/request.json>).afterResponses(" + position + "))";
    }
  }

  /** Whether the test running in {@code context} is a run of a fault sweep. */
  static boolean isSwept(ExtensionContext context) {
    return context.getTestMethod().map(method -> AnnotationSupport.isAnnotated(method, FaultSweep.class)).orElse(false);
  }

  @Override
  public boolean supportsTestTemplate(ExtensionContext context) {
    return isSwept(context);
  }

  @Override
  public Stream<TestTemplateInvocationContext> provideTestTemplateInvocationContexts(ExtensionContext context) {
    FaultSweep sweep = AnnotationSupport.findAnnotation(context.getRequiredTestMethod(), FaultSweep.class).orElseThrow();
    ExtensionSettings settings = ExtensionSettings.of(context);
    FixtureStore recorded = TestRun.fixturesOf(FixtureLocation.of(context, settings.fixturesRoot()),
        FixtureLocation.setupOf(context, settings.fixturesRoot()));
    List<Fixture> executions = recorded.all().stream()
        .filter(fixture -> fixture.rpc() == Fixture.Rpc.EXECUTE_PLAN && fixture.error().isEmpty())
        .sorted(Comparator.comparing(Fixture::name)).toList();
    if (executions.isEmpty() && (settings.mode() == Mode.RECORD || settings.mode() == Mode.RECORD_MISSING)) {
      LOG.info("@FaultSweep {}: no recordings yet, so this run records them without faults; sweep it next run",
          context.getDisplayName());
      return Stream.of(new TestTemplateInvocationContext() {
        @Override
        public String getDisplayName(int invocationIndex) {
          return "recording, without faults (the sweep runs on these recordings next time)";
        }
      });
    }
    if (executions.isEmpty()) {
      throw new ExtensionConfigurationException("@FaultSweep needs the test's recordings to know where its streams can"
          + " break, and " + FixtureLocation.of(context, settings.fixturesRoot()) + " has no recorded execution: run"
          + " it once with -D" + ExtensionSettings.MODE + "=RECORD_MISSING");
    }
    List<SweepPoint> points = new ArrayList<>();
    for (SweptFault kind : sweep.kinds()) {
      for (Fixture execution : executions) {
        for (int position = 0; position < execution.responses().size(); position++) {
          points.add(new SweepPoint(kind, execution, position));
        }
      }
    }
    int all = points.size();
    if (!sweep.only().isBlank()) {
      points = points.stream().filter(point -> point.name().equals(sweep.only())).toList();
      if (points.isEmpty()) {
        throw new ExtensionConfigurationException("@FaultSweep(only = \"" + sweep.only() + "\") names no run of this"
            + " sweep; its runs are named like \"" + (all == 0 ? "" : nameOfFirst(sweep, executions)) + "\"");
      }
    } else if (all > sweep.maxRuns()) {
      List<SweepPoint> shuffled = new ArrayList<>(points);
      java.util.Collections.shuffle(shuffled, new Random(sweep.seed()));
      List<SweepPoint> sample = shuffled.subList(0, sweep.maxRuns());
      points = points.stream().filter(sample::contains).toList();
    }
    LOG.info("@FaultSweep {}: {} kinds x {} positions in {} recorded executions = {} runs{}", context.getDisplayName(),
        sweep.kinds().length, executions.stream().mapToInt(execution -> execution.responses().size()).sum(),
        executions.size(), all, points.size() < all ? ", " + points.size() + " of them run (seed " + sweep.seed() + ")" : "");
    SweepReport report = SweepReport.of(context);
    return points.stream().map(point -> invocation(point, report));
  }

  private static String nameOfFirst(FaultSweep sweep, List<Fixture> executions) {
    return new SweepPoint(sweep.kinds()[0], executions.get(0), 0).name();
  }

  private static TestTemplateInvocationContext invocation(SweepPoint point, SweepReport report) {
    return new TestTemplateInvocationContext() {
      @Override
      public String getDisplayName(int invocationIndex) {
        return point.name();
      }

      @Override
      public List<Extension> getAdditionalExtensions() {
        return List.of(new ArmsTheFaults(point, report));
      }
    };
  }

  /** Arms one run's faults on the test's server, says how to repeat a failure, and records the outcome. */
  private static final class ArmsTheFaults implements BeforeEachCallback, TestExecutionExceptionHandler, TestWatcher {
    private final SweepPoint point;
    private final SweepReport report;

    ArmsTheFaults(SweepPoint point, SweepReport report) {
      this.point = point;
      this.report = report;
    }

    @Override
    public void beforeEach(ExtensionContext context) {
      FaultableServer server = SparkConnectExtension.faultableServer(context);
      for (Fault fault : point.kind().at((Plan) point.execution().request(), point.position())) {
        server.inject(fault);
      }
    }

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
      AssertionError explained = new AssertionError(point.name() + " broke the test: " + failure
          + "\nRepeat exactly this run with " + point.reproducer(), failure);
      throw explained;
    }

    @Override
    public void testSuccessful(ExtensionContext context) {
      report.record(point, true);
    }

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
      report.record(point, false);
    }
  }
}
