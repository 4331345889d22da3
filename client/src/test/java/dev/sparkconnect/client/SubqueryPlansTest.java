package dev.sparkconnect.client;

import static dev.sparkconnect.client.functions.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sparkconnect.proto.Expression;
import dev.sparkconnect.proto.MergeAction;
import dev.sparkconnect.proto.Relation;
import dev.sparkconnect.proto.SubqueryExpression;
import dev.sparkconnect.proto.WithRelations;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * How subqueries travel: an expression names its subquery's plan by id, and the DataFrame that uses
 * it becomes the root of a WithRelations plan that carries each subquery's plan once, however the
 * column was combined on the way (Apache Spark's server resolves them from there). Built without a
 * server: these are plan shapes; the contract tests run them.
 */
class SubqueryPlansTest {

  private final SparkSession spark = SparkSession.builder().remote("sc://localhost:1").create();

  @AfterEach
  void close() {
    spark.close();
  }

  @Test
  void aDataFrameUsingAScalarSubqueryCarriesItsPlanAsAReference() {
    DataFrame inner = spark.range(3).select(max("id"));
    DataFrame outer = spark.range(10);

    DataFrame filtered = outer.where(col("id").lt(inner.scalar()));

    WithRelations with = filtered.plan().getWithRelations();
    assertThat(with.getReferencesList()).containsExactly(inner.plan());
    assertThat(with.getRoot().getFilter().getInput()).isEqualTo(outer.plan());
    SubqueryExpression subquery = with.getRoot().getFilter().getCondition().getUnresolvedFunction()
        .getArguments(1).getSubqueryExpression();
    assertThat(subquery.getPlanId()).isEqualTo(inner.plan().getCommon().getPlanId());
    assertThat(subquery.getSubqueryType()).isEqualTo(SubqueryExpression.SubqueryType.SUBQUERY_TYPE_SCALAR);
    assertThat(filtered.plan().getCommon().getPlanId()).isEqualTo(with.getRoot().getCommon().getPlanId() + 1);
  }

  @Test
  void aSubqueryUsedTwiceIsSentOnceAndSurvivesAliasesFunctionsAndWindows() {
    Column average = spark.range(3).select(avg("id")).scalar();
    Column combined = when(col("id").gt(average), lit("high")).otherwise(coalesce(average.cast("string"), lit("?")))
        .alias("label");

    DataFrame selected = spark.range(5).select(col("id"), combined, sum(average).over(Window.orderBy("id")));

    assertThat(selected.plan().getWithRelations().getReferencesCount()).isEqualTo(1);
  }

  @Test
  void nestedSubqueriesTravelInsideTheirOwnPlansAndExistsAndInHaveTheirTypes() {
    DataFrame innermost = spark.range(2).toDF("x");
    DataFrame middle = spark.range(5).where(col("id").isin(innermost));
    DataFrame outer = spark.range(5).where(middle.exists());

    WithRelations with = outer.plan().getWithRelations();
    assertThat(with.getReferencesList()).containsExactly(middle.plan());
    assertThat(middle.plan().getWithRelations().getReferencesList()).containsExactly(innermost.plan());
    Expression in = middle.plan().getWithRelations().getRoot().getFilter().getCondition();
    assertThat(in.getSubqueryExpression().getSubqueryType()).isEqualTo(SubqueryExpression.SubqueryType.SUBQUERY_TYPE_IN);
    assertThat(in.getSubqueryExpression().getInSubqueryValuesList()).containsExactly(col("id").expr());
    assertThat(with.getRoot().getFilter().getCondition().getSubqueryExpression().getSubqueryType())
        .isEqualTo(SubqueryExpression.SubqueryType.SUBQUERY_TYPE_EXISTS);
  }

  @Test
  void anInSubqueryOfAStructComparesEachOfItsFields() {
    Column in = struct(col("a"), col("b")).isin(spark.range(1).select(col("id"), col("id")));

    assertThat(in.expr().getSubqueryExpression().getInSubqueryValuesList()).containsExactly(col("a").expr(),
        col("b").expr());
  }

  @Test
  void aPlanWithoutSubqueriesIsNotWrappedAndOuterSendsTheColumnAsItIs() {
    DataFrame plain = spark.range(3).select(col("id").plus(1));

    assertThat(plain.plan().hasProject()).isTrue();
    assertThat(col("t.a").outer()).isEqualTo(col("t.a"));
  }

  @Test
  void tableValuedFunctionsAndLateralJoinsAreTheirOwnRelations() {
    Relation explode = spark.tvf().explode(array(lit(1))).plan();
    assertThat(explode.getUnresolvedTableValuedFunction().getFunctionName()).isEqualTo("explode");
    assertThat(explode.getUnresolvedTableValuedFunction().getArgumentsList()).containsExactly(array(lit(1)).expr());
    assertThat(spark.tvf().range(4).plan().hasRange()).isTrue();

    Relation lateral = spark.range(2).lateralJoin(spark.range(3), "left_outer").plan();
    assertThat(lateral.getLateralJoin().getJoinType()).isEqualTo(dev.sparkconnect.proto.Join.JoinType.JOIN_TYPE_LEFT_OUTER);
    assertThat(lateral.getLateralJoin().hasJoinCondition()).isFalse();
  }

  @Test
  void zipWithIndexAndRepartitionByIdAreSparksPlans() {
    DataFrame numbers = spark.range(3);
    Relation zipped = numbers.zipWithIndex().plan();
    assertThat(zipped.getProject().getExpressions(0).getUnresolvedStar().getPlanId())
        .isEqualTo(numbers.plan().getCommon().getPlanId());
    Expression.UnresolvedFunction index = zipped.getProject().getExpressions(1).getAlias().getExpr()
        .getUnresolvedFunction();
    assertThat(index.getFunctionName()).isEqualTo("distributed_sequence_id");
    assertThat(index.getIsInternal()).isTrue();
    assertThat(zipped.getProject().getExpressions(1).getAlias().getName(0)).isEqualTo("index");
  }

  @Test
  void mergeActionsKeepTheirOrderAndConditions() {
    MergeIntoWriter writer = spark.range(1).mergeInto("t", col("a").equalTo(col("b")))
        .whenMatched(col("x").gt(1)).delete()
        .whenMatched().update(java.util.Map.of("v", col("w")))
        .whenNotMatched().insertAll()
        .whenNotMatchedBySource().updateAll()
        .withSchemaEvolution();

    assertThat(writer.schemaEvolutionEnabled()).isTrue();
    assertThat(writer.whenMatched().mergeIntoWriter()).isSameAs(writer);
    dev.sparkconnect.proto.MergeIntoTableCommand command = writer.command();
    assertThat(command.getTargetTableName()).isEqualTo("t");
    assertThat(command.getWithSchemaEvolution()).isTrue();
    assertThat(command.getMatchActionsList()).extracting(action -> action.getMergeAction().getActionType())
        .containsExactly(MergeAction.ActionType.ACTION_TYPE_DELETE, MergeAction.ActionType.ACTION_TYPE_UPDATE);
    assertThat(command.getMatchActions(0).getMergeAction().getCondition()).isEqualTo(col("x").gt(1).expr());
    assertThat(command.getMatchActions(1).getMergeAction().hasCondition()).isFalse();
    assertThat(command.getMatchActions(1).getMergeAction().getAssignments(0).getValue()).isEqualTo(col("w").expr());
    assertThat(command.getNotMatchedActions(0).getMergeAction().getActionType())
        .isEqualTo(MergeAction.ActionType.ACTION_TYPE_INSERT_STAR);
    assertThat(command.getNotMatchedBySourceActions(0).getMergeAction().getActionType())
        .isEqualTo(MergeAction.ActionType.ACTION_TYPE_UPDATE_STAR);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> writer.whenNotMatched().insert(java.util.Map.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("insertAll()");
  }
}
