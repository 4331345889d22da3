/**
 * Java functions that run on the server: the seam to the optional module that writes Spark's UDF
 * packets ({@link dev.sparkconnect.client.internal.udf.UdfPackets}, found with the
 * {@link java.util.ServiceLoader}), and the protocol expressions that carry them.
 */
package dev.sparkconnect.client.internal.udf;
