package dev.sparkconnect.protocol.plans;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sparkconnect.proto.Expression;
import dev.sparkconnect.proto.Filter;
import dev.sparkconnect.proto.Plan;
import dev.sparkconnect.proto.Range;
import dev.sparkconnect.proto.Relation;
import dev.sparkconnect.proto.RelationCommon;
import dev.sparkconnect.protocol.versions.ServerProtocol;
import dev.sparkconnect.protocol.versions.SparkVersion;
import org.junit.jupiter.api.Test;

/**
 * Plans 5,000 relations deep (a DataFrame filtered 5,000 times in a loop) go through every walk of
 * a plan here without overflowing a thread's default stack: canonical form, hash, JSON, and the
 * check against an older server's protocol.
 */
class DeepPlansTest {

  static Plan deepPlan(int depth) {
    Relation relation = Relation.newBuilder().setCommon(RelationCommon.newBuilder().setPlanId(0))
        .setRange(Range.newBuilder().setEnd(10).setStep(1)).build();
    for (int i = 1; i <= depth; i++) {
      relation = Relation.newBuilder().setCommon(RelationCommon.newBuilder().setPlanId(i))
          .setFilter(Filter.newBuilder().setInput(relation).setCondition(Expression.newBuilder()
              .setExpressionString(Expression.ExpressionString.newBuilder().setExpression("id > " + i)))).build();
    }
    return Plan.newBuilder().setRoot(relation).build();
  }

  /** protobuf's JSON parser stops at 100 levels by default, a DataFrame of about 50 steps; fixtures hold 100. */
  @Test
  void aPlanOfAHundredStepsReadsBackFromJson() throws Exception {
    Plan canonical = CanonicalPlans.canonicalize(deepPlan(100));
    assertThat(CanonicalPlans.<Plan>fromJson(CanonicalPlans.toJson(canonical), Plan.newBuilder())).isEqualTo(canonical);
  }

  @Test
  void aPlanFiveThousandDeepIsCanonicalizedHashedPrintedAndChecked() throws Throwable {
    Throwable[] failure = new Throwable[1];
    // A new thread has the JVM's default stack size, whatever the test runner's thread has.
    Thread walk = new Thread(() -> {
      try {
        Plan deep = deepPlan(5_000);
        Plan canonical = CanonicalPlans.canonicalize(deep);
        assertThat(canonical.getRoot().getCommon().getPlanId()).isZero();
        assertThat(CanonicalPlans.hash(canonical)).hasSize(64);
        String json = CanonicalPlans.toJson(canonical);
        // JSON readers stop at 255 levels of nesting (gson's limit, inside protobuf's parser): a plan
        // of 5,000 steps prints but reads back only as a named error.
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> CanonicalPlans.fromJson(json, Plan.newBuilder()))
            .isInstanceOf(com.google.protobuf.InvalidProtocolBufferException.class).hasMessageContaining("Nesting limit");
        assertThat(ServerProtocol.unreadablePart(deep, SparkVersion.parse("3.5.5"))).isEmpty();
        assertThat(DeepWalk.run(deep::toByteArray).length).isGreaterThan(5_000);
      } catch (Throwable t) {
        failure[0] = t;
      }
    });
    walk.start();
    walk.join();
    if (failure[0] != null) {
      throw failure[0];
    }
  }
}
