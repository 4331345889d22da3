/**
 * The Spark Connect client API: {@link dev.sparkconnect.client.SparkSession},
 * {@link dev.sparkconnect.client.DataFrame} and {@link dev.sparkconnect.client.Row}, named and
 * shaped as in Apache Spark's Java API.
 */
package dev.sparkconnect.client;
