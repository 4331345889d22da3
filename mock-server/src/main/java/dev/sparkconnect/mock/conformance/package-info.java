/**
 * Conformance cases for any Spark Connect endpoint: every RPC built by hand, as an outsider to
 * Spark would, and checked against what Spark's protocol promises (ids echoed, streams completed,
 * sessions isolated, configuration, error conditions, Arrow values such as NaN, -0.0, empty
 * arrays and nulls).
 *
 * <p>{@link dev.sparkconnect.mock.conformance.ConformanceRunner} runs them against a server and
 * returns a {@link dev.sparkconnect.mock.conformance.ConformanceReport}: pass, fail or skip per
 * case. The mock server is held to them in this project's build (from recordings of a real
 * server), a real Spark server too; the command line offers the same runner as
 * {@code verify --conformance sc://host:port} to judge an alternative engine or a vendor's
 * endpoint before trusting it as a test backend. The cases live in one file per area
 * ({@code ExecutionCases}, {@code RelationCases}, {@code AnalysisCases}, {@code ConfigCases}, {@code SessionCases},
 * {@code OperationCases}, {@code ErrorCases}, {@code ArrowValueCases}).
 */
package dev.sparkconnect.mock.conformance;
