package dev.sparkconnect.protocol.versions;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sparkconnect.proto.Expression;
import dev.sparkconnect.proto.Filter;
import dev.sparkconnect.proto.LateralJoin;
import dev.sparkconnect.proto.NearestByJoin;
import dev.sparkconnect.proto.Plan;
import dev.sparkconnect.proto.Range;
import dev.sparkconnect.proto.Relation;
import dev.sparkconnect.proto.RelationCommon;
import dev.sparkconnect.proto.SubqueryExpression;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ServerProtocolTest {

  private static final SparkVersion V35 = SparkVersion.parse("3.5.5");
  private static final SparkVersion V40 = SparkVersion.parse("4.0.1");
  private static final SparkVersion V41 = SparkVersion.parse("4.1.2");
  private static final SparkVersion V42 = SparkVersion.parse("4.2.0");

  private static Relation range() {
    return Relation.newBuilder().setCommon(RelationCommon.newBuilder().setPlanId(1))
        .setRange(Range.newBuilder().setEnd(10).setStep(1)).build();
  }

  private static Plan plan(Relation root) {
    return Plan.newBuilder().setRoot(root).build();
  }

  @Test
  void aPlanOfWhatEveryLineHasIsReadableByAll() {
    Relation filtered = Relation.newBuilder().setFilter(Filter.newBuilder().setInput(range())
        .setCondition(Expression.newBuilder().setUnresolvedFunction(Expression.UnresolvedFunction.newBuilder()
            .setFunctionName(">").setIsInternal(false)))).build();
    for (SparkVersion server : new SparkVersion[] {V35, V40, V41, V42}) {
      assertThat(ServerProtocol.unreadablePart(plan(filtered), server)).as(server.text()).isEmpty();
    }
  }

  @Test
  void aRelationNewerThanTheServerIsNamedWithItsFirstLine() {
    Plan lateral = plan(Relation.newBuilder().setLateralJoin(LateralJoin.newBuilder().setLeft(range())
        .setRight(range()).setJoinType(dev.sparkconnect.proto.Join.JoinType.JOIN_TYPE_INNER)).build());

    Optional<ServerProtocol.UnreadablePart> part = ServerProtocol.unreadablePart(lateral, V35);

    assertThat(part).isPresent();
    assertThat(part.get().name()).isEqualTo("relation LateralJoin (spark.connect.Relation.lateral_join)");
    assertThat(part.get().firstVersion()).isEqualTo("4.0");
    assertThat(ServerProtocol.unreadablePart(lateral, V40)).isEmpty();
  }

  @Test
  void aRelationOfTheNewestLineIsRefusedByEveryOlderOne() {
    Plan nearest = plan(Relation.newBuilder().setNearestByJoin(NearestByJoin.newBuilder().setLeft(range())
        .setRight(range()).setNumResults(3).setMode("exact").setDirection("distance").setJoinType("inner")).build());

    assertThat(ServerProtocol.unreadablePart(nearest, V41)).map(ServerProtocol.UnreadablePart::firstVersion)
        .contains("4.2");
    assertThat(ServerProtocol.unreadablePart(nearest, V42)).isEmpty();
    assertThat(ServerProtocol.unreadablePart(nearest, SparkVersion.parse("4.3.0-SNAPSHOT"))).isEmpty();
  }

  @Test
  void anEnumValueNewerThanTheServerIsFoundDeepInAnExpression() {
    Expression in = Expression.newBuilder().setSubqueryExpression(SubqueryExpression.newBuilder().setPlanId(1)
        .setSubqueryType(SubqueryExpression.SubqueryType.SUBQUERY_TYPE_IN)).build();
    Plan plan = plan(Relation.newBuilder().setFilter(Filter.newBuilder().setInput(range()).setCondition(in)).build());

    assertThat(ServerProtocol.unreadablePart(plan, V40)).map(ServerProtocol.UnreadablePart::name)
        .contains("SUBQUERY_TYPE_IN (spark.connect.SubqueryExpression.SubqueryType)");
    assertThat(ServerProtocol.unreadablePart(plan, V40)).map(ServerProtocol.UnreadablePart::firstVersion)
        .contains("4.1");
    assertThat(ServerProtocol.unreadablePart(plan, V41)).isEmpty();
  }

  @Test
  void ofSeveralUnreadablePartsTheOneNeedingTheNewestLineIsNamed() {
    Expression in = Expression.newBuilder().setSubqueryExpression(SubqueryExpression.newBuilder().setPlanId(1)
        .setSubqueryType(SubqueryExpression.SubqueryType.SUBQUERY_TYPE_IN)).build();
    Plan plan = plan(Relation.newBuilder().setWithRelations(dev.sparkconnect.proto.WithRelations.newBuilder()
        .setRoot(Relation.newBuilder().setFilter(Filter.newBuilder().setInput(range()).setCondition(in)))
        .addReferences(range())).build());

    Optional<ServerProtocol.UnreadablePart> part = ServerProtocol.unreadablePart(plan, V35);

    assertThat(part).map(ServerProtocol.UnreadablePart::firstVersion).contains("4.1");
    assertThat(part).map(ServerProtocol.UnreadablePart::name).get().asString().contains("SUBQUERY_TYPE_IN");
  }

  @Test
  void aNewFieldLeftAtItsDefaultIsNotSentSoDoesNotCount() {
    Expression.UnresolvedFunction.Builder function = Expression.UnresolvedFunction.newBuilder().setFunctionName("f");
    Plan withDefault = plan(Relation.newBuilder().setFilter(Filter.newBuilder().setInput(range())
        .setCondition(Expression.newBuilder().setUnresolvedFunction(function.setIsInternal(false)))).build());
    Plan withValue = plan(Relation.newBuilder().setFilter(Filter.newBuilder().setInput(range())
        .setCondition(Expression.newBuilder().setUnresolvedFunction(function.setIsInternal(true)))).build());

    assertThat(ServerProtocol.unreadablePart(withDefault, V35)).isEmpty();
    assertThat(ServerProtocol.unreadablePart(withValue, V35)).map(ServerProtocol.UnreadablePart::name)
        .contains("the field spark.connect.Expression.UnresolvedFunction.is_internal");
  }

  @Test
  void aRepeatedFieldOfEmptyValuesIsSentSoCounts() {
    Plan write = Plan.newBuilder().setCommand(dev.sparkconnect.proto.Command.newBuilder().setWriteOperation(
        dev.sparkconnect.proto.WriteOperation.newBuilder().setInput(range()).addClusteringColumns(""))).build();

    assertThat(ServerProtocol.unreadablePart(write, V35)).map(ServerProtocol.UnreadablePart::name)
        .contains("the field spark.connect.WriteOperation.clustering_columns");
  }

  @Test
  void everyOlderLinesProtocolIsPackedAndParsed() {
    ProtoSchema oldest = ProtoSchema.parse(java.util.List.of(
        "syntax = \"proto3\";\n// not the package other.place; below\npackage spark.connect;\n// a comment { with braces }\nmessage A {\n"
            + "  oneof kind { B b = 1; /* c; */ string s = 2; }\n  map<string, string> options = 3;\n"
            + "  enum E { E_UNSPECIFIED = 0; E_ONE = 1; }\n  message B { repeated int64 ids = 1 [packed = true]; }\n}\n"));
    assertThat(oldest.hasField("spark.connect.A", "b")).isTrue();
    assertThat(oldest.hasField("spark.connect.A", "s")).isTrue();
    assertThat(oldest.hasField("spark.connect.A", "options")).isTrue();
    assertThat(oldest.hasField("spark.connect.A.B", "ids")).isTrue();
    assertThat(oldest.hasEnumValue("spark.connect.A.E", "E_ONE")).isTrue();
    assertThat(oldest.hasField("spark.connect.A", "c")).isFalse();
    // The packed files of 3.5 know its relations (a sanity check that they were found and read).
    assertThat(ServerProtocol.unreadablePart(plan(range()), V35)).isEmpty();
  }
}
