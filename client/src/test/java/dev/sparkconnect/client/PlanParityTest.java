package dev.sparkconnect.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sparkconnect.proto.Relation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Plan parity with Apache Spark's own client: for every case of its PlanGenerationTestSuite that
 * {@link PlanParityCases} writes with our API, the {@code Relation} we build equals Spark's golden
 * one, JVM call-site origins aside. Every other golden case is listed, with the reason, in
 * {@code plan-parity-left-out.txt}; a case may be in exactly one of the two.
 */
class PlanParityTest {

  private static final Map<String, Relation> GOLDEN = GoldenPlans.all();

  @TestFactory
  Stream<DynamicTest> ourPlansEqualApacheSparksGoldenPlans() {
    return PlanParityCases.all().entrySet().stream()
        .map(entry -> DynamicTest.dynamicTest(entry.getKey(), () -> assertParity(entry.getKey(), entry.getValue())));
  }

  @Test
  void everyGoldenCaseIsCoveredOrLeftOutWithAReason() throws IOException {
    Map<String, String> leftOut = leftOut();
    Map<String, Function<PlanParityInputs, DataFrame>> covered = PlanParityCases.all();

    assertThat(covered.keySet()).as("cases with no golden plan").isSubsetOf(GOLDEN.keySet());
    assertThat(leftOut.keySet()).as("listed as left out but covered").doesNotContainAnyElementsOf(covered.keySet());
    List<String> unaccounted = new ArrayList<>(GOLDEN.keySet());
    unaccounted.removeAll(covered.keySet());
    unaccounted.removeAll(leftOut.keySet());
    assertThat(unaccounted).as("golden cases neither covered nor listed as left out").isEmpty();
    assertThat(leftOut.keySet()).as("left-out cases with no golden plan").isSubsetOf(GOLDEN.keySet());

    System.out.printf("Plan parity: %d of %d golden cases covered plan for plan; %d left out (see "
        + "plan-parity-left-out.txt)%n", covered.size(), GOLDEN.size(), leftOut.size());
  }

  private static void assertParity(String name, Function<PlanParityInputs, DataFrame> build) {
    Relation golden = GOLDEN.get(name);
    assertThat(golden).as("golden plan " + name).isNotNull();
    Lambdas.resetIds();
    try (SparkSession session = SparkSession.builder().remote("sc://localhost:1").create()) {
      Relation ours = build.apply(new PlanParityInputs(session)).plan();
      assertThat(GoldenPlans.normalize(ours)).as(name).isEqualTo(GoldenPlans.normalize(golden));
    }
  }

  /** The golden cases not covered yet, each with its reason: {@code name: reason} per line. */
  static Map<String, String> leftOut() throws IOException {
    Map<String, String> reasons = new TreeMap<>();
    try (InputStream in = PlanParityTest.class.getResourceAsStream("/plan-parity-left-out.txt")) {
      if (in == null) {
        return reasons;
      }
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        String trimmed = line.trim();
        if (trimmed.isEmpty() || trimmed.startsWith("#")) {
          continue;
        }
        int colon = trimmed.indexOf(':');
        if (colon <= 0 || trimmed.substring(colon + 1).isBlank()) {
          throw new IllegalStateException("A left-out case needs 'name: reason': " + trimmed);
        }
        reasons.put(trimmed.substring(0, colon).trim(), trimmed.substring(colon + 1).trim());
      }
    }
    return reasons;
  }
}
