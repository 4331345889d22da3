package dev.sparkconnect.junit;

import dev.sparkconnect.client.SparkSession;
import dev.sparkconnect.mock.FaultableServer;
import dev.sparkconnect.mock.MockSparkConnectServer;
import dev.sparkconnect.mock.network.FaultyNetwork;
import java.util.Optional;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.BeforeTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * The extension behind {@link SparkConnectTest}: before each test it starts what the mode needs
 * (the mock server on the test's fixtures, or the recording proxy in front of a real server),
 * injects the session, the mock and the endpoint, and after the test closes them and, in VERIFY
 * mode, fails the test if an answer no longer matches its fixture.
 */
public final class SparkConnectExtension implements BeforeEachCallback, BeforeTestExecutionCallback, AfterEachCallback,
    ParameterResolver {

  private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SparkConnectExtension.class);
  private static final String RUN = "run";

  static {
    // Where JUnit's launcher did not start it while discovering (a launcher without listeners).
    WarmUp.startOnce();
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    run(context);
  }

  /** After the {@code @BeforeEach} methods: what they asked is the class's set-up, recorded once. */
  @Override
  public void beforeTestExecution(ExtensionContext context) {
    TestRun run = context.getStore(NAMESPACE).get(RUN, TestRun.class);
    if (run != null) {
      run.testMethodStarts();
    }
  }

  @Override
  public void afterEach(ExtensionContext context) {
    TestRun run = context.getStore(NAMESPACE).remove(RUN, TestRun.class);
    if (run == null) {
      return;
    }
    Optional<AssertionError> failure = run.finish(context.getExecutionException().isEmpty());
    if (failure.isPresent() && context.getExecutionException().isEmpty()) {
      throw failure.get();
    }
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    return type == SparkSession.class || type == MockSparkConnectServer.class || type == FaultableServer.class
        || type == SparkConnectEndpoint.class || type == FaultyNetwork.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    if (context.getTestMethod().isEmpty()) {
      throw new ParameterResolutionException("A SparkSession, FaultableServer, FaultyNetwork, MockSparkConnectServer"
          + " or SparkConnectEndpoint belongs to"
          + " one test: take it in a test or @BeforeEach method, not in a constructor or @BeforeAll method");
    }
    TestRun run = run(context);
    Class<?> type = parameter.getParameter().getType();
    if (type == SparkSession.class) {
      return run.session();
    }
    if (type == SparkConnectEndpoint.class) {
      return run.endpoint();
    }
    if (type == FaultableServer.class) {
      return run.faultable();
    }
    if (type == FaultyNetwork.class) {
      return run.faultable().network();
    }
    return run.mock().orElseThrow(() -> new ParameterResolutionException("The MockSparkConnectServer exists on the"
        + " mock only, and this test runs in " + run.mode() + " mode on a real server (a test that takes it in its"
        + " method or a @BeforeEach method runs on the mock in every mode). Take a FaultableServer for faults and"
        + " the journal, or a SparkConnectEndpoint to learn the server in use."));
  }

  /** The faultable server of the test running in {@code context} (for {@link FaultSweep}'s runs). */
  static FaultableServer faultableServer(ExtensionContext context) {
    return run(context).faultable();
  }

  private static TestRun run(ExtensionContext context) {
    return context.getStore(NAMESPACE).getOrComputeIfAbsent(RUN,
        key -> TestRun.start(context, ExtensionSettings.of(context)), TestRun.class);
  }
}
