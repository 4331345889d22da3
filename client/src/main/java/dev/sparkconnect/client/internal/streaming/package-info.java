/**
 * How the streaming API talks to the server: each {@code StreamingQuery} and
 * {@code StreamingQueryManager} call is one streaming command (an {@code ExecutePlan} of a
 * {@code StreamingQueryCommand} or {@code StreamingQueryManagerCommand}), answered by one result.
 * Not API: the types here may change in any release.
 */
package dev.sparkconnect.client.internal.streaming;
