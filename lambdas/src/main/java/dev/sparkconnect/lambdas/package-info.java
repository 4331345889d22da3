/**
 * Java lambdas on the server: with this module on the class path, a typed Dataset's
 * {@code map}, {@code filter}, {@code flatMap}, {@code mapPartitions}, {@code foreach},
 * {@code foreachPartition}, {@code reduce} and {@code groupByKey} work, and so do a streaming
 * query's {@code foreachBatch} and {@code foreach} (with Spark's own {@code Dataset} and
 * {@code ForeachWriter}, as existing Java Spark code has them). There is nothing to call:
 * the client finds {@link dev.sparkconnect.lambdas.SparkUdfPackets} with the
 * {@link java.util.ServiceLoader}.
 *
 * <p>A function travels as Apache Spark's own client sends it: Spark's Scala adaptor around the
 * Java function, with Spark's encoders of its inputs and output, in a Java-serialized UDF packet.
 * The server reads those with its own classes, so this module's Spark classes must be of the
 * server's Spark version: data type singletons change their serialized form between versions (4.1
 * and 4.2 differ), and a mismatch fails the query with an {@code InvalidClassException}. Use the
 * {@code spark-sql-api} and {@code spark-common-utils} of the server's version (4.0 and later).
 */
package dev.sparkconnect.lambdas;
