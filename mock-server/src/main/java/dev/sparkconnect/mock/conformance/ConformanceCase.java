package dev.sparkconnect.mock.conformance;

import dev.sparkconnect.protocol.versions.SparkVersion;
import java.util.Optional;

/**
 * One conformance case: a few hand-built calls and the checks on what comes back. The catalogue
 * is {@link ConformanceRunner#cases()}; each case is named {@code area/name} and says in one
 * sentence what an endpoint that passes it does.
 */
public final class ConformanceCase {

  /** The calls and checks of a case, given a fresh session on the endpoint. */
  @FunctionalInterface
  interface Body {
    void run(WireSession session) throws Exception;
  }

  private final String area;
  private final String name;
  private final String checks;
  private final SparkVersion since;
  private final boolean optional;
  private final Body body;

  private ConformanceCase(String area, String name, String checks, SparkVersion since, boolean optional, Body body) {
    this.area = area;
    this.name = name;
    this.checks = checks;
    this.since = since;
    this.optional = optional;
    this.body = body;
  }

  static ConformanceCase of(String area, String name, String checks, Body body) {
    return new ConformanceCase(area, name, checks, null, false, body);
  }

  /** This case, for endpoints of Spark {@code version} or newer. */
  ConformanceCase since(String version) {
    return new ConformanceCase(area, name, checks, SparkVersion.parse(version), optional, body);
  }

  /** This case, for an RPC the protocol lets an endpoint leave out (UNIMPLEMENTED is then a skip). */
  ConformanceCase optionalRpc() {
    return new ConformanceCase(area, name, checks, since, true, body);
  }

  /** The part of the protocol it covers: {@code execution}, {@code relation}, {@code config}, ... */
  public String area() {
    return area;
  }

  /** A short name, unique in its area. */
  public String name() {
    return name;
  }

  /** {@code area/name}, how reports and {@code --only} name the case. */
  public String id() {
    return area + "/" + name;
  }

  /** One sentence: what an endpoint that passes it does. */
  public String checks() {
    return checks;
  }

  /** The first Spark version that behaves so, if the case is not for every version; older endpoints skip it. */
  public Optional<String> since() {
    return Optional.ofNullable(since).map(SparkVersion::text);
  }

  /** Whether the protocol lets an endpoint leave the case's RPC out. */
  public boolean optional() {
    return optional;
  }

  SparkVersion sinceVersion() {
    return since;
  }

  Body body() {
    return body;
  }

  @Override
  public String toString() {
    return id();
  }
}
