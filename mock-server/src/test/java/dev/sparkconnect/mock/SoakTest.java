package dev.sparkconnect.mock;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sparkconnect.client.SparkSession;
import dev.sparkconnect.proto.ExecutePlanRequest;
import dev.sparkconnect.proto.ExecutePlanResponse;
import dev.sparkconnect.proto.Plan;
import dev.sparkconnect.proto.SparkConnectServiceGrpc;
import dev.sparkconnect.proto.UserContext;
import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * A long run through one server: 50,000 queries from 8 sessions on 4 threads, after which the heap
 * in use is within 10 % of what it was once the journal had filled (at 10,000 queries); and a
 * burst of 64 concurrent sessions, none of which fails. Heap figures are printed.
 */
class SoakTest {

  private static final int QUERIES = 50_000;
  private static final int WARM_UP = 10_000;

  @Test
  void fiftyThousandQueriesLeaveTheHeapFlatAndSixtyFourSessionsAllAnswer() throws Exception {
    Plan plan;
    try (SparkSession planner = SparkSession.builder().remote("sc://localhost:1").create()) {
      plan = Plan.newBuilder().setRoot(planner.range(4).plan()).build();
    }
    try (MockSparkConnectServer server = MockSparkConnectServer.builder().start()) {
      server.stub(plan.getRoot()).returns("id BIGINT NOT NULL", new Object[] {0L}, new Object[] {1L},
          new Object[] {2L}, new Object[] {3L});
      ManagedChannel channel = ManagedChannelBuilder.forAddress("localhost", server.port()).usePlaintext().build();
      ExecutorService threads = Executors.newFixedThreadPool(4);
      try {
        var stub = SparkConnectServiceGrpc.newBlockingStub(channel);
        List<String> sessions = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
          sessions.add(UUID.randomUUID().toString());
        }
        run(threads, stub, plan, sessions, WARM_UP);
        long warm = usedHeapAfterGc();
        run(threads, stub, plan, sessions, QUERIES - WARM_UP);
        long after = usedHeapAfterGc();
        System.out.printf("SoakTest: heap in use %.1f MiB after %,d queries, %.1f MiB after %,d (journal %,d kept, "
            + "%,d dropped)%n", warm / 1048576.0, WARM_UP, after / 1048576.0, QUERIES, server.journal().entries().size(),
            server.journal().dropped());
        assertThat(server.journal().count("ExecutePlan")).isEqualTo(QUERIES);
        assertThat((double) after).as("heap in use after %,d queries against %,d", QUERIES, WARM_UP)
            .isLessThanOrEqualTo(warm * 1.10 + (4 << 20));

        List<String> burst = new ArrayList<>();
        for (int i = 0; i < 64; i++) {
          burst.add(UUID.randomUUID().toString());
        }
        ExecutorService wide = Executors.newFixedThreadPool(64);
        try {
          List<Future<Integer>> answers = new ArrayList<>();
          for (String session : burst) {
            answers.add(wide.submit(() -> rows(stub, plan, session)));
          }
          for (Future<Integer> answer : answers) {
            assertThat(answer.get()).isEqualTo(4);
          }
        } finally {
          wide.shutdownNow();
        }
      } finally {
        threads.shutdownNow();
        channel.shutdownNow();
      }
    }
  }

  private static void run(ExecutorService threads, SparkConnectServiceGrpc.SparkConnectServiceBlockingStub stub,
      Plan plan, List<String> sessions, int queries) throws Exception {
    List<Future<?>> done = new ArrayList<>();
    int perThread = queries / 4;
    for (int t = 0; t < 4; t++) {
      int thread = t;
      done.add(threads.submit(() -> {
        for (int i = 0; i < perThread; i++) {
          int rows = rows(stub, plan, sessions.get((thread + i) % sessions.size()));
          if (rows != 4) {
            throw new AssertionError("a query answered " + rows + " rows, not 4");
          }
        }
        return null;
      }));
    }
    for (Future<?> future : done) {
      future.get();
    }
  }

  private static int rows(SparkConnectServiceGrpc.SparkConnectServiceBlockingStub stub, Plan plan, String session) {
    Iterator<ExecutePlanResponse> responses = stub.executePlan(ExecutePlanRequest.newBuilder().setSessionId(session)
        .setUserContext(UserContext.newBuilder().setUserId("soak")).setPlan(plan).build());
    int rows = 0;
    while (responses.hasNext()) {
      ExecutePlanResponse response = responses.next();
      if (response.hasArrowBatch()) {
        rows += (int) response.getArrowBatch().getRowCount();
      }
    }
    return rows;
  }

  private static long usedHeapAfterGc() throws InterruptedException {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    long least = Long.MAX_VALUE;
    for (int i = 0; i < 5; i++) {
      System.gc();
      Thread.sleep(100);
      least = Math.min(least, memory.getHeapMemoryUsage().getUsed());
    }
    return least;
  }
}
