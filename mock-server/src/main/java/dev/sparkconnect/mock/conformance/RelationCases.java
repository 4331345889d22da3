package dev.sparkconnect.mock.conformance;

import static dev.sparkconnect.mock.conformance.Plans.alias;
import static dev.sparkconnect.mock.conformance.Plans.col;
import static dev.sparkconnect.mock.conformance.Plans.desc;
import static dev.sparkconnect.mock.conformance.Plans.filter;
import static dev.sparkconnect.mock.conformance.Plans.fn;
import static dev.sparkconnect.mock.conformance.Plans.groupBy;
import static dev.sparkconnect.mock.conformance.Plans.innerJoinUsing;
import static dev.sparkconnect.mock.conformance.Plans.limit;
import static dev.sparkconnect.mock.conformance.Plans.lit;
import static dev.sparkconnect.mock.conformance.Plans.offset;
import static dev.sparkconnect.mock.conformance.Plans.project;
import static dev.sparkconnect.mock.conformance.Plans.range;
import static dev.sparkconnect.mock.conformance.Plans.sort;
import static dev.sparkconnect.mock.conformance.Plans.tail;

import dev.sparkconnect.proto.Catalog;
import dev.sparkconnect.proto.Command;
import dev.sparkconnect.proto.CreateDataFrameViewCommand;
import dev.sparkconnect.proto.Deduplicate;
import dev.sparkconnect.proto.Drop;
import dev.sparkconnect.proto.DropTempView;
import dev.sparkconnect.proto.ExecutePlanResponse;
import dev.sparkconnect.proto.Expression;
import dev.sparkconnect.proto.NADrop;
import dev.sparkconnect.proto.NAFill;
import dev.sparkconnect.proto.NAReplace;
import dev.sparkconnect.proto.Relation;
import dev.sparkconnect.proto.SQL;
import dev.sparkconnect.proto.SetOperation;
import dev.sparkconnect.proto.TableExists;
import dev.sparkconnect.proto.WithColumns;
import dev.sparkconnect.proto.WithColumnsRenamed;
import java.util.List;

/**
 * Relations and commands built field by field (filter, project, sort, aggregate, join, set
 * operations, offsets, null handling, column changes, SQL with arguments, views and the catalog)
 * and the exact rows Spark answers them with.
 */
final class RelationCases {

  private static final String AREA = "relation";
  /** Three rows with nulls: (null, null), ("keep", 2), (null, 2), as SQL so that any endpoint can make them. */
  private static final Relation HOLEY = Plans.sql("SELECT * FROM VALUES (CAST(NULL AS STRING), CAST(NULL AS BIGINT)), "
      + "('keep', 2L), (CAST(NULL AS STRING), 2L) AS t(label, score)");

  private RelationCases() {}

  @SuppressWarnings("deprecation")
  static List<ConformanceCase> all() {
    return List.of(
        ConformanceCase.of(AREA, "filter-project-sort-limit", "Filter, Project, a descending Sort and Limit compose: "
            + "(7, 17), (6, 16), (5, 15)", session -> {
          Relation query = limit(sort(project(filter(range(0, 8), fn(">", col("id"), lit(1L))),
              col("id"), alias(fn("+", col("id"), lit(10L)), "value")), desc(col("id"))), 3);
          Execution result = session.execute(query).expectSuccess();
          Expect.equal(List.of("id", "value"), result.columnNames(), "the columns");
          Expect.equal(List.of(List.of("7", "17"), List.of("6", "16"), List.of("5", "15")), result.rows(), "the rows");
        }),
        ConformanceCase.of(AREA, "group-by-aggregates", "an Aggregate groups by id % 2 with count, sum, avg, min and max",
            session -> {
          Expression bucket = alias(fn("%", col("id"), lit(2L)), "bucket");
          Relation query = sort(groupBy(range(0, 6), new Expression[] {bucket},
              alias(fn("count", lit(1)), "n"), alias(fn("sum", col("id")), "total"),
              alias(fn("avg", col("id")), "mean"), alias(fn("min", col("id")), "low"),
              alias(fn("max", col("id")), "high")), col("bucket"));
          Execution result = session.execute(query).expectSuccess();
          Expect.equal(List.of("bucket", "n", "total", "mean", "low", "high"), result.columnNames(), "the columns");
          Expect.equal(List.of(List.of("0", "3", "6", "2.0", "0", "4"), List.of("1", "3", "9", "3.0", "1", "5")),
              result.rows(), "the groups");
        }),
        ConformanceCase.of(AREA, "join-using", "an inner Join using id keeps the ids both sides have", session ->
            Expect.equal(List.of("1", "2"), session.execute(sort(innerJoinUsing(range(0, 3), range(1, 4), "id"),
                col("id"))).expectSuccess().column(), "the joined ids")),
        ConformanceCase.of(AREA, "offset-and-tail", "Offset 2 then Tail 2 of a sorted Range(0, 6) answers 4 and 5",
            session -> Expect.equal(List.of("4", "5"), session.execute(tail(offset(sort(range(0, 6), col("id")), 2), 2))
                .expectSuccess().column(), "the rows")),
        ConformanceCase.of(AREA, "sql-relation-with-arguments", "a SQL relation binds a named and a positional "
            + "argument", session -> {
          // Spark 3.5 reads literals from args and pos_args; 4.0 and later, expressions from named_arguments and pos_arguments.
          boolean expressions = session.atLeast("4.0.0");
          SQL.Builder namedQuery = SQL.newBuilder()
              .setQuery("SELECT id FROM range(10) WHERE id >= :low AND id < 4 ORDER BY id");
          Relation named = Relation.newBuilder().setSql(expressions ? namedQuery.putNamedArguments("low", lit(2L))
              : namedQuery.putArgs("low", lit(2L).getLiteral())).build();
          Expect.equal(List.of("2", "3"), session.execute(named).expectSuccess().column(), "the rows of :low = 2");
          SQL.Builder positionalQuery = SQL.newBuilder().setQuery("SELECT ? + ? AS total");
          Relation positional = Relation.newBuilder().setSql(expressions
              ? positionalQuery.addPosArguments(lit(40L)).addPosArguments(lit(2L))
              : positionalQuery.addPosArgs(lit(40L).getLiteral()).addPosArgs(lit(2L).getLiteral())).build();
          Expect.equal(List.of("42"), session.execute(positional).expectSuccess().column(), "the sum of ? + ?");
        }),
        ConformanceCase.of(AREA, "sql-command-returns-relation", "a SqlCommand with a query answers one "
            + "sql_command_result whose relation, executed, gives the query's rows", session -> {
          Execution command = session.sqlCommand("SELECT 7 + 1 AS incremented").expectSuccess();
          List<ExecutePlanResponse> results = command.responses().stream()
              .filter(ExecutePlanResponse::hasSqlCommandResult).toList();
          Expect.equal(1, results.size(), "the number of sql_command_result responses");
          Expect.that(results.get(0).getSqlCommandResult().hasRelation(), "the sql_command_result has a relation");
          Execution query = session.execute(results.get(0).getSqlCommandResult().getRelation()).expectSuccess();
          Expect.equal(List.of("8"), query.column(), "the rows of the returned relation");
        }),
        ConformanceCase.of(AREA, "sql-command-runs-ddl-at-once", "a CREATE TEMPORARY VIEW command runs when sent: the "
            + "view is there for the next query", session -> {
          session.sqlCommand("CREATE OR REPLACE TEMPORARY VIEW conformance_numbers AS SELECT id * 3 AS n FROM range(3)")
              .expectSuccess();
          Expect.equal(List.of("0", "3", "6"), session.sql("SELECT n FROM conformance_numbers ORDER BY n")
              .expectSuccess().column(), "the view's rows");
        }),
        ConformanceCase.of(AREA, "union-distinct-and-all", "a UNION of two ranges keeps each id once, and UNION ALL "
            + "keeps both copies", session -> {
          Relation distinct = sort(union(range(0, 3), range(2, 5), false), col("id"));
          Expect.equal(List.of("0", "1", "2", "3", "4"), session.execute(distinct).expectSuccess().column(), "UNION");
          Relation all = sort(union(range(0, 3), range(2, 5), true), col("id"));
          Expect.equal(List.of("0", "1", "2", "2", "3", "4"), session.execute(all).expectSuccess().column(),
              "UNION ALL");
        }),
        ConformanceCase.of(AREA, "null-handling", "fill, replace and drop of nulls answer exactly what Spark's "
            + "DataFrameNaFunctions do", session -> {
          Relation filled = Relation.newBuilder().setFillNa(NAFill.newBuilder().setInput(HOLEY).addCols("label")
              .addCols("score").addValues(Expression.Literal.newBuilder().setString("missing"))
              .addValues(Expression.Literal.newBuilder().setLong(0))).build();
          Expect.equal(List.of(List.of("keep", "2"), List.of("missing", "0"), List.of("missing", "2")),
              session.execute(sort(filled, col("label"), col("score"))).expectSuccess().rows(), "the filled rows");
          Relation replaced = Relation.newBuilder().setReplace(NAReplace.newBuilder().setInput(filled).addCols("label")
              .addReplacements(NAReplace.Replacement.newBuilder()
                  .setOldValue(Expression.Literal.newBuilder().setString("missing"))
                  .setNewValue(Expression.Literal.newBuilder().setString("replaced")))).build();
          Expect.equal(List.of("keep", "replaced", "replaced"), session.execute(sort(project(replaced, col("label")),
              col("label"))).expectSuccess().column(), "the replaced labels");
          Relation dropped = Relation.newBuilder().setDropNa(NADrop.newBuilder().setInput(HOLEY).addCols("label"))
              .build();
          Expect.equal(List.of(List.of("keep", "2")), session.execute(dropped).expectSuccess().rows(),
              "the rows left after dropping null labels");
        }),
        ConformanceCase.of(AREA, "column-changes", "WithColumns, a rename, a Drop and a Deduplicate change the columns "
            + "and rows as asked", session -> {
          Relation added = Relation.newBuilder().setWithColumns(WithColumns.newBuilder().setInput(range(0, 4))
              .addAliases(Expression.Alias.newBuilder().setExpr(fn("%", col("id"), lit(2L))).addName("parity"))
              .addAliases(Expression.Alias.newBuilder().setExpr(lit("x")).addName("tag"))).build();
          // Spark 3.5 reads renames from rename_columns_map; 4.0 and later from renames.
          WithColumnsRenamed.Builder rename = WithColumnsRenamed.newBuilder().setInput(added);
          Relation renamed = Relation.newBuilder().setWithColumnsRenamed(session.atLeast("4.0.0")
              ? rename.addRenames(WithColumnsRenamed.Rename.newBuilder().setColName("tag").setNewColName("label"))
              : rename.putRenameColumnsMap("tag", "label")).build();
          Relation dropped = Relation.newBuilder().setDrop(Drop.newBuilder().setInput(renamed).addColumnNames("id"))
              .build();
          Execution all = session.execute(dropped).expectSuccess();
          Expect.equal(List.of("parity", "label"), all.columnNames(), "the columns");
          Relation distinct = Relation.newBuilder().setDeduplicate(Deduplicate.newBuilder().setInput(dropped)
              .setAllColumnsAsKeys(true)).build();
          Expect.equal(List.of(List.of("0", "x"), List.of("1", "x")),
              session.execute(sort(distinct, col("parity"))).expectSuccess().rows(), "the distinct rows");
          Relation byParity = Relation.newBuilder().setDeduplicate(Deduplicate.newBuilder().setInput(added)
              .addColumnNames("parity")).build();
          Expect.equal(2L, session.execute(byParity).expectSuccess().rowCount(), "the rows distinct by parity");
        }),
        ConformanceCase.of(AREA, "view-command-and-catalog", "a CreateDataFrameViewCommand makes a view the catalog "
            + "finds, reads and drops", session -> {
          session.command(Command.newBuilder().setCreateDataframeView(CreateDataFrameViewCommand.newBuilder()
              .setInput(range(0, 3)).setName("conformance_view_command").setReplace(true)).build()).expectSuccess();
          Expect.equal(List.of("true"), session.execute(catalog(Catalog.newBuilder().setTableExists(
              TableExists.newBuilder().setTableName("conformance_view_command")))).expectSuccess().column(),
              "tableExists of the view");
          Expect.equal(List.of("0", "1", "2"), session.execute(sort(Relation.newBuilder().setRead(
              dev.sparkconnect.proto.Read.newBuilder().setNamedTable(dev.sparkconnect.proto.Read.NamedTable.newBuilder()
                  .setUnparsedIdentifier("conformance_view_command"))).build(), col("id"))).expectSuccess().column(),
              "the view's rows, read as a named table");
          Expect.equal(List.of("true"), session.execute(catalog(Catalog.newBuilder().setDropTempView(
              DropTempView.newBuilder().setViewName("conformance_view_command")))).expectSuccess().column(),
              "dropTempView of the view");
        }));
  }

  private static Relation union(Relation left, Relation right, boolean all) {
    return Relation.newBuilder().setSetOp(SetOperation.newBuilder().setLeftInput(left).setRightInput(right)
        .setSetOpType(SetOperation.SetOpType.SET_OP_TYPE_UNION).setIsAll(all)).build();
  }

  private static Relation catalog(Catalog.Builder catalog) {
    return Relation.newBuilder().setCatalog(catalog).build();
  }
}
