package dev.sparkconnect.benchmarks.firsttest;

import dev.sparkconnect.benchmarks.Shape;
import dev.sparkconnect.client.Row;
import dev.sparkconnect.client.SparkSession;
import dev.sparkconnect.junit.SparkConnectTest;
import java.util.List;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The test class the first-test measurement runs in a fresh JVM: a first test, then the same
 * ten-row query again and again, each test with its own session as {@code @SparkConnectTest}
 * gives it. Fixtures come from {@code -Dspark.connect.fixtures}; the harness records them once.
 */
@SparkConnectTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
public class ReplayedQueries {

  /** Printed with {@code System.nanoTime()} when the first test has its answer. */
  public static final String FIRST_ANSWER = "first-answer: ";

  /** How many tests follow the first. */
  public static final int REPEATS = 30;

  @Test
  @Order(1)
  void first(SparkSession spark) {
    List<Row> rows = spark.sql(Shape.SMALL.sql(10)).collectAsList();
    System.out.println(FIRST_ANSWER + System.nanoTime());
    check(rows);
  }

  @RepeatedTest(REPEATS)
  @Order(2)
  void again(SparkSession spark) {
    check(spark.sql(Shape.SMALL.sql(10)).collectAsList());
  }

  private static void check(List<Row> rows) {
    if (rows.size() != 10 || rows.get(9).getLong(1) != 18) {
      throw new AssertionError("expected ten rows of (id, id * 2), got " + rows);
    }
  }
}
