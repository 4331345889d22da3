package dev.sparkconnect.junit;

import dev.sparkconnect.mock.Fault;
import dev.sparkconnect.proto.Plan;
import java.time.Duration;
import java.util.List;

/**
 * The kinds of break a {@link FaultSweep} tries at every position of every result stream. The
 * default set is what a client must survive with every row once and in order; the others end the
 * query on purpose, for tests that assert the error a user then sees.
 */
public enum SweptFault {

  /** {@code UNAVAILABLE}: the network or the server gone for a moment. */
  UNAVAILABLE("Fault.unavailable()"),
  /** {@code INTERNAL [INVALID_CURSOR.DISCONNECTED]}: Spark's answer when a stream is cut under a reattach. */
  INVALID_CURSOR_DISCONNECTED("Fault.invalidCursorDisconnected()"),
  /** The stream ends cleanly without {@code result_complete}, as a server rotating its streams does. */
  END_OF_STREAM("Fault.endStream()"),
  /** The stream ends there, and the reattach after it ends at once too: a rotation that brings nothing. */
  EMPTY_ROTATION("Fault.endStream() and Fault.endStream().onRpc(\"ReattachExecute\")"),
  /** {@code UNAVAILABLE} with a {@code RetryInfo} asking the client to wait 10 ms. */
  RETRY_INFO("Fault.retryAfter(Duration.ofMillis(10))"),
  /** Every client connection closed, as a network failure would. */
  DROPPED_CONNECTION("Fault.dropConnection()"),
  /** The stream fails, then the reattach finds no operation ({@code INVALID_HANDLE.OPERATION_NOT_FOUND}). */
  OPERATION_NOT_FOUND_ON_REATTACH("Fault.unavailable() and Fault.sparkError(\"INVALID_HANDLE.OPERATION_NOT_FOUND\", ...)"
      + ".onRpc(\"ReattachExecute\")"),
  /** The server forgets the session. */
  SESSION_LOST("Fault.loseSession()"),
  /** The server restarts: every session and operation gone, a new server-side session id. */
  SERVER_RESTART("Fault.restartServer()");

  /** The kinds a client must survive with its result whole: the default of {@link FaultSweep#kinds()}. */
  public static final List<SweptFault> SURVIVABLE = List.of(UNAVAILABLE, INVALID_CURSOR_DISCONNECTED, END_OF_STREAM,
      EMPTY_ROTATION, RETRY_INFO, DROPPED_CONNECTION);

  private final String expression;

  SweptFault(String expression) {
    this.expression = expression;
  }

  /** The faults that make this break before response {@code position} of executions of {@code plan}. */
  List<Fault> at(Plan plan, int position) {
    return switch (this) {
      case UNAVAILABLE -> List.of(Fault.unavailable().forPlan(plan).afterResponses(position));
      case INVALID_CURSOR_DISCONNECTED -> List.of(Fault.invalidCursorDisconnected().forPlan(plan).afterResponses(position));
      case END_OF_STREAM -> List.of(Fault.endStream().forPlan(plan).afterResponses(position));
      case EMPTY_ROTATION -> List.of(Fault.endStream().forPlan(plan).afterResponses(position),
          Fault.endStream().onRpc("ReattachExecute").forPlan(plan));
      case RETRY_INFO -> List.of(Fault.retryAfter(Duration.ofMillis(10)).forPlan(plan).afterResponses(position));
      case DROPPED_CONNECTION -> List.of(Fault.dropConnection().forPlan(plan).afterResponses(position));
      case OPERATION_NOT_FOUND_ON_REATTACH -> List.of(Fault.unavailable().forPlan(plan).afterResponses(position),
          Fault.sparkError("INVALID_HANDLE.OPERATION_NOT_FOUND", "HY000", "The handle is invalid. Operation not found.")
              .onRpc("ReattachExecute").forPlan(plan));
      case SESSION_LOST -> List.of(Fault.loseSession().forPlan(plan).afterResponses(position));
      case SERVER_RESTART -> List.of(Fault.restartServer().forPlan(plan).afterResponses(position));
    };
  }

  /** The faults as Java, for a reproducer: {@code Fault.unavailable()}, placed by the caller. */
  String expression() {
    return expression;
  }
}
