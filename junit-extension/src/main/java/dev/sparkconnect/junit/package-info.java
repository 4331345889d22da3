/**
 * {@code @SparkConnectTest}: the JUnit 5 extension, its modes and backends, and AssertJ assertions
 * for DataFrames. Arrives with the JUnit extension issue.
 */
package dev.sparkconnect.junit;
