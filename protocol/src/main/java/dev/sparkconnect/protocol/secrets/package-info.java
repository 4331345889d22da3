/**
 * Which settings and options are secrets, as Apache Spark decides it ({@code spark.redaction.regex}),
 * so that the client, the mock, recordings and reports all hide the same values the same way.
 */
package dev.sparkconnect.protocol.secrets;
