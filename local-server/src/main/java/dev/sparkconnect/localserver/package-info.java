/**
 * A real Apache Spark Connect server in a child JVM, for contract tests and local development.
 *
 * <p>{@link dev.sparkconnect.localserver.LocalSparkConnectServer} resolves Apache Spark's server
 * jars of the chosen version through Maven (the user's own settings, mirrors, proxies and local
 * repository; nothing to install), starts {@code SparkConnectServer} on a free port, waits until it
 * answers an RPC, and stops it on {@code close()}, on JVM exit, and even when this JVM is killed:
 * the child watches its standard input and exits when the parent is gone.
 *
 * <pre>{@code
 * try (LocalSparkConnectServer spark = LocalSparkConnectServer.builder().sparkVersion("4.2.0").start()) {
 *   String remote = spark.remote();   // "sc://localhost:PORT"
 * }
 * // or one server for a whole test run:
 * String remote = LocalSparkConnectServer.shared().remote();
 * }</pre>
 */
package dev.sparkconnect.localserver;
