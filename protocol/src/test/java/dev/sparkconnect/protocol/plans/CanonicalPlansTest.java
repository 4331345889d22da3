package dev.sparkconnect.protocol.plans;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sparkconnect.proto.Command;
import dev.sparkconnect.proto.Expression;
import dev.sparkconnect.proto.ExpressionCommon;
import dev.sparkconnect.proto.Filter;
import dev.sparkconnect.proto.Origin;
import dev.sparkconnect.proto.Plan;
import dev.sparkconnect.proto.Range;
import dev.sparkconnect.proto.Relation;
import dev.sparkconnect.proto.RelationCommon;
import dev.sparkconnect.proto.SQL;
import dev.sparkconnect.proto.SqlCommand;
import org.junit.jupiter.api.Test;

/** The same question asked twice, or by two clients, has one canonical form; another question has another. */
class CanonicalPlansTest {

  private static Relation range(long planId, long end) {
    return Relation.newBuilder().setCommon(RelationCommon.newBuilder().setPlanId(planId))
        .setRange(Range.newBuilder().setEnd(end).setStep(1)).build();
  }

  /** {@code df.filter(df.col("id") > 3)}: the column refers to its DataFrame's plan id. */
  private static Plan filtered(long rangeId, long filterId, boolean withOrigin) {
    Expression.Builder id = Expression.newBuilder().setUnresolvedAttribute(
        Expression.UnresolvedAttribute.newBuilder().setUnparsedIdentifier("id").setPlanId(rangeId));
    if (withOrigin) {
      id.setCommon(ExpressionCommon.newBuilder().setOrigin(Origin.newBuilder().setJvmOrigin(
          dev.sparkconnect.proto.JvmOrigin.newBuilder().setLine(12).setObjectName("MyTest"))));
    }
    Expression condition = Expression.newBuilder().setUnresolvedFunction(Expression.UnresolvedFunction.newBuilder()
        .setFunctionName(">").addArguments(id)
        .addArguments(Expression.newBuilder().setLiteral(Expression.Literal.newBuilder().setInteger(3)))
        .setIsInternal(false)).build();
    return Plan.newBuilder().setRoot(Relation.newBuilder()
        .setCommon(RelationCommon.newBuilder().setPlanId(filterId))
        .setFilter(Filter.newBuilder().setInput(range(rangeId, 10)).setCondition(condition))).build();
  }

  @Test
  void planIdsAndTheReferencesToThemAreRenumberedInOrder() {
    Plan canonical = CanonicalPlans.canonicalize(filtered(40, 41, false));

    assertThat(canonical.getRoot().getCommon().getPlanId()).isEqualTo(0);
    assertThat(canonical.getRoot().getFilter().getInput().getCommon().getPlanId()).isEqualTo(1);
    assertThat(canonical.getRoot().getFilter().getCondition().getUnresolvedFunction().getArguments(0)
        .getUnresolvedAttribute().getPlanId()).isEqualTo(1);
  }

  @Test
  void theSamePlanBuiltTwiceHasOneCanonicalFormAndHash() {
    Plan first = filtered(40, 41, true);
    Plan second = filtered(7, 9, false);

    assertThat(first).isNotEqualTo(second);
    assertThat(CanonicalPlans.canonicalize(first)).isEqualTo(CanonicalPlans.canonicalize(second));
    assertThat(CanonicalPlans.hash(CanonicalPlans.canonicalize(first)))
        .isEqualTo(CanonicalPlans.hash(CanonicalPlans.canonicalize(second)))
        .hasSize(64);
    assertThat(CanonicalPlans.sameCanonicalForm(first, second)).isTrue();
  }

  @Test
  void anotherQuestionHasAnotherForm() {
    Plan tenRows = Plan.newBuilder().setRoot(range(1, 10)).build();
    Plan elevenRows = Plan.newBuilder().setRoot(range(1, 11)).build();

    assertThat(CanonicalPlans.sameCanonicalForm(tenRows, elevenRows)).isFalse();
    assertThat(CanonicalPlans.sameCanonicalForm(filtered(1, 2, false), Plan.newBuilder().setRoot(range(1, 10)).build()))
        .isFalse();
  }

  @Test
  void aReferenceToAnotherPlanStaysDistinct() {
    Plan self = filtered(1, 2, false);
    Plan other = filtered(1, 2, false).toBuilder().setRoot(filtered(1, 2, false).getRoot().toBuilder()
        .setFilter(filtered(1, 2, false).getRoot().getFilter().toBuilder().setCondition(
            filtered(99, 2, false).getRoot().getFilter().getCondition()))).build();

    assertThat(CanonicalPlans.sameCanonicalForm(self, other)).isFalse();
  }

  @Test
  void bothFormsOfASqlCommandAreOne() {
    Plan deprecated = Plan.newBuilder().setCommand(Command.newBuilder().setSqlCommand(
        SqlCommand.newBuilder().setSql("SELECT 1"))).build();
    Plan current = Plan.newBuilder().setCommand(Command.newBuilder().setSqlCommand(SqlCommand.newBuilder()
        .setInput(Relation.newBuilder().setCommon(RelationCommon.newBuilder().setPlanId(5))
            .setSql(SQL.newBuilder().setQuery("SELECT 1"))))).build();

    assertThat(CanonicalPlans.canonicalize(deprecated)).isEqualTo(CanonicalPlans.canonicalize(current));
  }

  @Test
  void lambdaVariablesAreRenamedInOrderOfAppearance() {
    Expression first = lambda("x_17");
    Expression second = lambda("x_3");

    assertThat(CanonicalPlans.canonicalize(first)).isEqualTo(CanonicalPlans.canonicalize(second));
    assertThat(CanonicalPlans.toJson(CanonicalPlans.canonicalize(first))).contains("\"x_0\"").doesNotContain("x_17");
  }

  private static Expression lambda(String name) {
    Expression.UnresolvedNamedLambdaVariable variable =
        Expression.UnresolvedNamedLambdaVariable.newBuilder().addNameParts(name).build();
    return Expression.newBuilder().setLambdaFunction(Expression.LambdaFunction.newBuilder()
        .setFunction(Expression.newBuilder().setUnresolvedNamedLambdaVariable(variable))
        .addArguments(variable)).build();
  }

  @Test
  void theJsonIsStableAndReadsBack() throws Exception {
    Plan canonical = CanonicalPlans.canonicalize(filtered(40, 41, true));
    String json = CanonicalPlans.toJson(canonical);

    assertThat(json).isEqualTo(CanonicalPlans.toJson(CanonicalPlans.canonicalize(filtered(3, 4, false))))
        .doesNotContain("origin", "isInternal").endsWith("}\n");
    assertThat((Plan) CanonicalPlans.fromJson(json, Plan.newBuilder())).isEqualTo(canonical);
  }

  private static Plan jdbcRead(String password) {
    return Plan.newBuilder().setRoot(Relation.newBuilder().setRead(dev.sparkconnect.proto.Read.newBuilder()
        .setDataSource(dev.sparkconnect.proto.Read.DataSource.newBuilder().setFormat("jdbc")
            .putOptions("url", "jdbc:postgresql://db/shop").putOptions("password", password)
            .putOptions("spark.hadoop.fs.s3a.access.key", password)))).build();
  }

  @Test
  void theValueOfASecretOptionIsRedactedSoARecordingHoldsNoneAndStillMatches() {
    Plan canonical = CanonicalPlans.canonicalize(jdbcRead("hunter2"));

    assertThat(canonical.getRoot().getRead().getDataSource().getOptionsMap()).containsExactlyInAnyOrderEntriesOf(
        java.util.Map.of("url", "jdbc:postgresql://db/shop", "password", "*********(redacted)",
            "spark.hadoop.fs.s3a.access.key", "*********(redacted)"));
    assertThat(CanonicalPlans.toJson(canonical)).doesNotContain("hunter2");
    assertThat(CanonicalPlans.hash(canonical)).isEqualTo(CanonicalPlans.hash(CanonicalPlans.canonicalize(jdbcRead("other"))));
  }
}
