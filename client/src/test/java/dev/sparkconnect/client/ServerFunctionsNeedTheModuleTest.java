package dev.sparkconnect.client;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.spark.api.java.function.FilterFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.junit.jupiter.api.Test;

/**
 * Without the optional module spark-connect-lambdas (this module's tests do not have it), a Java
 * function meant for the server fails at once, before anything is sent, saying what to add.
 */
class ServerFunctionsNeedTheModuleTest {

  @Test
  void aLambdaForTheServerNamesTheModuleToAdd() {
    try (SparkSession session = SparkSession.builder().remote("sc://localhost:1").create()) {
      Dataset<String> names = session.emptyDataset(Encoders.STRING());
      assertThatThrownBy(() -> names.map((MapFunction<String, Integer>) String::length, Encoders.INT()))
          .isInstanceOf(UnsupportedOperationException.class)
          .hasMessageContaining("Dataset.map").hasMessageContaining("dev.sparkconnect:spark-connect-lambdas");
      assertThatThrownBy(() -> names.filter((FilterFunction<String>) String::isEmpty))
          .isInstanceOf(UnsupportedOperationException.class).hasMessageContaining("Dataset.filter");
    }
  }
}
