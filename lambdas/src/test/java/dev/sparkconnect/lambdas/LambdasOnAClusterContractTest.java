package dev.sparkconnect.lambdas;

import dev.sparkconnect.localserver.LocalSparkConnectServer;

/**
 * {@link LambdasContractTest} again on a real multi-JVM cluster (Spark's {@code local-cluster}, two
 * executor JVMs apart from the server's), where a lambda's classes run only if they reached the
 * executors: the class that wrote it, the helper it calls and the records it reads.
 */
class LambdasOnAClusterContractTest extends LambdasContractTest {

  private LocalSparkConnectServer cluster;

  @Override
  String remote() {
    cluster = LocalSparkConnectServer.builder().cluster(2, 1, 512).start();
    return cluster.remote();
  }

  @Override
  void stopServer() {
    if (cluster != null) {
      cluster.close();
    }
  }
}
