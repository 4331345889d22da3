package dev.sparkconnect.protocol.plans;

import dev.sparkconnect.proto.Command;
import dev.sparkconnect.proto.Expression;
import dev.sparkconnect.proto.Plan;
import dev.sparkconnect.proto.Relation;
import dev.sparkconnect.proto.RelationCommon;
import dev.sparkconnect.proto.SQL;
import dev.sparkconnect.proto.SqlCommand;
import java.util.Optional;

/**
 * {@code spark.sql(...)} on the wire. A {@code SqlCommand} carries its query in one of two forms:
 * the deprecated fields ({@code sql}, {@code args}, {@code pos_args}, ...), which every server
 * reads and Apache Spark's JVM client still sends, or an {@code input} SQL relation, which only
 * Spark 4.0 and later read. Both mean the same query; this class is where they are made one, so
 * that the canonical form of a plan, the mock server's answers and the client's requests agree.
 */
public final class SqlCommands {

  private SqlCommands() {}

  /** A plan running {@code query} as a SQL command, with its query as an input relation (Spark 4.0+). */
  public static Plan plan(Relation sqlRelation) {
    return Plan.newBuilder().setCommand(Command.newBuilder()
        .setSqlCommand(SqlCommand.newBuilder().setInput(sqlRelation))).build();
  }

  /** The SQL relation Spark's clients build for {@code spark.sql(query)}, with plan id 0. */
  public static Relation queryRelation(String query) {
    return Relation.newBuilder().setCommon(RelationCommon.newBuilder().setPlanId(0))
        .setSql(SQL.newBuilder().setQuery(query)).build();
  }

  /** The SQL relation {@code plan} runs, if it is a SQL command, in whichever form it was sent. */
  public static Optional<Relation> queryOf(Plan plan) {
    if (!plan.hasCommand() || !plan.getCommand().hasSqlCommand()) {
      return Optional.empty();
    }
    SqlCommand command = plan.getCommand().getSqlCommand();
    if (command.hasInput()) {
      return Optional.of(command.getInput());
    }
    return Optional.of(Relation.newBuilder().setCommon(RelationCommon.newBuilder().setPlanId(0))
        .setSql(deprecatedFields(command)).build());
  }

  /**
   * The command in the form servers before Spark 4.0 read: the query and its arguments in the
   * deprecated fields. A command whose input is not a SQL relation has no such form and fails.
   */
  public static SqlCommand toDeprecatedFields(SqlCommand command) {
    if (!command.hasInput()) {
      return command;
    }
    if (!command.getInput().hasSql()) {
      throw new IllegalArgumentException("a SqlCommand over a " + command.getInput().getRelTypeCase()
          + " relation has no form that servers before Spark 4.0 read");
    }
    SQL sql = command.getInput().getSql();
    return SqlCommand.newBuilder().setSql(sql.getQuery())
        .putAllArgs(sql.getArgsMap()).addAllPosArgs(sql.getPosArgsList())
        .putAllNamedArguments(sql.getNamedArgumentsMap()).addAllPosArguments(sql.getPosArgumentsList())
        .build();
  }

  /**
   * The command as a server before Spark 4.0 reads it: the query in {@code sql}, its parameters as
   * literals in {@code args} and {@code pos_args} (3.5 does not read {@code named_arguments} or
   * {@code pos_arguments}).
   *
   * @throws IllegalArgumentException naming the parameter when one is an expression other than a
   *     literal, which such a server cannot take
   */
  public static SqlCommand forSparkBefore40(SqlCommand command) {
    SqlCommand deprecated = toDeprecatedFields(command);
    SqlCommand.Builder old = deprecated.toBuilder().clearNamedArguments().clearPosArguments();
    deprecated.getNamedArgumentsMap().forEach((name, value) -> old.putArgs(name, literal(value, "parameter :" + name)));
    for (int i = 0; i < deprecated.getPosArgumentsCount(); i++) {
      old.addPosArgs(literal(deprecated.getPosArguments(i), "positional parameter " + (i + 1)));
    }
    return old.build();
  }

  private static Expression.Literal literal(Expression value, String what) {
    if (!value.hasLiteral()) {
      throw new IllegalArgumentException("the SQL " + what + " is a " + value.getExprTypeCase()
          + " expression, but only literals can be parameters");
    }
    return value.getLiteral();
  }

  /** The canonical form: an input SQL relation without a plan id (nothing can refer to it). */
  static SqlCommand canonical(SqlCommand command) {
    if (command.hasInput()) {
      return command.toBuilder().setInput(command.getInput().toBuilder().clearCommon()).build();
    }
    return SqlCommand.newBuilder().setInput(Relation.newBuilder().setSql(deprecatedFields(command))).build();
  }

  private static SQL deprecatedFields(SqlCommand command) {
    return SQL.newBuilder()
        .setQuery(command.getSql())
        .putAllArgs(command.getArgsMap())
        .addAllPosArgs(command.getPosArgsList())
        .putAllNamedArguments(command.getNamedArgumentsMap())
        .addAllPosArguments(command.getPosArgumentsList())
        .build();
  }
}
