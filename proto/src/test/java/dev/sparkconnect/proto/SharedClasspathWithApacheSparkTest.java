package dev.sparkconnect.proto;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Our generated classes and Apache Spark's own (from its JVM client, on this test classpath) load
 * side by side, and speak the same wire format.
 */
class SharedClasspathWithApacheSparkTest {

  private static Relation ourRange() {
    return Relation.newBuilder()
        .setCommon(RelationCommon.newBuilder().setPlanId(7))
        .setRange(Range.newBuilder().setStart(0).setEnd(10).setStep(2))
        .build();
  }

  @Test
  void bothSetsOfClassesLoadInOneClassLoader() throws Exception {
    ClassLoader loader = getClass().getClassLoader();
    Class<?> ours = loader.loadClass("dev.sparkconnect.proto.Relation");
    Class<?> apaches = loader.loadClass("org.apache.spark.connect.proto.Relation");

    assertThat(ours).isNotEqualTo(apaches);
    assertThat(ours.getClassLoader()).isSameAs(apaches.getClassLoader());
  }

  @Test
  void aPlanWrittenByOursIsReadByApachesAndBack() throws Exception {
    byte[] wire = ourRange().toByteArray();

    org.apache.spark.connect.proto.Relation theirs = org.apache.spark.connect.proto.Relation.parseFrom(wire);

    assertThat(theirs.getRange().getEnd()).isEqualTo(10);
    assertThat(theirs.getRange().getStep()).isEqualTo(2);
    assertThat(theirs.getCommon().getPlanId()).isEqualTo(7);
    assertThat(Relation.parseFrom(theirs.toByteArray())).isEqualTo(ourRange());
  }

  @Test
  void theGrpcServiceIsSparksOwn() {
    assertThat(SparkConnectServiceGrpc.SERVICE_NAME)
        .isEqualTo(org.apache.spark.connect.proto.SparkConnectServiceGrpc.SERVICE_NAME)
        .isEqualTo("spark.connect.SparkConnectService");
  }
}
