/**
 * Exceptions: what the server reported ({@link dev.sparkconnect.client.errors.SparkException} and
 * its subclasses, mirroring Apache Spark's, each with its error condition, SQL state and message
 * parameters) and what went wrong on the way to it
 * ({@link dev.sparkconnect.client.errors.SparkConnectionException}).
 */
package dev.sparkconnect.client.errors;
