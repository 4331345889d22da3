package dev.sparkconnect.mock;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Faults written as short text, for places where Java cannot reach: a gRPC header a client of any
 * language sends ({@link FaultHeader}), a connection string, a command line. One fault is
 * {@code kind[:argument][@afterResponses][~rpc]} ({@code /rpc} works too, but not in an
 * {@code sc://} string read as a URL, as PySpark reads it); several are separated by commas:
 *
 * <pre>
 * endStream@2                      the ExecutePlan stream ends cleanly after 2 responses
 * unavailable@0~ReattachExecute    the reattach fails with UNAVAILABLE before its first response
 * delay:300@1                      300 ms before the second response
 * retryAfter:500                   UNAVAILABLE asking the client to wait 500 ms
 * sparkError:DIVIDE_BY_ZERO@3      a Spark error of that class after 3 responses
 * evictSession~AnalyzePlan         the session is closed as an idle one, on AnalyzePlan
 * </pre>
 *
 * <p>The kinds are {@value #KINDS}, named as the factories of {@link Fault}. Written with
 * {@code ~}, every character is one a URI's path parameters allow, so an expression fits in an
 * {@code sc://} parameter as it is.
 */
public final class FaultExpression {

  /** Every kind of fault an expression (or the admin API's JSON) can name. */
  public static final String KINDS = "unavailable, invalidCursorDisconnected, endStream, dropConnection, loseSession,"
      + " evictSession, abandonOperation, restartServer, delay:MILLIS, retryAfter:MILLIS, sparkError:ERROR_CLASS";

  private FaultExpression() {}

  /**
   * The faults {@code expressions} names (comma-separated); each fires once, on its RPC
   * ({@code ExecutePlan} unless {@code ~rpc} says otherwise).
   *
   * @throws IllegalArgumentException saying what is wrong and what is expected
   */
  public static List<Fault> parse(String expressions) {
    if (expressions == null || expressions.isBlank()) {
      throw new IllegalArgumentException("no fault given; write kind[:argument][@afterResponses][~rpc], kind one of "
          + KINDS);
    }
    List<Fault> faults = new ArrayList<>();
    for (String expression : expressions.split(",")) {
      faults.add(parseOne(expression.strip()));
    }
    return faults;
  }

  private static Fault parseOne(String expression) {
    String rest = expression;
    String rpc = "ExecutePlan";
    int slash = Math.max(rest.indexOf('/'), rest.indexOf('~'));
    if (slash >= 0) {
      rpc = rest.substring(slash + 1);
      rest = rest.substring(0, slash);
    }
    int after = 0;
    int at = rest.indexOf('@');
    if (at >= 0) {
      String position = rest.substring(at + 1);
      try {
        after = Integer.parseInt(position);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("'" + expression + "': after '@' comes how many responses pass before the"
            + " fault fires (0 or more), not '" + position + "'");
      }
      rest = rest.substring(0, at);
    }
    String argument = null;
    int colon = rest.indexOf(':');
    if (colon >= 0) {
      argument = rest.substring(colon + 1);
      rest = rest.substring(0, colon);
    }
    try {
      return named(rest, argument).onRpc(rpc).afterResponses(after);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("'" + expression + "': " + e.getMessage(), e);
    }
  }

  /**
   * The fault of kind {@code kind} (one of {@value #KINDS}) with its argument, if it takes one
   * (milliseconds for a delay or a retryAfter, the error class of a sparkError), placed as every
   * fault is by default.
   */
  public static Fault named(String kind, String argument) {
    boolean takesArgument = kind.equals("delay") || kind.equals("retryAfter") || kind.equals("sparkError");
    if (takesArgument && (argument == null || argument.isEmpty())) {
      throw new IllegalArgumentException(kind + " needs an argument: " + kind + (kind.equals("sparkError")
          ? ":ERROR_CLASS" : ":MILLIS"));
    }
    if (!takesArgument && argument != null) {
      throw new IllegalArgumentException(kind + " takes no argument, but was given '" + argument + "'");
    }
    return switch (kind) {
      case "unavailable" -> Fault.unavailable();
      case "invalidCursorDisconnected" -> Fault.invalidCursorDisconnected();
      case "endStream" -> Fault.endStream();
      case "dropConnection" -> Fault.dropConnection();
      case "loseSession" -> Fault.loseSession();
      case "evictSession" -> Fault.evictSession();
      case "abandonOperation" -> Fault.abandonOperation();
      case "restartServer" -> Fault.restartServer();
      case "delay" -> Fault.delay(Duration.ofMillis(millis(argument)));
      case "retryAfter" -> Fault.retryAfter(Duration.ofMillis(millis(argument)));
      case "sparkError" -> Fault.sparkError(argument, "XX000", "injected by the mock server (" + argument + ")");
      default -> throw new IllegalArgumentException("no fault is named '" + kind + "'; the kinds are " + KINDS);
    };
  }

  private static long millis(String argument) {
    try {
      long millis = Long.parseLong(argument);
      if (millis < 0) {
        throw new NumberFormatException();
      }
      return millis;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("'" + argument + "' is not a number of milliseconds (0 or more)");
    }
  }
}
