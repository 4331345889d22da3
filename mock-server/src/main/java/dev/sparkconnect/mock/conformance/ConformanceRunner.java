package dev.sparkconnect.mock.conformance;

import dev.sparkconnect.mock.record.Target;
import dev.sparkconnect.proto.AnalyzePlanRequest;
import dev.sparkconnect.proto.ReleaseSessionRequest;
import dev.sparkconnect.protocol.versions.SparkVersion;
import io.grpc.Channel;
import io.grpc.ClientInterceptors;
import io.grpc.ManagedChannel;
import io.grpc.Metadata;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.MetadataUtils;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Judges a Spark Connect endpoint against the conformance cases: each case runs in a fresh session
 * with hand-built requests, and the report says which passed, failed or could not judge it.
 *
 * <pre>{@code
 * ConformanceReport report = ConformanceRunner.builder()
 *     .target("sc://localhost:15002")      // or .channel(aChannel, "my endpoint")
 *     .progress(System.out::println)
 *     .build()
 *     .run();
 * System.out.println(report);
 * }</pre>
 *
 * <p>From the command line: {@code spark-connect-mock verify --conformance sc://host:port}. The
 * cases are Spark 4.2's behaviour; an endpoint that reports an older version skips the cases of
 * newer behaviour rather than failing them.
 */
public final class ConformanceRunner {

  /** The user id of the runner's sessions. */
  static final String USER = "spark-connect-conformance";

  private final Channel given;
  private final Target target;
  private final String endpoint;
  private final Duration callTimeout;
  private final Set<String> only;
  private final Consumer<String> progress;

  private ConformanceRunner(Builder builder) {
    this.given = builder.channel;
    this.target = builder.target;
    if (given == null && target == null) {
      throw new IllegalStateException("call target(\"sc://host:port\") or channel(...) before build()");
    }
    this.endpoint = given != null ? builder.endpoint : target.toString();
    this.callTimeout = builder.callTimeout;
    this.only = Set.copyOf(builder.only);
    this.progress = builder.progress;
  }

  /** A builder: {@code ConformanceRunner.builder().target("sc://localhost:15002").build()}. */
  public static Builder builder() {
    return new Builder();
  }

  /** Every case, in the order a run takes them. */
  public static List<ConformanceCase> cases() {
    return ConformanceCases.all();
  }

  /** Runs the selected cases and returns what each did; the endpoint is not changed beyond its own sessions. */
  public ConformanceReport run() {
    List<ConformanceCase> selected = selected();
    ManagedChannel owned = given == null ? target.channel() : null;
    Channel channel = given != null ? given : target.token() == null ? owned
        : ClientInterceptors.intercept(owned, MetadataUtils.newAttachHeadersInterceptor(bearer(target.token())));
    try {
      String version = sparkVersion(channel);
      SparkVersion parsed = parse(version);
      List<CaseResult> results = new ArrayList<>();
      for (ConformanceCase conformanceCase : selected) {
        CaseResult result = run(channel, conformanceCase, parsed);
        results.add(result);
        progress.accept(result.toString());
      }
      ConformanceReport report = new ConformanceReport(endpoint, version, results);
      progress.accept(report.summary());
      return report;
    } finally {
      if (owned != null) {
        owned.shutdownNow();
        try {
          owned.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
    }
  }

  private List<ConformanceCase> selected() {
    List<ConformanceCase> all = cases();
    if (only.isEmpty()) {
      return all;
    }
    List<ConformanceCase> chosen = all.stream()
        .filter(c -> only.contains(c.id()) || only.contains(c.area())).toList();
    if (chosen.isEmpty()) {
      throw new IllegalArgumentException("no conformance case or area is named " + only + "; the areas are "
          + all.stream().map(ConformanceCase::area).distinct().toList());
    }
    return chosen;
  }

  private CaseResult run(Channel channel, ConformanceCase conformanceCase, SparkVersion version) {
    SparkVersion since = conformanceCase.sinceVersion();
    if (version != null && since != null && !version.isAtLeast(since)) {
      return new CaseResult(conformanceCase.id(), conformanceCase.checks(), CaseResult.Outcome.SKIPPED,
          "Spark " + since.text() + " behaviour; the endpoint is " + version.text(), 0);
    }
    List<WireSession> opened = new ArrayList<>();
    long start = System.nanoTime();
    CaseResult.Outcome outcome = CaseResult.Outcome.PASSED;
    String detail = "";
    try {
      conformanceCase.body().run(new WireSession(channel, UUID.randomUUID().toString(), USER, callTimeout, version,
          opened));
    } catch (CaseFailed e) {
      outcome = CaseResult.Outcome.FAILED;
      detail = e.getMessage();
    } catch (StatusRuntimeException e) {
      WireError error = WireError.of(e, true);
      if (conformanceCase.optional() && error.code() == Status.Code.UNIMPLEMENTED) {
        outcome = CaseResult.Outcome.SKIPPED;
        detail = "the endpoint does not implement this optional RPC";
      } else {
        outcome = CaseResult.Outcome.FAILED;
        detail = "a call failed: " + error.describe();
      }
    } catch (Exception | AssertionError e) {
      outcome = CaseResult.Outcome.FAILED;
      detail = e.getClass().getSimpleName() + ": " + e.getMessage();
    } finally {
      release(opened);
    }
    long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    return new CaseResult(conformanceCase.id(), conformanceCase.checks(), outcome, detail, millis);
  }

  /** Releases the case's sessions, so that a run leaves nothing behind on the endpoint. */
  private void release(List<WireSession> sessions) {
    for (WireSession session : List.copyOf(sessions)) {
      try {
        session.stub().releaseSession(ReleaseSessionRequest.newBuilder().setSessionId(session.id())
            .setUserContext(session.user()).setClientType(WireSession.CLIENT_TYPE).build());
      } catch (RuntimeException ignored) {
        // Released already, never valid, or the endpoint failing: nothing a report needs.
      }
    }
  }

  /**
   * The version the endpoint reports, asked plainly (its answer is judged by the cases, not here);
   * an endpoint that cannot be reached ends the run with a clear error.
   */
  private String sparkVersion(Channel channel) {
    List<WireSession> probe = new ArrayList<>();
    try {
      WireSession session = new WireSession(channel, UUID.randomUUID().toString(), USER, callTimeout, null, probe);
      return session.stub().analyzePlan(AnalyzePlanRequest.newBuilder().setSessionId(session.id())
          .setUserContext(session.user()).setClientType(WireSession.CLIENT_TYPE)
          .setSparkVersion(AnalyzePlanRequest.SparkVersion.getDefaultInstance()).build()).getSparkVersion().getVersion();
    } catch (StatusRuntimeException e) {
      if (e.getStatus().getCode() == Status.Code.UNAVAILABLE || e.getStatus().getCode() == Status.Code.DEADLINE_EXCEEDED) {
        throw new IllegalStateException("cannot reach the Spark Connect endpoint " + endpoint + ": "
            + e.getStatus().getCode() + " " + Objects.requireNonNullElse(e.getStatus().getDescription(), ""), e);
      }
      return "unknown (spark_version failed: " + e.getStatus().getCode() + ")";
    } finally {
      release(probe);
    }
  }

  private static SparkVersion parse(String version) {
    try {
      return SparkVersion.parse(version);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static Metadata bearer(String token) {
    Metadata headers = new Metadata();
    headers.put(Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER), "Bearer " + token);
    return headers;
  }

  /** Where to run and what: the target, the cases, the deadline of each call. */
  public static final class Builder {

    private Target target;
    private Channel channel;
    private String endpoint;
    private Duration callTimeout = Duration.ofSeconds(60);
    private final List<String> only = new ArrayList<>();
    private Consumer<String> progress = line -> { };

    private Builder() {}

    /** The endpoint, as an {@code sc://} string (a token in it is sent as a bearer token and never shown). */
    public Builder target(String remote) {
      this.target = Target.parse(remote);
      return this;
    }

    /** A channel to the endpoint, made and closed by the caller; {@code name} is how the report calls it. */
    public Builder channel(Channel channel, String name) {
      this.channel = Objects.requireNonNull(channel, "channel");
      this.endpoint = Objects.requireNonNull(name, "name");
      return this;
    }

    /** Runs only these cases ({@code area/name}) or areas ({@code config}); all when none is named. */
    public Builder only(String... casesOrAreas) {
      only.addAll(List.of(casesOrAreas));
      return this;
    }

    /** The longest one call may take (60 s by default). */
    public Builder callTimeout(Duration timeout) {
      if (timeout.isNegative() || timeout.isZero()) {
        throw new IllegalArgumentException("the call timeout must be positive, not " + timeout);
      }
      this.callTimeout = timeout;
      return this;
    }

    /** Where each case's outcome is reported as it ends. */
    public Builder progress(Consumer<String> progress) {
      this.progress = Objects.requireNonNull(progress, "progress");
      return this;
    }

    /** The runner; nothing is called until {@link ConformanceRunner#run()}. */
    public ConformanceRunner build() {
      return new ConformanceRunner(this);
    }
  }
}
