/**
 * Spark SQL data types ({@link dev.sparkconnect.client.types.DataTypes} and friends), named and
 * shaped as in Apache Spark's Java API; each type's javadoc names the exact Java class of its
 * values in a {@code dev.sparkconnect.client.Row}.
 */
package dev.sparkconnect.client.types;
