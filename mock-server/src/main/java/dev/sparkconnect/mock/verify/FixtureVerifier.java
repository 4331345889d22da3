package dev.sparkconnect.mock.verify;

import dev.sparkconnect.fixtures.Fixture;
import dev.sparkconnect.fixtures.FixtureStore;
import dev.sparkconnect.fixtures.RecordedError;
import dev.sparkconnect.mock.record.Target;
import dev.sparkconnect.proto.AnalyzePlanRequest;
import dev.sparkconnect.proto.ConfigRequest;
import dev.sparkconnect.proto.ExecutePlanRequest;
import dev.sparkconnect.proto.ExecutePlanResponse;
import dev.sparkconnect.proto.KeyValue;
import dev.sparkconnect.proto.Plan;
import dev.sparkconnect.proto.ReleaseSessionRequest;
import dev.sparkconnect.proto.SparkConnectServiceGrpc;
import dev.sparkconnect.proto.UserContext;
import io.grpc.ClientInterceptors;
import io.grpc.ManagedChannel;
import io.grpc.Metadata;
import io.grpc.StatusRuntimeException;
import io.grpc.protobuf.StatusProto;
import io.grpc.stub.MetadataUtils;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Runs recorded fixtures again against a real Spark Connect server and reports, readably, every
 * way the answers changed: the contract test that says whether recordings still tell the truth.
 *
 * <pre>{@code
 * VerifyReport report = FixtureVerifier.builder()
 *     .target("sc://localhost:15002")
 *     .fixtures(FixtureStore.load(Path.of("src/test/resources/spark-connect")))
 *     .progress(System.out::println)
 *     .build()
 *     .run();
 * assertThat(report.passed()).as(report.toString()).isTrue();
 * }</pre>
 *
 * <p>Rows, schemas, SQL command results and error conditions are compared; timings and metrics are
 * not. Fixtures run in one fresh session, commands first, so that a query reading a view another
 * fixture creates still verifies; one that does not match is run once more after all the others.
 */
public final class FixtureVerifier {

  private static final int DIFFERENCES_PER_FIXTURE = 10;
  /** The longest one fixture may run; a query stuck longer is reported as not checked. */
  private static final long FIXTURE_DEADLINE_MINUTES = 10;

  private final Target target;
  private final FixtureStore fixtures;
  private final Consumer<String> progress;
  private final Map<String, String> config;
  private final double tolerance;

  private FixtureVerifier(Builder builder) {
    this.tolerance = builder.tolerance;
    this.target = Objects.requireNonNull(builder.target, "target: call target(\"sc://host:port\")");
    this.fixtures = Objects.requireNonNull(builder.fixtures, "fixtures");
    this.progress = builder.progress;
    this.config = Map.copyOf(builder.config);
  }

  /**
   * A builder for a verifier:
   * {@code FixtureVerifier.builder().target("sc://localhost:15002").fixtures(store).build().verify()}.
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Verifies every fixture and returns the report; progress is reported as it goes. */
  public VerifyReport run() {
    ManagedChannel channel = target.channel();
    try {
      Metadata headers = new Metadata();
      if (target.token() != null) {
        headers.put(Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER), "Bearer " + target.token());
      }
      Session session = new Session(SparkConnectServiceGrpc.newBlockingStub(
          ClientInterceptors.intercept(channel, MetadataUtils.newAttachHeadersInterceptor(headers))), tolerance);
      session.configure(config);
      List<Fixture> all = inRunningOrder(fixtures.all());
      Map<String, FixtureCheck> checks = new LinkedHashMap<>();
      int index = 0;
      for (Fixture fixture : all) {
        FixtureCheck check = session.check(fixture);
        checks.put(fixture.name(), check);
        progress.accept("[" + (++index) + "/" + all.size() + "] " + check.fixture() + ": "
            + check.verdict().name().toLowerCase().replace('_', ' ')
            + (fixture.volatileColumns().isEmpty() ? "" : " (volatile columns " + fixture.volatileColumns() + " not compared)"));
      }
      for (Fixture fixture : all) {
        if (checks.get(fixture.name()).verdict() != FixtureCheck.Verdict.MATCHES) {
          FixtureCheck again = session.check(fixture);
          checks.put(fixture.name(), again);
          progress.accept("[again] " + again.fixture() + ": " + again.verdict().name().toLowerCase().replace('_', ' '));
        }
      }
      session.release();
      VerifyReport report = new VerifyReport(target.toString(), List.copyOf(checks.values()));
      progress.accept(report.summary());
      return report;
    } finally {
      channel.shutdownNow();
      try {
        channel.awaitTermination(5, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /**
   * Why a fixture cannot be checked on its own, or null: a later answer to a question depends on
   * what was asked before it, a streaming command names a query that only the recorded test
   * started, and starting a streaming query would leave it running on the server with no one to
   * stop it. All are verified by running the test itself in VERIFY mode.
   */
  private static String whyNotAlone(Fixture fixture) {
    if (fixture.occurrence() > 1) {
      return "answer " + fixture.occurrence() + " to its question depends on what the test asked before it; "
          + "run the test in VERIFY mode";
    }
    boolean streaming = fixture.plan().map(plan -> plan.hasCommand() && (plan.getCommand().hasStreamingQueryCommand()
        || plan.getCommand().hasStreamingQueryManagerCommand()
        || plan.getCommand().hasStreamingQueryListenerBusCommand())).orElse(false);
    if (streaming) {
      return "a streaming command about a query the recorded test started; run the test in VERIFY mode";
    }
    boolean startsQuery = fixture.plan().map(plan -> plan.hasCommand()
        && plan.getCommand().hasWriteStreamOperationStart()).orElse(false);
    return startsQuery ? "it starts a streaming query, which would run on the server until stopped; run the test "
        + "in VERIFY mode" : null;
  }

  /**
   * Commands first (they create the views and tables that queries read), then everything else, each
   * group in name order: a query is never checked before the command it depends on has run, since
   * a real server may remember that the query once failed.
   */
  private static List<Fixture> inRunningOrder(List<Fixture> fixtures) {
    List<Fixture> ordered = new ArrayList<>(fixtures);
    ordered.sort(java.util.Comparator.comparing((Fixture fixture) -> !isCommand(fixture)).thenComparing(Fixture::name));
    return ordered;
  }

  private static boolean isCommand(Fixture fixture) {
    return fixture.request() instanceof Plan plan && plan.hasCommand();
  }

  /** One session on the target, in which the fixtures run one after another. */
  private static final class Session {
    private final SparkConnectServiceGrpc.SparkConnectServiceBlockingStub stub;
    private final String sessionId = UUID.randomUUID().toString();
    private final UserContext user = UserContext.newBuilder().setUserId("spark-connect-java-verify").build();

    private final double tolerance;

    Session(SparkConnectServiceGrpc.SparkConnectServiceBlockingStub stub, double tolerance) {
      this.stub = stub;
      this.tolerance = tolerance;
    }

    void configure(Map<String, String> settings) {
      if (settings.isEmpty()) {
        return;
      }
      ConfigRequest.Set.Builder set = ConfigRequest.Set.newBuilder();
      settings.forEach((key, value) -> set.addPairs(KeyValue.newBuilder().setKey(key).setValue(value)));
      stub.withDeadlineAfter(1, TimeUnit.MINUTES).config(ConfigRequest.newBuilder().setSessionId(sessionId).setUserContext(user)
          .setOperation(ConfigRequest.Operation.newBuilder().setSet(set)).build());
    }

    void release() {
      try {
        stub.withDeadlineAfter(10, TimeUnit.SECONDS).releaseSession(ReleaseSessionRequest.newBuilder()
            .setSessionId(sessionId).setUserContext(user).build());
      } catch (StatusRuntimeException e) {
        // The session expires on the server by itself.
      }
    }

    FixtureCheck check(Fixture recorded) {
      String alone = whyNotAlone(recorded);
      if (alone != null) {
        return new FixtureCheck(recorded.name(), FixtureCheck.Verdict.NOT_CHECKED, List.of(), alone);
      }
      try {
        Fixture now = recorded.rpc() == Fixture.Rpc.EXECUTE_PLAN ? execute((Plan) recorded.request())
            : analyze((AnalyzePlanRequest) recorded.request());
        List<Difference> differences = FixtureComparison.differences(recorded, now, tolerance);
        return new FixtureCheck(recorded.name(),
            differences.isEmpty() ? FixtureCheck.Verdict.MATCHES : FixtureCheck.Verdict.DIFFERS,
            differences.subList(0, Math.min(DIFFERENCES_PER_FIXTURE, differences.size())), null);
      } catch (StatusRuntimeException e) {
        return new FixtureCheck(recorded.name(), FixtureCheck.Verdict.NOT_CHECKED, List.of(), e.getStatus().toString());
      } catch (RuntimeException e) {
        return new FixtureCheck(recorded.name(), FixtureCheck.Verdict.NOT_CHECKED, List.of(), e.toString());
      }
    }

    private Fixture execute(Plan plan) {
      List<ExecutePlanResponse> responses = new ArrayList<>();
      RecordedError error = null;
      try {
        Iterator<ExecutePlanResponse> stream = stub.withDeadlineAfter(FIXTURE_DEADLINE_MINUTES, TimeUnit.MINUTES).executePlan(ExecutePlanRequest.newBuilder()
            .setSessionId(sessionId).setUserContext(user).setOperationId(UUID.randomUUID().toString())
            .setPlan(plan).build());
        stream.forEachRemaining(responses::add);
      } catch (StatusRuntimeException e) {
        if (e.getStatus().getCode() == io.grpc.Status.Code.UNAVAILABLE) {
          throw e;
        }
        error = new RecordedError(statusOf(e), Optional.empty());
      }
      return Fixture.execution(plan, responses, error);
    }

    private Fixture analyze(AnalyzePlanRequest request) {
      AnalyzePlanRequest asked = request.toBuilder().setSessionId(sessionId).setUserContext(user).build();
      try {
        return Fixture.analysis(asked, stub.withDeadlineAfter(FIXTURE_DEADLINE_MINUTES, TimeUnit.MINUTES)
            .analyzePlan(asked), null);
      } catch (StatusRuntimeException e) {
        if (e.getStatus().getCode() == io.grpc.Status.Code.UNAVAILABLE) {
          throw e;
        }
        return Fixture.analysis(asked, null, new RecordedError(statusOf(e), Optional.empty()));
      }
    }
  }

  private static com.google.rpc.Status statusOf(StatusRuntimeException e) {
    com.google.rpc.Status status = StatusProto.fromThrowable(e);
    return status != null ? status : com.google.rpc.Status.newBuilder().setCode(e.getStatus().getCode().value())
        .setMessage(String.valueOf(e.getStatus().getDescription())).build();
  }

  /** How to build a {@link FixtureVerifier}. */
  public static final class Builder {
    private Target target;
    private FixtureStore fixtures;
    private Consumer<String> progress = line -> { };
    private final Map<String, String> config = new LinkedHashMap<>();
    private double tolerance;

    private Builder() {}

    /**
     * Accepts floating-point and decimal cells that differ by at most {@code tolerance} from their
     * recording (0, exact, by default), for sums whose last digits depend on the order of addition.
     */
    public Builder tolerance(double tolerance) {
      if (tolerance < 0 || Double.isNaN(tolerance)) {
        throw new IllegalArgumentException("the tolerance must be 0 or more, not " + tolerance);
      }
      this.tolerance = tolerance;
      return this;
    }

    /** The real server to verify against, as an {@code sc://} string. */
    public Builder target(String remote) {
      this.target = Target.parse(remote);
      return this;
    }

    /** The fixtures to re-run against the target, each compared with what it recorded. */
    public Builder fixtures(FixtureStore fixtures) {
      this.fixtures = fixtures;
      return this;
    }

    /** Where to report progress, one line per fixture and a summary at the end. */
    public Builder progress(Consumer<String> progress) {
      this.progress = Objects.requireNonNull(progress, "progress");
      return this;
    }

    /** A setting of the verifying session, for example the time zone the fixtures were recorded in. */
    public Builder config(String key, String value) {
      config.put(key, value);
      return this;
    }

    /** The verifier; it connects when {@code verify()} runs. */
    public FixtureVerifier build() {
      return new FixtureVerifier(this);
    }
  }
}
