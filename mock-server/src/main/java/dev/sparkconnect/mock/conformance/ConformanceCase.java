package dev.sparkconnect.mock.conformance;

import dev.sparkconnect.protocol.versions.SparkVersion;

/**
 * One conformance case: a few hand-built calls and the checks on what comes back.
 *
 * @param area the part of the protocol it covers ({@code execution}, {@code config}, ...)
 * @param name a short name, unique in its area
 * @param checks one sentence: what an endpoint that passes it does
 * @param since the first Spark version that behaves so; older endpoints skip the case
 * @param optional whether the protocol lets an endpoint leave the RPC out (UNIMPLEMENTED is then a skip)
 * @param body the calls and checks
 */
public record ConformanceCase(String area, String name, String checks, SparkVersion since, boolean optional,
    Body body) {

  /** The calls and checks of a case, given a fresh session on the endpoint. */
  @FunctionalInterface
  interface Body {
    void run(WireSession session) throws Exception;
  }

  static ConformanceCase of(String area, String name, String checks, Body body) {
    return new ConformanceCase(area, name, checks, null, false, body);
  }

  /** This case, for endpoints of Spark {@code version} or newer. */
  ConformanceCase since(String version) {
    return new ConformanceCase(area, name, checks, SparkVersion.parse(version), optional, body);
  }

  /** This case, for an RPC the protocol lets an endpoint leave out. */
  ConformanceCase optionalRpc() {
    return new ConformanceCase(area, name, checks, since, true, body);
  }

  /** {@code area/name}, how reports and {@code --only} name the case. */
  public String id() {
    return area + "/" + name;
  }

  @Override
  public String toString() {
    return id();
  }
}
