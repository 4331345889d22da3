package dev.sparkconnect.mock;

import com.google.protobuf.Message;
import dev.sparkconnect.fixtures.Fixture;
import dev.sparkconnect.fixtures.FixtureStore;
import dev.sparkconnect.fixtures.PlanDiff;
import dev.sparkconnect.fixtures.RecordedError;
import dev.sparkconnect.proto.AnalyzePlanRequest;
import dev.sparkconnect.proto.ExecutePlanResponse;
import dev.sparkconnect.proto.Plan;
import dev.sparkconnect.proto.Relation;
import dev.sparkconnect.proto.ShowString;
import dev.sparkconnect.protocol.plans.CanonicalPlans;
import dev.sparkconnect.protocol.plans.SqlCommands;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where the server's answers come from: stubs written in code first, then recorded fixtures. A
 * request that neither knows gets a report of the nearest recordings and where they differ.
 */
final class Answers {

  private static final int NEAREST = 3;
  private static final int DIFFERENCES_SHOWN = 8;

  final FixtureStore stubs = FixtureStore.empty();
  final FixtureStore fixtures;
  /** The last requests nothing answered, with their near-miss reports; the oldest go past {@value #UNMATCHED_KEPT}. */
  private final java.util.Deque<UnmatchedRequest> unmatched = new java.util.ArrayDeque<>();
  static final int UNMATCHED_KEPT = 100;
  private final boolean sparkBefore4;

  Answers(FixtureStore fixtures, String sparkVersion) {
    this.fixtures = fixtures;
    this.sparkBefore4 = !dev.sparkconnect.protocol.versions.SparkVersion.parse(sparkVersion)
        .isAtLeast(dev.sparkconnect.protocol.versions.SparkVersion.V4_0);
  }

  /**
   * The recorded execution of {@code plan} as things stand, without asking it: the answer of its
   * latest asking so far (its first if it was never asked), for answers derived from it (a SQL
   * command's query, {@code show()} of a result, a schema).
   */
  Optional<Fixture> execution(Plan plan) {
    return latest(Fixture.keyOf(plan));
  }

  private Optional<Fixture> latest(String questionKey) {
    Optional<Fixture> stub = stubs.find(questionKey);
    if (stub.isPresent()) {
      return stub;
    }
    java.util.concurrent.atomic.AtomicInteger asked = askings.get(questionKey);
    return fixtures.find(questionKey, asked == null ? 1 : asked.get());
  }

  /** How many times each question has been asked of this server, for answers recorded in order. */
  private final java.util.concurrent.ConcurrentHashMap<String, java.util.concurrent.atomic.AtomicInteger> askings =
      new java.util.concurrent.ConcurrentHashMap<>();

  /**
   * The answer to this asking of the question of {@code questionKey}: a stub, else the recording
   * of the n-th asking (the latest answer recorded at or before it, see {@link Fixture#occurrence()}).
   */
  Optional<Fixture> ask(String questionKey) {
    int asking = askings.computeIfAbsent(questionKey, key -> new java.util.concurrent.atomic.AtomicInteger())
        .incrementAndGet();
    Optional<Fixture> stub = stubs.find(questionKey);
    return stub.isPresent() ? stub : fixtures.find(questionKey, asking);
  }

  /** Takes back an asking the server then refused to run (its operation id was taken), so it is not counted. */
  void unask(String questionKey) {
    java.util.concurrent.atomic.AtomicInteger asked = askings.get(questionKey);
    if (asked != null) {
      asked.updateAndGet(n -> Math.max(0, n - 1));
    }
  }

  /** Starts counting askings afresh: the next asking of each question is its first. */
  void forgetAskings() {
    askings.clear();
  }

  /** The recorded analysis {@code request} as things stand, without asking it (see {@link #execution}). */
  Optional<Fixture> analysis(AnalyzePlanRequest request) {
    return latest(Fixture.keyOf(request));
  }

  /** What an ExecutePlan of {@code plan} is answered with: the responses (without ids) and the error it ends with, if any. */
  record Replay(List<ExecutePlanResponse> responses, RecordedError error, List<Integer> heardAfterCalls) {

    Replay(List<ExecutePlanResponse> responses, RecordedError error) {
      this(responses, error, List.of());
    }
  }

  /**
   * The answer to {@code plan}: its recording or stub; for a SQL command whose query is recorded
   * as a relation, what Spark answers a query with (that relation, or the query's failure, since
   * Spark analyses SQL when the command runs); for {@code show()} of a recorded result, its table
   * ({@link ShowFromRecording}); otherwise the miss report.
   */
  Replay replay(Plan plan) {
    Optional<Fixture> fixture = ask(Fixture.keyOf(plan));
    if (fixture.isPresent()) {
      List<ExecutePlanResponse> template = new ArrayList<>(fixture.get().responses());
      List<Integer> heard = new ArrayList<>(fixture.get().heardAfterCalls());
      if (fixture.get().error().isPresent()) {
        return new Replay(template, fixture.get().error().get(), heard);
      }
      if (template.isEmpty() || !template.get(template.size() - 1).hasResultComplete()) {
        template.add(RESULT_COMPLETE);
        if (!heard.isEmpty()) {
          // The recording never saw this execution end: the replay ends it only when the client goes.
          heard.add(Integer.MAX_VALUE);
        }
      }
      return new Replay(template, null, heard);
    }
    Optional<Relation> sqlRelation = SqlCommands.queryOf(plan);
    Optional<Fixture> query = sqlRelation.flatMap(relation -> execution(Plan.newBuilder().setRoot(relation).build()));
    if (query.isPresent() && query.get().error().isPresent()) {
      return new Replay(List.of(), query.get().error().get());
    }
    if (query.isPresent()) {
      return new Replay(List.of(ExecutePlanResponse.newBuilder().setSqlCommandResult(
          ExecutePlanResponse.SqlCommandResult.newBuilder().setRelation(sqlRelation.get())).build(), RESULT_COMPLETE),
          null);
    }
    if (plan.hasRoot() && plan.getRoot().hasShowString()) {
      ShowString show = plan.getRoot().getShowString();
      Optional<List<ExecutePlanResponse>> shown = execution(Plan.newBuilder().setRoot(show.getInput()).build())
          .flatMap(input -> ShowFromRecording.answer(show, input, sparkBefore4));
      if (shown.isPresent()) {
        List<ExecutePlanResponse> responses = new ArrayList<>(shown.get());
        responses.add(RESULT_COMPLETE);
        return new Replay(responses, null);
      }
    }
    return new Replay(List.of(), miss(Fixture.Rpc.EXECUTE_PLAN, CanonicalPlans.canonicalize(plan)));
  }

  private static final ExecutePlanResponse RESULT_COMPLETE = ExecutePlanResponse.newBuilder()
      .setResultComplete(ExecutePlanResponse.ResultComplete.getDefaultInstance()).build();

  /**
   * The error for a request with no answer. What helps comes first: the nearest recordings of the
   * same RPC and every path where they differ (a recording that shares little with the request is
   * left out), then what to do (only the hints that apply), and last the request once, as readable
   * JSON.
   */
  RecordedError miss(Fixture.Rpc rpc, Message canonicalRequest) {
    StringBuilder report = new StringBuilder("No recording or stub answers this ")
        .append(rpc.methodName()).append(" request (").append(count(fixtures.size(), "fixture")).append(", ")
        .append(count(stubs.size(), "stub")).append(" loaded).\n");
    List<String> functions = UserFunctions.in(canonicalRequest);
    if (!functions.isEmpty()) {
      report.append("It uses the user-defined function").append(functions.size() == 1 ? " " : "s ")
          .append(String.join(", ", functions)).append(": a changed function (class, return type, inputs)"
              + " changes the plan.\n");
    }
    List<FixtureStore.NearMiss> nearest = related(nearest(rpc, canonicalRequest), canonicalRequest);
    if (nearest.isEmpty()) {
      report.append("No recording of this RPC resembles it.\n");
    } else {
      report.append("Nearest recordings:\n");
      int rank = 1;
      for (FixtureStore.NearMiss miss : nearest) {
        List<PlanDiff.Difference> differences = miss.differences();
        report.append("  ").append(rank++).append(". ").append(miss.fixture().name()).append(" (")
            .append(count(differences.size(), "difference")).append(")\n");
        for (PlanDiff.Difference difference : differences.subList(0, Math.min(DIFFERENCES_SHOWN, differences.size()))) {
          report.append("       ").append(difference).append('\n');
        }
        if (differences.size() > DIFFERENCES_SHOWN) {
          report.append("       ... and ").append(differences.size() - DIFFERENCES_SHOWN).append(" more\n");
        }
      }
    }
    if (fixtures.size() == 0) {
      report.append("Record it (run the test in RECORD or RECORD_MISSING mode, or through the recording proxy),"
          + " or answer it in code with server.stub(...).\n");
    } else {
      report.append("If the query changed on purpose, record again (RECORD mode, or delete the stale fixture and use"
          + " RECORD_MISSING); else answer it in code with server.stub(...).\n");
    }
    report.append("The request, in canonical form:\n").append(indent(readable(printable(canonicalRequest))));
    remember(new UnmatchedRequest(rpc.methodName(), java.time.Instant.now(), report.toString()));
    return SparkErrors.withDetails("dev.sparkconnect.mock.NoRecordingException",
        "MOCK_SERVER.NO_RECORDING", "XX000", report.toString());
  }

  private void remember(UnmatchedRequest request) {
    synchronized (unmatched) {
      if (unmatched.size() == UNMATCHED_KEPT) {
        unmatched.removeFirst();
      }
      unmatched.addLast(request);
    }
  }

  /** The last requests nothing answered, oldest first. */
  List<UnmatchedRequest> unmatched() {
    synchronized (unmatched) {
      return List.copyOf(unmatched);
    }
  }

  void forgetUnmatched() {
    synchronized (unmatched) {
      unmatched.clear();
    }
  }

  /**
   * The near misses worth showing: the nearest always, the others only while they share at least
   * half of what the request holds (a recording of a different query is noise).
   */
  private static List<FixtureStore.NearMiss> related(List<FixtureStore.NearMiss> nearest, Message request) {
    if (nearest.isEmpty()) {
      return nearest;
    }
    int size = Math.max(1, PlanDiff.distance(PlanDiff.between(request.getDefaultInstanceForType(), request)));
    List<FixtureStore.NearMiss> shown = new java.util.ArrayList<>();
    shown.add(nearest.get(0));
    for (FixtureStore.NearMiss miss : nearest.subList(1, nearest.size())) {
      if (PlanDiff.distance(miss.differences()) * 2 <= size) {
        shown.add(miss);
      }
    }
    return shown;
  }

  private static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  /** JSON as people read it: protobuf's printer escapes characters such as equals signs for HTML. */
  private static String readable(String json) {
    return json.replace("\\u003d", "=").replace("\\u003c", "<").replace("\\u003e", ">")
        .replace("\\u0026", "&").replace("\\u0027", "'");
  }

  private List<FixtureStore.NearMiss> nearest(Fixture.Rpc rpc, Message canonicalRequest) {
    List<FixtureStore.NearMiss> fromStubs = stubs.nearest(rpc, canonicalRequest, NEAREST);
    List<FixtureStore.NearMiss> fromFixtures = fixtures.nearest(rpc, canonicalRequest, NEAREST);
    return java.util.stream.Stream.concat(fromStubs.stream(), fromFixtures.stream())
        .sorted(java.util.Comparator.comparingInt(miss -> PlanDiff.distance(miss.differences())))
        .limit(NEAREST)
        .toList();
  }

  /** JSON, or protobuf text where the request holds an extension type no JSON printer knows. */
  private static String printable(Message request) {
    try {
      return CanonicalPlans.toJson(request);
    } catch (IllegalArgumentException e) {
      return com.google.protobuf.TextFormat.printer().printToString(request);
    }
  }

  private static String indent(String text) {
    return "    " + text.strip().replace("\n", "\n    ") + "\n";
  }
}
