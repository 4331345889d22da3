package dev.sparkconnect.client;

import dev.sparkconnect.client.results.RowStream;
import dev.sparkconnect.client.types.DataType;
import dev.sparkconnect.client.types.DataTypeProtos;
import dev.sparkconnect.client.types.StructType;
import dev.sparkconnect.proto.Aggregate;
import dev.sparkconnect.proto.AnalyzePlanRequest;
import dev.sparkconnect.proto.Expression;
import dev.sparkconnect.proto.Plan;
import dev.sparkconnect.proto.Relation;
import dev.sparkconnect.proto.ShowString;
import java.util.List;

/**
 * A distributed collection of rows with named columns, built lazily on the server. As Apache
 * Spark's {@code Dataset<Row>}: transformations make a new DataFrame and send nothing; actions
 * ({@link #collectAsList()}, {@link #count()}, {@link #show()}, ...) run it.
 *
 * <pre>{@code
 * DataFrame df = spark.sql("SELECT * FROM VALUES (1, 'a'), (2, 'b') AS t(id, name)");
 * df.columns();        // [id, name]
 * df.count();          // 2
 * df.collectAsList();  // [[1,a], [2,b]]
 * }</pre>
 */
public final class DataFrame {

  private final SparkSession session;
  private final Relation plan;
  private volatile StructType schema;

  DataFrame(SparkSession session, Relation plan) {
    this.session = session;
    this.plan = plan;
  }

  /** The session this DataFrame belongs to. */
  public SparkSession sparkSession() {
    return session;
  }

  /** The unresolved logical plan this DataFrame sends, as the protocol's {@code Relation}. */
  public Relation plan() {
    return plan;
  }

  /** Runs the query and returns all its rows. Mind the memory for large results. */
  public List<Row> collectAsList() {
    return session.execute(rootPlan(plan)).rows();
  }

  /** Runs the query and returns all its rows as an array. */
  public Row[] collect() {
    return collectAsList().toArray(new Row[0]);
  }

  /**
   * Runs the query and returns its rows one at a time, decoding each Arrow batch only when it is
   * reached, so that memory stays at about one batch whatever the result's size. Close the
   * iterator (try-with-resources) to stop early; the server then drops the rest.
   */
  public RowStream toLocalIterator() {
    return session.stream(rootPlan(plan));
  }

  /** The number of rows, counted on the server. */
  public long count() {
    Expression one = Expression.newBuilder()
        .setLiteral(Expression.Literal.newBuilder().setInteger(1))
        .build();
    Expression countOne = Expression.newBuilder()
        .setAlias(Expression.Alias.newBuilder()
            .setExpr(Expression.newBuilder().setUnresolvedFunction(
                Expression.UnresolvedFunction.newBuilder().setFunctionName("count").addArguments(one)))
            .addName("count"))
        .build();
    Relation counted = session.newRelation()
        .setAggregate(Aggregate.newBuilder()
            .setInput(plan)
            .setGroupType(Aggregate.GroupType.GROUP_TYPE_GROUPBY)
            .addAggregateExpressions(countOne))
        .build();
    List<Row> rows = session.execute(rootPlan(counted)).rows();
    return rows.get(0).getLong(0);
  }

  /** The schema, asked of the server once and remembered. */
  public StructType schema() {
    StructType known = schema;
    if (known == null) {
      DataType type = DataTypeProtos.fromProto(session.client().analyze(AnalyzePlanRequest.newBuilder()
          .setSchema(AnalyzePlanRequest.Schema.newBuilder().setPlan(rootPlan(plan))))
          .getSchema().getSchema());
      known = type instanceof StructType struct ? struct : new StructType().add("value", type);
      schema = known;
    }
    return known;
  }

  /** The column names, in order. */
  public String[] columns() {
    return schema().fieldNames();
  }

  /** Prints the schema as a tree to standard output. */
  public void printSchema() {
    System.out.print(schema().treeString());
  }

  /** Prints the first 20 rows as a table, cells truncated to 20 characters. */
  public void show() {
    show(20);
  }

  /** Prints the first {@code numRows} rows as a table, cells truncated to 20 characters. */
  public void show(int numRows) {
    show(numRows, true);
  }

  /** Prints the first {@code numRows} rows as a table, cells truncated to 20 characters if {@code truncate}. */
  public void show(int numRows, boolean truncate) {
    show(numRows, truncate ? 20 : 0, false);
  }

  /**
   * Prints the first {@code numRows} rows, cells cut to {@code truncate} characters (0: not cut),
   * one line per column if {@code vertical}. The text is made by the server, so it is exactly
   * Apache Spark's.
   */
  public void show(int numRows, int truncate, boolean vertical) {
    System.out.print(showString(numRows, truncate, vertical));
  }

  /** The text {@link #show(int, int, boolean)} prints. */
  public String showString(int numRows, int truncate, boolean vertical) {
    Relation show = session.newRelation()
        .setShowString(ShowString.newBuilder()
            .setInput(plan)
            .setNumRows(numRows)
            .setTruncate(truncate)
            .setVertical(vertical))
        .build();
    return session.execute(rootPlan(show)).rows().get(0).getString(0);
  }

  @Override
  public String toString() {
    StructType known = schema;
    return known == null ? "DataFrame[" + plan.getRelTypeCase().name().toLowerCase(java.util.Locale.ROOT) + "]"
        : "DataFrame[" + known.simpleString().substring("struct<".length(), known.simpleString().length() - 1) + "]";
  }

  private static Plan rootPlan(Relation relation) {
    return Plan.newBuilder().setRoot(relation).build();
  }
}
