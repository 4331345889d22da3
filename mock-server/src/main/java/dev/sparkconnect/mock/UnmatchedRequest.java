package dev.sparkconnect.mock;

import java.time.Instant;

/**
 * A request no stub or recording answered, with the report its client was sent: the nearest
 * recordings and where each differs, what to do, and the request in canonical form. The mock
 * server keeps the last ones ({@link MockSparkConnectServer#unmatchedRequests()}), so a test (or
 * the admin API's {@code GET /near-misses}) can show why a query missed even when the client
 * swallowed the error.
 *
 * @param rpc the RPC, such as {@code ExecutePlan}
 * @param receivedAt when it arrived
 * @param report the near-miss report, as the client received it in the error's message
 */
public record UnmatchedRequest(String rpc, Instant receivedAt, String report) {}
