package dev.sparkconnect.client;

import dev.sparkconnect.localserver.LocalSparkConnectServer;

/** The real Spark Connect server the contract tests of this module share: one per test JVM. */
final class ContractTestServer {

  private ContractTestServer() {}

  /** A new session on the shared real server. */
  static SparkSession newSession() {
    return SparkSession.builder().remote(LocalSparkConnectServer.shared().remote()).create();
  }
}
