package dev.sparkconnect.protocol.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sparkconnect.proto.Command;
import dev.sparkconnect.proto.Expression;
import dev.sparkconnect.proto.Plan;
import dev.sparkconnect.proto.Range;
import dev.sparkconnect.proto.Relation;
import dev.sparkconnect.proto.SQL;
import dev.sparkconnect.proto.SqlCommand;
import org.junit.jupiter.api.Test;

class SqlCommandsTest {

  private static final Expression ONE = Expression.newBuilder()
      .setLiteral(Expression.Literal.newBuilder().setInteger(1)).build();

  @Test
  void bothFormsOfOneQueryAreOneCanonicalPlanAndOneQuery() {
    Relation query = SqlCommands.queryRelation("SELECT ? AS x").toBuilder()
        .setSql(SQL.newBuilder().setQuery("SELECT ? AS x").addPosArguments(ONE)).build();
    Plan current = SqlCommands.plan(query);
    Plan deprecated = Plan.newBuilder().setCommand(Command.newBuilder().setSqlCommand(
        SqlCommands.toDeprecatedFields(current.getCommand().getSqlCommand()))).build();

    assertThat(deprecated.getCommand().getSqlCommand().getSql()).isEqualTo("SELECT ? AS x");
    assertThat(deprecated.getCommand().getSqlCommand().hasInput()).isFalse();
    assertThat(CanonicalPlans.canonicalize(deprecated)).isEqualTo(CanonicalPlans.canonicalize(current));
    assertThat(SqlCommands.queryOf(deprecated)).contains(query);
    assertThat(SqlCommands.queryOf(current)).contains(query);
  }

  @Test
  void aPlanThatIsNoSqlCommandHasNoQuery() {
    assertThat(SqlCommands.queryOf(Plan.newBuilder().setRoot(SqlCommands.queryRelation("SELECT 1")).build())).isEmpty();
  }

  @Test
  void onlyASqlRelationHasTheDeprecatedForm() {
    SqlCommand overRange = SqlCommand.newBuilder().setInput(Relation.newBuilder().setRange(Range.newBuilder().setEnd(3)))
        .build();

    assertThatThrownBy(() -> SqlCommands.toDeprecatedFields(overRange)).hasMessageContaining("RANGE")
        .hasMessageContaining("before Spark 4.0");
  }
}
