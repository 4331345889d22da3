/**
 * The Spark Connect protocol: message classes and gRPC stubs generated at build time from the
 * {@code spark/connect/*.proto} files inside Apache Spark's server jar of the version the build
 * pins ({@code spark.version}). The protobuf package stays {@code spark.connect}, so the wire format
 * and the gRPC service are Spark's own; only the Java package is ours, so that these classes and
 * Apache Spark's ({@code org.apache.spark.connect.proto}) can share one classpath.
 */
package dev.sparkconnect.proto;
