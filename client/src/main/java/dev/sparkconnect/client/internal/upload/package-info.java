/**
 * Local data sent to the server: rows and a schema turned into an Arrow IPC stream inside a
 * {@code LocalRelation}, as {@code SparkSession.createDataFrame} needs.
 */
package dev.sparkconnect.client.internal.upload;
