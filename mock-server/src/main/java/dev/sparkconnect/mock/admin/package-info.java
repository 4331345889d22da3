/**
 * An HTTP JSON API that drives a mock server or recording proxy from outside the JVM: faults in,
 * journal out, so that a PySpark, Go, Rust or .NET client's own tests can break their own streams.
 */
package dev.sparkconnect.mock.admin;
