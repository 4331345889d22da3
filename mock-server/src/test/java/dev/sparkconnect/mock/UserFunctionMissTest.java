package dev.sparkconnect.mock;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sparkconnect.client.SparkSession;
import dev.sparkconnect.client.errors.SparkException;
import dev.sparkconnect.client.types.DataTypes;
import org.junit.jupiter.api.Test;

/** A plan that registers or calls a UDF and has no recording says which function it is about. */
class UserFunctionMissTest {

  @Test
  void theMissReportNamesTheFunctionAndItsClass() {
    try (MockSparkConnectServer server = MockSparkConnectServer.builder().start();
         SparkSession spark = SparkSession.builder().remote(server.remote()).create()) {
      assertThatThrownBy(() -> spark.udf().registerJava("shout", "demo.udfs.Shout", DataTypes.StringType))
          .isInstanceOf(SparkException.class).hasMessageContaining("MOCK_SERVER.NO_RECORDING")
          .hasMessageContaining("It uses the user-defined function shout (Java class demo.udfs.Shout)");
    }
  }
}
