package dev.sparkconnect.mock;

import java.util.List;

/**
 * A Spark Connect endpoint a test can break on purpose and whose requests it can read back: the
 * {@link MockSparkConnectServer} itself, or the {@link dev.sparkconnect.mock.record.RecordingProxy}
 * in front of a real server. Written against this, one fault test runs on the mock (replaying its
 * fixtures) and on a real server (through the proxy, which breaks the real server's live streams)
 * without a change:
 *
 * <pre>{@code
 * @Test
 * void aCutStreamLosesNoRow(SparkSession spark, FaultableServer server) {
 *   server.inject(Fault.endStream().afterResponses(1));
 *   assertThat(spark.sql("SELECT * FROM range(10)").count()).isEqualTo(10);
 *   assertThat(server.journal().reattachCount()).isEqualTo(1);
 * }
 * }</pre>
 *
 * <p>What only the mock can do (stubs, a restart, the fixtures it serves) stays on
 * {@link MockSparkConnectServer}.
 */
public interface FaultableServer {

  /** The {@code sc://} string clients connect with. */
  String remote();

  /** Arms a fault; see {@link Fault}. */
  FaultableServer inject(Fault fault);

  /** Disarms every fault, fired or not. */
  void clearFaults();

  /** The armed faults that have yet to fire, described; empty once every one-shot fault has fired. */
  List<String> pendingFaults();

  /**
   * The armed faults that never fired as often as they were asked to (an {@code always()} fault
   * counts once it has fired once), described: a fault still here when a test ends was placed
   * where the test's calls never went (a position past the end of a stream, another RPC, another
   * plan).
   */
  List<String> unfiredFaults();

  /** Every request received so far (bounded; see {@link Journal}). */
  Journal journal();

  /**
   * The faulty network in front of this endpoint, to break its connections below gRPC (see
   * {@link dev.sparkconnect.mock.network.NetworkFault}); only when built with
   * {@code networkFaults()}.
   *
   * @throws IllegalStateException when it was built without one
   */
  dev.sparkconnect.mock.network.FaultyNetwork network();
}
