package dev.sparkconnect.client;

import dev.sparkconnect.client.columnar.ColumnarBatchStream;
import dev.sparkconnect.client.columnar.ColumnarResult;
import dev.sparkconnect.client.internal.results.QueryResult;
import dev.sparkconnect.client.internal.results.RowStream;
import dev.sparkconnect.client.types.DataType;
import dev.sparkconnect.protocol.types.DataTypeProtos;
import dev.sparkconnect.client.types.StructType;
import dev.sparkconnect.proto.Aggregate;
import dev.sparkconnect.proto.CollectMetrics;
import dev.sparkconnect.proto.Command;
import dev.sparkconnect.proto.CreateDataFrameViewCommand;
import dev.sparkconnect.proto.Deduplicate;
import dev.sparkconnect.proto.Drop;
import dev.sparkconnect.proto.Filter;
import dev.sparkconnect.proto.Hint;
import dev.sparkconnect.proto.Join;
import dev.sparkconnect.proto.LateralJoin;
import dev.sparkconnect.proto.NearestByJoin;
import dev.sparkconnect.proto.SubqueryExpression;
import dev.sparkconnect.proto.WithWatermark;
import dev.sparkconnect.proto.Limit;
import dev.sparkconnect.proto.Offset;
import dev.sparkconnect.proto.Project;
import dev.sparkconnect.proto.Repartition;
import dev.sparkconnect.proto.RepartitionByExpression;
import dev.sparkconnect.proto.Sample;
import dev.sparkconnect.proto.StatDescribe;
import dev.sparkconnect.proto.StatSummary;
import dev.sparkconnect.proto.ToSchema;
import dev.sparkconnect.proto.Transpose;
import dev.sparkconnect.proto.Unpivot;
import dev.sparkconnect.proto.SetOperation;
import dev.sparkconnect.proto.Sort;
import dev.sparkconnect.proto.Tail;
import dev.sparkconnect.proto.SubqueryAlias;
import dev.sparkconnect.proto.ToDF;
import dev.sparkconnect.proto.WithColumns;
import dev.sparkconnect.proto.WithColumnsRenamed;
import dev.sparkconnect.proto.WithRelations;
import dev.sparkconnect.proto.AnalyzePlanRequest;
import dev.sparkconnect.proto.Expression;
import dev.sparkconnect.proto.Plan;
import dev.sparkconnect.proto.Relation;
import dev.sparkconnect.proto.ShowString;
import java.util.ArrayList;
import dev.sparkconnect.client.tuples.Tuple2;
import dev.sparkconnect.client.tuples.Tuple3;
import dev.sparkconnect.client.tuples.Tuple4;
import dev.sparkconnect.client.tuples.Tuple5;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

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

  // ---- columns of this DataFrame

  /**
   * A metadata column of this DataFrame's source, such as {@code _metadata} of a file source
   * (file name, size, modification time): {@code df.select(df.metadataColumn("_metadata"))}.
   */
  public Column metadataColumn(String name) {
    return new Column(Expression.newBuilder().setUnresolvedAttribute(Expression.UnresolvedAttribute.newBuilder()
        .setUnparsedIdentifier(name).setPlanId(plan.getCommon().getPlanId()).setIsMetadataColumn(true)).build());
  }

  /**
   * The column called {@code name} of this DataFrame in particular (bound to its plan), so that it
   * stays unambiguous after a join with another DataFrame that has a column of that name.
   */
  public Column col(String name) {
    if (name.equals("*")) {
      return new Column(Expression.newBuilder().setUnresolvedStar(Expression.UnresolvedStar.newBuilder()
          .setPlanId(plan.getCommon().getPlanId())).build());
    }
    return new Column(Expression.newBuilder().setUnresolvedAttribute(Expression.UnresolvedAttribute.newBuilder()
        .setUnparsedIdentifier(name).setPlanId(plan.getCommon().getPlanId())).build());
  }

  /** The same as {@link #col(String)}. */
  public Column apply(String name) {
    return col(name);
  }

  // ---- transformations

  /** The given columns or expressions. */
  public DataFrame select(Column... columns) {
    return derive(r -> r.setProject(Project.newBuilder().setInput(plan).addAllExpressions(expressions(columns))), columns);
  }

  /** The named columns. */
  public DataFrame select(String column, String... columns) {
    return select(functions.names(column, columns));
  }

  /** The given SQL expressions, each parsed by the server: {@code selectExpr("a + 1 AS b")}. */
  public DataFrame selectExpr(String... expressions) {
    Column[] columns = new Column[expressions.length];
    for (int i = 0; i < expressions.length; i++) {
      columns[i] = functions.expr(expressions[i]);
    }
    return select(columns);
  }

  /** The rows for which {@code condition} is true. */
  public DataFrame filter(Column condition) {
    return derive(r -> r.setFilter(Filter.newBuilder().setInput(plan).setCondition(condition.expr())), condition);
  }

  /** The rows for which the SQL condition is true. */
  public DataFrame filter(String conditionExpr) {
    return filter(functions.expr(conditionExpr));
  }

  /** The same as {@link #filter(Column)}. */
  public DataFrame where(Column condition) {
    return filter(condition);
  }

  /** The same as {@link #filter(String)}. */
  public DataFrame where(String conditionExpr) {
    return filter(conditionExpr);
  }

  /** At most the first {@code n} rows. */
  public DataFrame limit(int n) {
    return derive(r -> r.setLimit(Limit.newBuilder().setInput(plan).setLimit(n)));
  }

  /** All but the first {@code n} rows. */
  public DataFrame offset(int n) {
    return derive(r -> r.setOffset(Offset.newBuilder().setInput(plan).setOffset(n)));
  }

  /** This DataFrame with a column added or replaced. */
  public DataFrame withColumn(String name, Column column) {
    return withColumns(Map.of(name, column));
  }

  /** This DataFrame with columns added or replaced, in the map's iteration order. */
  public DataFrame withColumns(Map<String, Column> columns) {
    List<Expression.Alias> aliases = new ArrayList<>();
    columns.forEach((name, column) -> aliases.add(Expression.Alias.newBuilder()
        .setExpr(column.expr()).addName(name).build()));
    return derive(r -> r.setWithColumns(WithColumns.newBuilder().setInput(plan).addAllAliases(aliases)),
        columns.values().toArray(new Column[0]));
  }

  /** This DataFrame with a column renamed; nothing happens if there is no such column. */
  public DataFrame withColumnRenamed(String existing, String newName) {
    return withColumnsRenamed(Map.of(existing, newName));
  }

  /** This DataFrame with columns renamed, in the map's iteration order. */
  public DataFrame withColumnsRenamed(Map<String, String> renames) {
    WithColumnsRenamed.Builder rename = WithColumnsRenamed.newBuilder().setInput(plan);
    renames.forEach((from, to) -> rename.addRenames(WithColumnsRenamed.Rename.newBuilder()
        .setColName(from).setNewColName(to)));
    return derive(r -> r.setWithColumnsRenamed(rename));
  }

  /** This DataFrame without the named columns; names that do not exist are ignored. */
  public DataFrame drop(String... columnNames) {
    return derive(r -> r.setDrop(Drop.newBuilder().setInput(plan).addAllColumnNames(Arrays.asList(columnNames))));
  }

  /** This DataFrame without the given columns. */
  public DataFrame drop(Column column, Column... columns) {
    List<Expression> all = new ArrayList<>();
    all.add(column.expr());
    all.addAll(expressions(columns));
    return derive(r -> r.setDrop(Drop.newBuilder().setInput(plan).addAllColumns(all)), prepend(column, columns));
  }

  /** The distinct rows. */
  public DataFrame distinct() {
    return dropDuplicates();
  }

  /** The distinct rows. */
  public DataFrame dropDuplicates() {
    return derive(r -> r.setDeduplicate(Deduplicate.newBuilder().setInput(plan)
        .setAllColumnsAsKeys(true).setWithinWatermark(false)));
  }

  /** One row for each distinct combination of the named columns: {@code dropDuplicates("id", "day")}. */
  public DataFrame dropDuplicates(String column, String... columns) {
    return dropDuplicates(prepend(column, columns));
  }

  /** One row for each distinct combination of the named columns (Spark's array form). */
  public DataFrame dropDuplicates(String[] columnNames) {
    return derive(r -> r.setDeduplicate(Deduplicate.newBuilder().setInput(plan)
        .addAllColumnNames(Arrays.asList(columnNames)).setWithinWatermark(false)));
  }

  /**
   * A streaming DataFrame's event-time watermark: rows more than {@code delayThreshold} (an interval
   * such as {@code "10 minutes"}) behind the latest {@code eventTime} seen may be dropped, and state
   * older than that is let go.
   */
  public DataFrame withWatermark(String eventTime, String delayThreshold) {
    return derive(r -> r.setWithWatermark(WithWatermark.newBuilder().setInput(plan)
        .setEventTime(eventTime).setDelayThreshold(delayThreshold)));
  }

  /** Duplicate rows dropped within the watermark (see {@link #withWatermark(String, String)}), all columns as key. */
  public DataFrame dropDuplicatesWithinWatermark() {
    return derive(r -> r.setDeduplicate(Deduplicate.newBuilder().setInput(plan)
        .setAllColumnsAsKeys(true).setWithinWatermark(true)));
  }

  /** Rows with the same values of the named columns dropped within the watermark. */
  public DataFrame dropDuplicatesWithinWatermark(String column, String... columns) {
    return dropDuplicatesWithinWatermark(prepend(column, columns));
  }

  /** Rows with the same values of the named columns dropped within the watermark (Spark's array form). */
  public DataFrame dropDuplicatesWithinWatermark(String[] columnNames) {
    return derive(r -> r.setDeduplicate(Deduplicate.newBuilder().setInput(plan)
        .addAllColumnNames(Arrays.asList(columnNames)).setWithinWatermark(true)));
  }

  /**
   * This DataFrame with a column {@code index} of each row's position (0, 1, 2, ... in the
   * DataFrame's order), as a BIGINT. Computing it takes a pass over the data.
   */
  public DataFrame zipWithIndex() {
    return zipWithIndex("index");
  }

  /** This DataFrame with a column called {@code indexColumn} of each row's position, from 0. */
  public DataFrame zipWithIndex(String indexColumn) {
    return select(col("*"), Column.internalFn("distributed_sequence_id").alias(indexColumn));
  }

  /** The rows sorted by {@code columns}; plain columns sort ascending, nulls first. */
  public DataFrame orderBy(Column... columns) {
    return sorted(columns, true);
  }

  /** The rows sorted by the named columns, ascending. */
  public DataFrame orderBy(String column, String... columns) {
    return orderBy(functions.names(column, columns));
  }

  /** The same as {@link #orderBy(Column...)}. */
  public DataFrame sort(Column... columns) {
    return orderBy(columns);
  }

  /** The same as {@link #orderBy(String, String...)}. */
  public DataFrame sort(String column, String... columns) {
    return orderBy(column, columns);
  }

  /** The rows of each partition sorted, without a global order. */
  public DataFrame sortWithinPartitions(Column... columns) {
    return sorted(columns, false);
  }

  /** The rows of each partition sorted by the named columns. */
  public DataFrame sortWithinPartitions(String column, String... columns) {
    return sortWithinPartitions(functions.names(column, columns));
  }

  private DataFrame sorted(Column[] columns, boolean global) {
    List<Expression.SortOrder> orders = new ArrayList<>();
    for (Column column : columns) {
      orders.add(column.sortOrder());
    }
    return derive(r -> r.setSort(Sort.newBuilder().setInput(plan).addAllOrder(orders).setIsGlobal(global)), columns);
  }

  /** This DataFrame under an alias, for qualified names such as {@code alias.column}. */
  public DataFrame alias(String alias) {
    return derive(r -> r.setSubqueryAlias(SubqueryAlias.newBuilder().setInput(plan).setAlias(alias)));
  }

  /** The same as {@link #alias(String)}. */
  public DataFrame as(String alias) {
    return alias(alias);
  }

  /**
   * These rows read as {@code T}s: {@code df.as(Encoders.bean(Person.class))}. The plan is
   * unchanged; a bean's or record's fields bind to the columns by name when the rows are read.
   */
  public <T> Dataset<T> as(Encoder<T> encoder) {
    return new Dataset<>(this, encoder);
  }

  /** The values of a typed column: {@code df.select(col("name").as(Encoders.STRING()))}. */
  public <U1> Dataset<U1> select(TypedColumn<? super Row, U1> c1) {
    return Dataset.selectTyped(this, c1);
  }

  /** Pairs of two typed columns' values. */
  public <U1, U2> Dataset<Tuple2<U1, U2>> select(TypedColumn<? super Row, U1> c1, TypedColumn<? super Row, U2> c2) {
    return Dataset.selectTyped(this, c1, c2);
  }

  /** Triples of three typed columns' values. */
  public <U1, U2, U3> Dataset<Tuple3<U1, U2, U3>> select(TypedColumn<? super Row, U1> c1,
      TypedColumn<? super Row, U2> c2, TypedColumn<? super Row, U3> c3) {
    return Dataset.selectTyped(this, c1, c2, c3);
  }

  /** Tuples of four typed columns' values. */
  public <U1, U2, U3, U4> Dataset<Tuple4<U1, U2, U3, U4>> select(TypedColumn<? super Row, U1> c1,
      TypedColumn<? super Row, U2> c2, TypedColumn<? super Row, U3> c3, TypedColumn<? super Row, U4> c4) {
    return Dataset.selectTyped(this, c1, c2, c3, c4);
  }

  /** Tuples of five typed columns' values. */
  public <U1, U2, U3, U4, U5> Dataset<Tuple5<U1, U2, U3, U4, U5>> select(TypedColumn<? super Row, U1> c1,
      TypedColumn<? super Row, U2> c2, TypedColumn<? super Row, U3> c3, TypedColumn<? super Row, U4> c4,
      TypedColumn<? super Row, U5> c5) {
    return Dataset.selectTyped(this, c1, c2, c3, c4, c5);
  }

  /** This DataFrame itself: in Spark, {@code toDF()} turns a typed Dataset into a DataFrame, which this already is. */
  public DataFrame toDF() {
    return this;
  }

  /** This DataFrame with its columns renamed, in order: {@code toDF("id", "name")}. */
  public DataFrame toDF(String... columnNames) {
    return derive(r -> r.setToDf(ToDF.newBuilder().setInput(plan).addAllColumnNames(Arrays.asList(columnNames))));
  }

  /** A hint to the optimizer, for example {@code hint("broadcast")}. */
  public DataFrame hint(String name, Object... parameters) {
    Hint.Builder hint = Hint.newBuilder().setInput(plan).setName(name);
    for (Object parameter : parameters) {
      hint.addParameters(functions.lit(parameter).expr());
    }
    return derive(r -> r.setHint(hint));
  }

  /**
   * This DataFrame, with named aggregate metrics computed as an action runs over it (for example
   * row counts or sums checked in a pipeline). The server reports them to listeners of its own;
   * to read them here, use {@link #observe(Observation, Column, Column...)}.
   *
   * @param name a name unique among the observations of one query
   */
  public DataFrame observe(String name, Column expr, Column... exprs) {
    return derive(r -> r.setCollectMetrics(collectMetrics(name, expr, exprs)), prepend(expr, exprs));
  }

  /**
   * This DataFrame, with aggregate metrics that {@code observation} returns once an action on it has
   * completed:
   *
   * <pre>{@code
   * Observation stats = new Observation("stats");
   * long rows = df.observe(stats, count(lit(1)).as("rows"), sum("amount").as("total")).count();
   * stats.get();   // {rows=..., total=...}
   * }</pre>
   *
   * @throws IllegalArgumentException if {@code observation} already observes another DataFrame
   */
  public DataFrame observe(Observation observation, Column expr, Column... exprs) {
    observation.attach();
    DataFrame observed = derive(r -> r.setCollectMetrics(collectMetrics(observation.name(), expr, exprs)));
    session.observations().register(observed.plan.getCommon().getPlanId(), observation);
    return observed;
  }

  private CollectMetrics.Builder collectMetrics(String name, Column expr, Column... exprs) {
    CollectMetrics.Builder metrics = CollectMetrics.newBuilder().setInput(plan).setName(name)
        .addMetrics(expr.expr());
    for (Column more : exprs) {
      metrics.addMetrics(more.expr());
    }
    return metrics;
  }

  /**
   * Writes this streaming DataFrame to a sink as a streaming query:
   * {@code df.writeStream().format("memory").queryName("out").start()}.
   */
  public DataStreamWriter writeStream() {
    return new DataStreamWriter(this);
  }

  /** A writer of this DataFrame to files or tables. */
  public DataFrameWriter write() {
    return new DataFrameWriter(this);
  }

  /** A v2 writer of this DataFrame to the catalog table {@code table}. */
  public DataFrameWriterV2 writeTo(String table) {
    return new DataFrameWriterV2(this, table);
  }

  /** Missing-value handling: drop, fill and replace. */
  public DataFrameNaFunctions na() {
    return new DataFrameNaFunctions(this);
  }

  /** Statistics: crosstab, frequent items, stratified samples. */
  public DataFrameStatFunctions stat() {
    return new DataFrameStatFunctions(this);
  }

  /** Each row as a JSON string, in a column {@code value}. */
  public DataFrame toJSON() {
    return select(functions.to_json(functions.struct(col("*"))));
  }

  /** This DataFrame with the column's metadata replaced by {@code metadataJson} (a JSON object). */
  public DataFrame withMetadata(String columnName, String metadataJson) {
    return derive(r -> r.setWithColumns(WithColumns.newBuilder().setInput(plan).addAliases(Expression.Alias.newBuilder()
        .setExpr(col(columnName).expr()).addName(columnName).setMetadata(metadataJson))));
  }

  /** A random sample of about {@code fraction} of the rows, without replacement. */
  public DataFrame sample(double fraction) {
    return sample(false, fraction, null);
  }

  /** A random sample of about {@code fraction} of the rows, without replacement, from {@code seed}. */
  public DataFrame sample(double fraction, long seed) {
    return sample(false, fraction, seed);
  }

  /** A random sample, with or without replacement, from a random seed. */
  public DataFrame sample(boolean withReplacement, double fraction) {
    return sample(withReplacement, fraction, null);
  }

  /** A random sample, with or without replacement, from {@code seed}. */
  public DataFrame sample(boolean withReplacement, double fraction, long seed) {
    return sample(withReplacement, fraction, (Long) seed);
  }

  private DataFrame sample(boolean withReplacement, double fraction, Long seed) {
    if (!(fraction >= 0)) {
      throw new IllegalArgumentException("The sampling fraction is " + fraction + "; use 0 or more");
    }
    if (!withReplacement && fraction > 1 + 1e-6) {
      throw new IllegalArgumentException("The sampling fraction is " + fraction
          + "; without replacement it is at most 1 (sample with replacement for more)");
    }
    Sample.Builder sample = Sample.newBuilder().setInput(plan).setLowerBound(0).setUpperBound(fraction)
        .setWithReplacement(withReplacement);
    if (seed != null) {
      sample.setSeed(seed);
    }
    return derive(r -> r.setSample(sample));
  }

  /** Statistics (count, mean, stddev, min, max) of the named columns, all if none. */
  public DataFrame describe(String... columnNames) {
    return derive(r -> r.setDescribe(StatDescribe.newBuilder().setInput(plan).addAllCols(Arrays.asList(columnNames))));
  }

  /** The given statistics of every column: count, mean, stddev, min, max, percentiles such as 25%. */
  public DataFrame summary(String... statistics) {
    return derive(r -> r.setSummary(StatSummary.newBuilder().setInput(plan)
        .addAllStatistics(Arrays.asList(statistics))));
  }

  /**
   * Turns the {@code values} columns into rows of (variable, value), keeping the {@code ids}
   * columns: the reverse of a pivot.
   */
  public DataFrame unpivot(Column[] ids, Column[] values, String variableColumnName, String valueColumnName) {
    return derive(r -> r.setUnpivot(Unpivot.newBuilder().setInput(plan).addAllIds(expressions(ids))
        .setValues(Unpivot.Values.newBuilder().addAllValues(expressions(values)))
        .setVariableColumnName(variableColumnName).setValueColumnName(valueColumnName)));
  }

  /** Turns every column but {@code ids} into rows of (variable, value). */
  public DataFrame unpivot(Column[] ids, String variableColumnName, String valueColumnName) {
    return derive(r -> r.setUnpivot(Unpivot.newBuilder().setInput(plan).addAllIds(expressions(ids))
        .setVariableColumnName(variableColumnName).setValueColumnName(valueColumnName)));
  }

  /** The same as {@link #unpivot(Column[], Column[], String, String)}. */
  public DataFrame melt(Column[] ids, Column[] values, String variableColumnName, String valueColumnName) {
    return unpivot(ids, values, variableColumnName, valueColumnName);
  }

  /** The same as {@link #unpivot(Column[], String, String)}. */
  public DataFrame melt(Column[] ids, String variableColumnName, String valueColumnName) {
    return unpivot(ids, variableColumnName, valueColumnName);
  }

  /** Rows as columns, the values of {@code indexColumn} becoming the column names. */
  public DataFrame transpose(Column indexColumn) {
    return derive(r -> r.setTranspose(Transpose.newBuilder().setInput(plan).addIndexColumns(indexColumn.expr())),
        indexColumn);
  }

  /** Rows as columns, the first column's values becoming the column names. */
  public DataFrame transpose() {
    return derive(r -> r.setTranspose(Transpose.newBuilder().setInput(plan)));
  }

  /** This DataFrame reshaped to {@code schema}: columns matched by name, reordered and cast. */
  public DataFrame to(StructType schema) {
    return derive(r -> r.setToSchema(ToSchema.newBuilder().setInput(plan)
        .setSchema(dev.sparkconnect.protocol.types.DataTypeProtos.toProto(schema))));
  }

  /** The columns of this DataFrame whose names match the regular expression (in backticks). */
  public Column colRegex(String regex) {
    return new Column(Expression.newBuilder().setUnresolvedRegex(Expression.UnresolvedRegex.newBuilder()
        .setColName(regex).setPlanId(plan.getCommon().getPlanId())).build());
  }

  /** This DataFrame hash-partitioned by {@code columns} into {@code numPartitions}. */
  public DataFrame repartition(int numPartitions, Column... columns) {
    return derive(r -> r.setRepartitionByExpression(RepartitionByExpression.newBuilder().setInput(plan)
        .addAllPartitionExprs(expressions(columns)).setNumPartitions(numPartitions)), columns);
  }

  /** This DataFrame hash-partitioned by {@code columns}. */
  public DataFrame repartition(Column... columns) {
    return derive(r -> r.setRepartitionByExpression(RepartitionByExpression.newBuilder().setInput(plan)
        .addAllPartitionExprs(expressions(columns))), columns);
  }

  /** This DataFrame range-partitioned by {@code columns} (ascending unless ordered) into {@code numPartitions}. */
  public DataFrame repartitionByRange(int numPartitions, Column... columns) {
    return derive(r -> r.setRepartitionByExpression(RepartitionByExpression.newBuilder().setInput(plan)
        .addAllPartitionExprs(sortOrders(columns)).setNumPartitions(numPartitions)), columns);
  }

  /** This DataFrame range-partitioned by {@code columns}. */
  public DataFrame repartitionByRange(Column... columns) {
    return derive(r -> r.setRepartitionByExpression(RepartitionByExpression.newBuilder().setInput(plan)
        .addAllPartitionExprs(sortOrders(columns))), columns);
  }

  private static List<Expression> sortOrders(Column[] columns) {
    List<Expression> orders = new ArrayList<>();
    for (Column column : columns) {
      orders.add(Expression.newBuilder().setSortOrder(column.sortOrder()).build());
    }
    return orders;
  }

  /**
   * This DataFrame in {@code numPartitions} partitions, each row going to the partition whose number
   * {@code partitionId} gives (an integer from 0 to {@code numPartitions - 1}). Needs Spark 4.1 or later.
   */
  public DataFrame repartitionById(int numPartitions, Column partitionId) {
    Expression direct = Expression.newBuilder().setDirectShufflePartitionId(
        Expression.DirectShufflePartitionID.newBuilder().setChild(partitionId.expr())).build();
    return derive(r -> r.setRepartitionByExpression(RepartitionByExpression.newBuilder().setInput(plan)
        .addPartitionExprs(direct).setNumPartitions(numPartitions)), partitionId);
  }

  /** This DataFrame in {@code numPartitions} partitions, shuffled. */
  public DataFrame repartition(int numPartitions) {
    return derive(r -> r.setRepartition(Repartition.newBuilder().setInput(plan)
        .setNumPartitions(numPartitions).setShuffle(true)));
  }

  /** This DataFrame in at most {@code numPartitions} partitions, without a shuffle. */
  public DataFrame coalesce(int numPartitions) {
    return derive(r -> r.setRepartition(Repartition.newBuilder().setInput(plan)
        .setNumPartitions(numPartitions).setShuffle(false)));
  }

  // ---- joins and set operations

  /** Every row of this joined with every row of {@code right} (an inner join without condition). */
  public DataFrame join(DataFrame right) {
    return derive(r -> r.setJoin(Join.newBuilder().setLeft(plan).setRight(right.plan)
        .setJoinType(Join.JoinType.JOIN_TYPE_INNER)));
  }

  /** An inner equi-join on the named column, which appears once in the result. */
  public DataFrame join(DataFrame right, String usingColumn) {
    return join(right, List.of(usingColumn), "inner");
  }

  /** An inner equi-join on the named columns, which appear once in the result. */
  public DataFrame join(DataFrame right, List<String> usingColumns) {
    return join(right, usingColumns, "inner");
  }

  /**
   * An equi-join of type {@code joinType} on the named columns: {@code inner}, {@code cross},
   * {@code outer}/{@code full}/{@code fullouter}, {@code left}/{@code leftouter},
   * {@code right}/{@code rightouter}, {@code semi}/{@code leftsemi}, {@code anti}/{@code leftanti}.
   */
  public DataFrame join(DataFrame right, List<String> usingColumns, String joinType) {
    Join.JoinType type = JoinTypes.parse(joinType);
    return derive(r -> r.setJoin(Join.newBuilder().setLeft(plan).setRight(right.plan)
        .setJoinType(type).addAllUsingColumns(usingColumns)));
  }

  /** An inner equi-join on the named columns (Spark's array form), which appear once in the result. */
  public DataFrame join(DataFrame right, String[] usingColumns) {
    return join(right, Arrays.asList(usingColumns), "inner");
  }

  /** An equi-join of type {@code joinType} on the named columns (Spark's array form). */
  public DataFrame join(DataFrame right, String[] usingColumns, String joinType) {
    return join(right, Arrays.asList(usingColumns), joinType);
  }

  /** An equi-join of type {@code joinType} on one named column: {@code orders.join(customers, "id", "left")}. */
  public DataFrame join(DataFrame right, String usingColumn, String joinType) {
    return join(right, List.of(usingColumn), joinType);
  }

  /** An inner join on {@code condition}. */
  public DataFrame join(DataFrame right, Column condition) {
    return join(right, condition, "inner");
  }

  /** A join of type {@code joinType} (see {@link #join(DataFrame, List, String)}) on {@code condition}. */
  public DataFrame join(DataFrame right, Column condition, String joinType) {
    Join.JoinType type = JoinTypes.parse(joinType);
    return derive(r -> r.setJoin(Join.newBuilder().setLeft(plan).setRight(right.plan)
        .setJoinCondition(condition.expr()).setJoinType(type)), condition);
  }

  /** The Cartesian product with {@code right}. */
  public DataFrame crossJoin(DataFrame right) {
    return derive(r -> r.setJoin(Join.newBuilder().setLeft(plan).setRight(right.plan)
        .setJoinType(Join.JoinType.JOIN_TYPE_CROSS)));
  }

  /** A lateral inner join: {@code right} may refer to this DataFrame's columns with {@link Column#outer()}. */
  public DataFrame lateralJoin(DataFrame right) {
    return lateralJoin(right, null, "inner");
  }

  /** A lateral inner join on {@code condition}. */
  public DataFrame lateralJoin(DataFrame right, Column condition) {
    return lateralJoin(right, condition, "inner");
  }

  /** A lateral join of type {@code joinType}: {@code inner}, {@code cross} or {@code left}. */
  public DataFrame lateralJoin(DataFrame right, String joinType) {
    return lateralJoin(right, null, joinType);
  }

  /**
   * A lateral join of type {@code joinType} ({@code inner}, {@code cross} or {@code left}/{@code
   * leftouter}) on {@code condition}, which may be null. For each row of this DataFrame, {@code right}
   * is evaluated with the row's values wherever it uses {@link Column#outer()}:
   *
   * <pre>{@code
   * orders.lateralJoin(items.where(col("items.order_id").equalTo(col("orders.id").outer())).select("sku"))
   * }</pre>
   *
   * Needs Spark 4.0 or later on the server.
   */
  public DataFrame lateralJoin(DataFrame right, Column condition, String joinType) {
    Join.JoinType type = JoinTypes.parse(joinType);
    if (type != Join.JoinType.JOIN_TYPE_INNER && type != Join.JoinType.JOIN_TYPE_CROSS
        && type != Join.JoinType.JOIN_TYPE_LEFT_OUTER) {
      throw new IllegalArgumentException("Unsupported lateral join type '" + joinType
          + "'. Supported lateral join types include: 'inner', 'cross', 'left', 'leftouter', 'left_outer'");
    }
    LateralJoin.Builder join = LateralJoin.newBuilder().setLeft(plan).setRight(right.plan).setJoinType(type);
    if (condition != null) {
      join.setJoinCondition(condition.expr());
    }
    return condition == null ? derive(r -> r.setLateralJoin(join)) : derive(r -> r.setLateralJoin(join), condition);
  }

  /**
   * For each row of this DataFrame, the {@code numResults} rows of {@code right} that rank best by
   * {@code rankingExpression}, an inner join: a nearest-neighbour search (Spark 4.2 or later).
   *
   * @param mode {@code "approx"} (the server may use an index) or {@code "exact"}
   * @param direction {@code "distance"} (smallest first) or {@code "similarity"} (largest first)
   */
  public DataFrame nearestByJoin(DataFrame right, Column rankingExpression, int numResults, String mode,
      String direction) {
    return nearestByJoin(right, rankingExpression, numResults, mode, direction, "inner");
  }

  /**
   * As {@link #nearestByJoin(DataFrame, Column, int, String, String)}, with {@code joinType}
   * {@code "inner"} or {@code "leftouter"} (left rows with no match kept, with nulls). The server
   * checks the arguments (at most 100,000 results per row).
   */
  public DataFrame nearestByJoin(DataFrame right, Column rankingExpression, int numResults, String mode,
      String direction, String joinType) {
    return derive(r -> r.setNearestByJoin(NearestByJoin.newBuilder().setLeft(plan).setRight(right.plan)
        .setRankingExpression(rankingExpression.expr()).setNumResults(numResults)
        .setJoinType(joinType).setMode(mode).setDirection(direction)), rankingExpression);
  }

  /** The rows of both, duplicates kept, matched by position (SQL UNION ALL). */
  public DataFrame union(DataFrame other) {
    return setOperation(other, SetOperation.SetOpType.SET_OP_TYPE_UNION, true, null);
  }

  /** The same as {@link #union(DataFrame)}. */
  public DataFrame unionAll(DataFrame other) {
    return union(other);
  }

  /** The rows of both, duplicates kept, matched by column name. */
  public DataFrame unionByName(DataFrame other) {
    return unionByName(other, false);
  }

  /** The rows of both matched by column name; missing columns are null when {@code allowMissingColumns}. */
  public DataFrame unionByName(DataFrame other, boolean allowMissingColumns) {
    return setOperation(other, SetOperation.SetOpType.SET_OP_TYPE_UNION, true, allowMissingColumns);
  }

  /** The distinct rows in both. */
  public DataFrame intersect(DataFrame other) {
    return setOperation(other, SetOperation.SetOpType.SET_OP_TYPE_INTERSECT, false, null);
  }

  /** The rows in both, duplicates kept. */
  public DataFrame intersectAll(DataFrame other) {
    return setOperation(other, SetOperation.SetOpType.SET_OP_TYPE_INTERSECT, true, null);
  }

  /** The distinct rows of this not in {@code other}. */
  public DataFrame except(DataFrame other) {
    return setOperation(other, SetOperation.SetOpType.SET_OP_TYPE_EXCEPT, false, null);
  }

  /** The rows of this not in {@code other}, duplicates kept. */
  public DataFrame exceptAll(DataFrame other) {
    return setOperation(other, SetOperation.SetOpType.SET_OP_TYPE_EXCEPT, true, null);
  }

  private DataFrame setOperation(DataFrame other, SetOperation.SetOpType type, boolean all, Boolean allowMissing) {
    SetOperation.Builder operation = SetOperation.newBuilder()
        .setLeftInput(plan).setRightInput(other.plan).setSetOpType(type).setIsAll(all);
    if (allowMissing != null) {
      operation.setByName(true).setAllowMissingColumns(allowMissing);
    }
    return derive(r -> r.setSetOp(operation));
  }

  // ---- aggregation

  /** Groups the rows by {@code columns}, for aggregation with {@link RelationalGroupedDataset#agg}. */
  public RelationalGroupedDataset groupBy(Column... columns) {
    return new RelationalGroupedDataset(this, expressions(columns), Aggregate.GroupType.GROUP_TYPE_GROUPBY);
  }

  /** Groups the rows by the named columns of this DataFrame. */
  public RelationalGroupedDataset groupBy(String column, String... columns) {
    return groupBy(own(column, columns));
  }

  /** Groups by the columns and all their prefixes, for subtotals: ROLLUP. */
  public RelationalGroupedDataset rollup(Column... columns) {
    return new RelationalGroupedDataset(this, expressions(columns), Aggregate.GroupType.GROUP_TYPE_ROLLUP);
  }

  /** Groups by the named columns and all their prefixes: ROLLUP. */
  public RelationalGroupedDataset rollup(String column, String... columns) {
    return rollup(own(column, columns));
  }

  /** Groups by every combination of the columns: CUBE. */
  public RelationalGroupedDataset cube(Column... columns) {
    return new RelationalGroupedDataset(this, expressions(columns), Aggregate.GroupType.GROUP_TYPE_CUBE);
  }

  /** Groups by every combination of the named columns: CUBE. */
  public RelationalGroupedDataset cube(String column, String... columns) {
    return cube(own(column, columns));
  }

  /** Groups by each of {@code groupingSets} in turn; {@code columns} are all the grouping columns. */
  public RelationalGroupedDataset groupingSets(List<List<Column>> groupingSets, Column... columns) {
    List<Aggregate.GroupingSets> sets = new ArrayList<>();
    for (List<Column> set : groupingSets) {
      sets.add(Aggregate.GroupingSets.newBuilder()
          .addAllGroupingSet(expressions(set.toArray(new Column[0]))).build());
    }
    return new RelationalGroupedDataset(this, expressions(columns), Aggregate.GroupType.GROUP_TYPE_GROUPING_SETS)
        .withGroupingSets(sets);
  }

  /** Aggregates over all rows as one group: {@code df.agg(max("a"), avg("b"))}. */
  public DataFrame agg(Column expression, Column... expressions) {
    return groupBy().agg(expression, expressions);
  }

  /** Aggregates over all rows by function name per column: {@code df.agg(Map.of("a", "max", "b", "avg"))}. */
  public DataFrame agg(java.util.Map<String, String> columnToFunction) {
    return groupBy().agg(columnToFunction);
  }

  /**
   * Aggregates over all rows by (column, function name) pairs, a column as often as needed:
   * {@code df.agg(Map.entry("a", "max"), Map.entry("a", "min"))}.
   */
  @SafeVarargs
  public final DataFrame agg(java.util.Map.Entry<String, String> columnAndFunction,
      java.util.Map.Entry<String, String>... more) {
    return groupBy().agg(columnAndFunction, more);
  }

  // ---- temporary views

  /** Makes this DataFrame queryable in SQL as {@code name} for the session, replacing any view of that name. */
  public void createOrReplaceTempView(String name) {
    createView(name, false, true);
  }

  /**
   * The same as {@link #createOrReplaceTempView(String)}.
   *
   * @deprecated use {@link #createOrReplaceTempView(String)}, as Spark advises
   */
  @Deprecated
  public void registerTempTable(String name) {
    createOrReplaceTempView(name);
  }

  /** Makes this DataFrame queryable as {@code name}; fails if the view exists. */
  public void createTempView(String name) {
    createView(name, false, false);
  }

  /** Makes this DataFrame queryable as {@code global_temp.name} across sessions, replacing any view. */
  public void createOrReplaceGlobalTempView(String name) {
    createView(name, true, true);
  }

  /** Makes this DataFrame queryable as {@code global_temp.name} across sessions; fails if it exists. */
  public void createGlobalTempView(String name) {
    createView(name, true, false);
  }

  private void createView(String name, boolean global, boolean replace) {
    session.execute(Plan.newBuilder().setCommand(Command.newBuilder().setCreateDataframeView(
        CreateDataFrameViewCommand.newBuilder().setInput(plan).setName(name).setIsGlobal(global)
            .setReplace(replace))).build());
  }

  // ---- actions

  /** The first row. @throws java.util.NoSuchElementException if there is none */
  public Row first() {
    List<Row> rows = head(1);
    if (rows.isEmpty()) {
      throw new java.util.NoSuchElementException("The DataFrame is empty; there is no first row");
    }
    return rows.get(0);
  }

  /** The first row; the same as {@link #first()}. */
  public Row head() {
    return first();
  }

  /** The first {@code n} rows. */
  public List<Row> head(int n) {
    return limit(n).collectAsList();
  }

  /** The first {@code n} rows; the same as {@link #head(int)}. */
  public List<Row> take(int n) {
    return head(n);
  }

  /** The last {@code n} rows (all rows pass through one partition on the server). */
  public List<Row> tail(int n) {
    return derive(r -> r.setTail(Tail.newBuilder().setInput(plan).setLimit(n))).collectAsList();
  }

  /** Whether the DataFrame has no rows; asks the server for at most one. */
  public boolean isEmpty() {
    return select().limit(1).collectAsList().isEmpty();
  }

  /**
   * This DataFrame, of one column and at most one row, as a value inside another query's
   * expressions: {@code col("salary").gt(people.select(avg("salary")).scalar())}. The query it is used
   * in sends this DataFrame's plan along. Correlated columns refer to the outer query with
   * {@link Column#outer()}. Needs Spark 4.0 or later.
   */
  public Column scalar() {
    return Column.withSubquery(subquery(SubqueryExpression.SubqueryType.SUBQUERY_TYPE_SCALAR), plan);
  }

  /**
   * Whether this DataFrame has any row, as a boolean expression inside another query (SQL's
   * {@code EXISTS}); usually correlated with {@link Column#outer()}:
   * {@code customers.where(orders.where(col("customer_id").equalTo(col("customers.id").outer())).exists())}.
   * Needs Spark 4.0 or later.
   */
  public Column exists() {
    return Column.withSubquery(subquery(SubqueryExpression.SubqueryType.SUBQUERY_TYPE_EXISTS), plan);
  }

  private Expression subquery(SubqueryExpression.SubqueryType type) {
    return Expression.newBuilder().setSubqueryExpression(SubqueryExpression.newBuilder()
        .setPlanId(plan.getCommon().getPlanId()).setSubqueryType(type)).build();
  }

  /**
   * A MERGE INTO {@code table} of this DataFrame's rows, matched on {@code condition}: say what
   * happens to matched and unmatched rows, then call {@link MergeIntoWriter#merge()}.
   *
   * <pre>{@code
   * updates.mergeInto("catalog.db.target", col("source.id").equalTo(col("target.id")))
   *     .whenMatched().updateAll()
   *     .whenNotMatched().insertAll()
   *     .merge();
   * }</pre>
   *
   * The table's catalog must support row-level operations (Delta, Iceberg, ...). Needs Spark 4.0 or later.
   */
  public MergeIntoWriter mergeInto(String table, Column condition) {
    return new MergeIntoWriter(this, table, condition);
  }

  /** {@code transformation} applied to this DataFrame, for chaining custom steps. */
  public DataFrame transform(java.util.function.Function<DataFrame, DataFrame> transformation) {
    return transformation.apply(this);
  }

  /** Prints the physical plan. */
  public void explain() {
    explain("simple");
  }

  /** Prints the logical and physical plans when {@code extended}, else the physical one. */
  public void explain(boolean extended) {
    explain(extended ? "extended" : "simple");
  }

  /** Prints the plan in {@code mode}: simple, extended, codegen, cost or formatted. */
  public void explain(String mode) {
    System.out.println(explainString(mode));
  }

  /** The text {@link #explain(String)} prints. */
  public String explainString(String mode) {
    AnalyzePlanRequest.Explain.ExplainMode explainMode;
    switch (mode.toLowerCase(java.util.Locale.ROOT)) {
      case "simple": explainMode = AnalyzePlanRequest.Explain.ExplainMode.EXPLAIN_MODE_SIMPLE; break;
      case "extended": explainMode = AnalyzePlanRequest.Explain.ExplainMode.EXPLAIN_MODE_EXTENDED; break;
      case "codegen": explainMode = AnalyzePlanRequest.Explain.ExplainMode.EXPLAIN_MODE_CODEGEN; break;
      case "cost": explainMode = AnalyzePlanRequest.Explain.ExplainMode.EXPLAIN_MODE_COST; break;
      case "formatted": explainMode = AnalyzePlanRequest.Explain.ExplainMode.EXPLAIN_MODE_FORMATTED; break;
      default:
        throw new IllegalArgumentException("Unknown explain mode '" + mode
            + "'; use simple, extended, codegen, cost or formatted");
    }
    return session.analyze(AnalyzePlanRequest.newBuilder().setExplain(AnalyzePlanRequest.Explain
        .newBuilder().setPlan(rootPlan(plan)).setExplainMode(explainMode))).getExplain().getExplainString();
  }

  /** Whether collect() can run on the client without executors (a local relation, for one). */
  public boolean isLocal() {
    return session.analyze(AnalyzePlanRequest.newBuilder().setIsLocal(AnalyzePlanRequest.IsLocal
        .newBuilder().setPlan(rootPlan(plan)))).getIsLocal().getIsLocal();
  }

  /** Whether the DataFrame reads from a streaming source. */
  public boolean isStreaming() {
    return session.analyze(AnalyzePlanRequest.newBuilder().setIsStreaming(AnalyzePlanRequest.IsStreaming
        .newBuilder().setPlan(rootPlan(plan)))).getIsStreaming().getIsStreaming();
  }

  /** The files the DataFrame reads, as far as the server can tell. */
  public String[] inputFiles() {
    return session.analyze(AnalyzePlanRequest.newBuilder().setInputFiles(AnalyzePlanRequest.InputFiles
        .newBuilder().setPlan(rootPlan(plan)))).getInputFiles().getFilesList().toArray(new String[0]);
  }

  /** Whether this and {@code other} compute the same result, as the server's analyzer sees it. */
  public boolean sameSemantics(DataFrame other) {
    return session.analyze(AnalyzePlanRequest.newBuilder().setSameSemantics(AnalyzePlanRequest
        .SameSemantics.newBuilder().setTargetPlan(rootPlan(plan)).setOtherPlan(rootPlan(other.plan))))
        .getSameSemantics().getResult();
  }

  /** A hash of the analyzed plan: equal for DataFrames with the same semantics. */
  public int semanticHash() {
    return session.analyze(AnalyzePlanRequest.newBuilder().setSemanticHash(AnalyzePlanRequest
        .SemanticHash.newBuilder().setPlan(rootPlan(plan)))).getSemanticHash().getResult();
  }

  /** Caches this DataFrame on the server at the default storage level. */
  public DataFrame cache() {
    return persist();
  }

  /** Caches this DataFrame on the server at the default storage level. */
  public DataFrame persist() {
    session.analyze(AnalyzePlanRequest.newBuilder().setPersist(AnalyzePlanRequest.Persist.newBuilder()
        .setRelation(plan)));
    return this;
  }

  /** Removes this DataFrame from the server's cache. */
  public DataFrame unpersist() {
    return unpersist(false);
  }

  /** Drops this DataFrame from the cache; with {@code blocking}, returns once its blocks are gone. */
  public DataFrame unpersist(boolean blocking) {
    session.analyze(AnalyzePlanRequest.newBuilder().setUnpersist(AnalyzePlanRequest.Unpersist.newBuilder()
        .setRelation(plan).setBlocking(blocking)));
    return this;
  }

  /** Caches this DataFrame on the server at {@code level}. */
  public DataFrame persist(StorageLevel level) {
    session.analyze(AnalyzePlanRequest.newBuilder().setPersist(AnalyzePlanRequest.Persist.newBuilder()
        .setRelation(plan).setStorageLevel(level.toProto())));
    return this;
  }

  /** Where this DataFrame is cached; {@link StorageLevel#NONE} when it is not. */
  public StorageLevel storageLevel() {
    return StorageLevel.fromProto(session.analyze(AnalyzePlanRequest.newBuilder()
        .setGetStorageLevel(AnalyzePlanRequest.GetStorageLevel.newBuilder().setRelation(plan)))
        .getGetStorageLevel().getStorageLevel());
  }

  /** Whether this DataFrame is cached: its storage level uses memory, disk or off-heap. */
  public boolean isCached() {
    StorageLevel level = storageLevel();
    return level.useMemory() || level.useDisk() || level.useOffHeap();
  }

  /**
   * This DataFrame computed now and kept in the executors' storage, its lineage cut: for long
   * iterative plans. Less durable than {@link #checkpoint()}, and needs no checkpoint directory.
   */
  public DataFrame localCheckpoint() {
    return checkpoint(true, true);
  }

  /**
   * This DataFrame computed now and saved to the server's checkpoint directory (set
   * {@code spark.checkpoint.dir} on the server), its lineage cut.
   */
  public DataFrame checkpoint() {
    return checkpoint(false, true);
  }

  /** A reliable checkpoint, computed now ({@code eager}) or on first use. */
  public DataFrame checkpoint(boolean eager) {
    return checkpoint(false, eager);
  }

  /** A local checkpoint, computed now ({@code eager}) or on first use. */
  public DataFrame localCheckpoint(boolean eager) {
    return checkpoint(true, eager);
  }

  /** A local checkpoint kept at {@code storageLevel}, computed now ({@code eager}) or on first use. */
  public DataFrame localCheckpoint(boolean eager, StorageLevel storageLevel) {
    return checkpoint(true, eager, storageLevel);
  }

  /** A checkpoint, local or reliable, computed now ({@code eager}) or on first use. */
  public DataFrame checkpoint(boolean local, boolean eager) {
    return checkpoint(local, eager, null);
  }

  private DataFrame checkpoint(boolean local, boolean eager, StorageLevel storageLevel) {
    dev.sparkconnect.proto.CheckpointCommand.Builder command =
        dev.sparkconnect.proto.CheckpointCommand.newBuilder().setRelation(plan).setLocal(local).setEager(eager);
    if (storageLevel != null) {
      command.setStorageLevel(storageLevel.toProto());
    }
    QueryResult result = session.execute(Plan.newBuilder().setCommand(Command.newBuilder()
        .setCheckpointCommand(command)).build());
    if (result.checkpointRelation() == null) {
      throw new IllegalStateException("The server answered a checkpoint without the checkpointed relation");
    }
    return new DataFrame(session, session.newRelation().setCachedRemoteRelation(result.checkpointRelation()).build());
  }

  /**
   * The column names and Spark types, as ({@code name}, {@code type}) pairs: {@code ("id", "LongType")}.
   * Spark returns an array of Scala {@code Tuple2}; a list of {@code Map.Entry} holds the same pairs
   * in a type Java code can read ({@code getKey()}, {@code getValue()}) without Scala on the class path.
   */
  public List<Map.Entry<String, String>> dtypes() {
    List<Map.Entry<String, String>> types = new ArrayList<>();
    for (dev.sparkconnect.client.types.StructField field : schema()) {
      types.add(Map.entry(field.name(), field.dataType().toString()));
    }
    return types;
  }

  /**
   * This DataFrame split at random into parts of about the given relative weights, each row in
   * exactly one part (each partition is sorted first, so the parts do not overlap).
   */
  public DataFrame[] randomSplit(double[] weights, long seed) {
    if (weights.length < 2) {
      throw new IllegalArgumentException("randomSplit needs at least two weights, got " + weights.length);
    }
    double sum = 0;
    for (double weight : weights) {
      if (weight < 0) {
        throw new IllegalArgumentException("Weights must not be negative, got " + weight);
      }
      sum += weight;
    }
    if (sum <= 0) {
      throw new IllegalArgumentException("The weights must add up to more than 0");
    }
    List<Column> order = new ArrayList<>();
    for (dev.sparkconnect.client.types.StructField field : schema()) {
      if (!(field.dataType() instanceof dev.sparkconnect.client.types.MapType)) {
        order.add(functions.col(field.name()).asc());
      }
    }
    Relation sorted = sortWithinPartitions(order.toArray(new Column[0])).plan();
    DataFrame[] parts = new DataFrame[weights.length];
    double low = 0;
    for (int i = 0; i < weights.length; i++) {
      double high = i == weights.length - 1 ? 1.0 : low + weights[i] / sum;
      double lower = low;
      parts[i] = derive(r -> r.setSample(Sample.newBuilder().setInput(sorted).setLowerBound(lower).setUpperBound(high)
          .setWithReplacement(false).setSeed(seed).setDeterministicOrder(true)));
      low = high;
    }
    return parts;
  }

  /** The same as {@link #randomSplit(double[], long)}, as a List (Spark's Java form). */
  public List<DataFrame> randomSplitAsList(double[] weights, long seed) {
    return List.of(randomSplit(weights, seed));
  }

  /** The same as {@link #randomSplit(double[], long)} with a random seed. */
  public DataFrame[] randomSplit(double[] weights) {
    return randomSplit(weights, new java.util.Random().nextLong());
  }

  /** The first {@code n} rows; the same as {@link #take(int)}, Spark's Java name. */
  public List<Row> takeAsList(int n) {
    return take(n);
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

  /**
   * Runs the query and returns its whole result as columns: batches of typed columns read in
   * place from the Arrow batches the server sent, with primitive getters that neither box nor
   * copy. Mind the memory for large results; {@link #toColumnarIterator()} holds one batch.
   * For Apache Arrow Java's own vectors, see {@link ArrowResults#toArrow(DataFrame,
   * org.apache.arrow.memory.BufferAllocator)}.
   *
   * @see dev.sparkconnect.client.columnar.ColumnVector
   */
  public ColumnarResult collectColumnar() {
    return toColumnarIterator().drain();
  }

  /**
   * Runs the query and returns its result a batch of columns at a time, each read only when it is
   * reached. Close it (try-with-resources) to stop early; the server then drops the rest.
   */
  public ColumnarBatchStream toColumnarIterator() {
    return new ColumnarBatchStream(start());
  }

  /** Starts the query; its responses as they come, for the other ways of reading a result. */
  dev.sparkconnect.client.internal.transport.ResponseStream start() {
    return session.start(rootPlan(plan));
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
      DataType type = DataTypeProtos.fromProto(session.analyze(AnalyzePlanRequest.newBuilder()
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

    /** Prints the schema as a tree to standard output, followed by a blank line, as Spark does. */
  public void printSchema() {
    System.out.println(schema().treeString());
  }

  /** Prints the schema down to {@code level} levels of nesting (1: the top-level columns only). */
  public void printSchema(int level) {
    System.out.println(schema().treeString(level));
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

  /** Prints the first 20 rows; with {@code truncate}, cells are cut to 20 characters. */
  public void show(boolean truncate) {
    show(20, truncate);
  }

  /** Prints the first {@code numRows} rows, cells cut to {@code truncate} characters (0: not cut). */
  public void show(int numRows, int truncate) {
    show(numRows, truncate, false);
  }


  /**
   * Prints the first {@code numRows} rows, cells cut to {@code truncate} characters (0: not cut),
   * one line per column if {@code vertical}. The text is made by the server, so it is exactly
   * Apache Spark's.
   */
  public void show(int numRows, int truncate, boolean vertical) {
    System.out.println(showString(numRows, truncate, vertical));
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

  /** A new DataFrame of a relation built on this one, with the session's next plan id. */
  DataFrame derive(java.util.function.Consumer<Relation.Builder> build) {
    Relation.Builder relation = session.newRelation();
    build.accept(relation);
    return new DataFrame(session, relation.build());
  }

  /**
   * As {@link #derive(java.util.function.Consumer)}, for a relation whose expressions are
   * {@code uses}: if any of them holds a subquery, the relation becomes the root of a
   * {@code WithRelations} plan whose references are the subqueries' plans (each once), as Spark's
   * server resolves them.
   */
  DataFrame derive(java.util.function.Consumer<Relation.Builder> build, Column... uses) {
    DataFrame derived = derive(build);
    return derived.withSubqueriesOf(uses);
  }

  /** This DataFrame, wrapped with the plans the subqueries in {@code uses} refer to, if there are any. */
  DataFrame withSubqueriesOf(Column... uses) {
    Map<Long, Relation> references = new java.util.LinkedHashMap<>();
    for (Column use : uses) {
      for (Relation subquery : use.subqueries()) {
        references.putIfAbsent(subquery.getCommon().getPlanId(), subquery);
      }
    }
    if (references.isEmpty()) {
      return this;
    }
    return new DataFrame(session, session.newRelation().setWithRelations(WithRelations.newBuilder()
        .setRoot(plan).addAllReferences(references.values())).build());
  }

  private static List<Expression> expressions(Column[] columns) {
    List<Expression> expressions = new ArrayList<>(columns.length);
    for (Column column : columns) {
      expressions.add(column.expr());
    }
    return expressions;
  }

  /** {@code first} followed by {@code more}, for Spark's (T, T...) overloads. */
  static <T> T[] prepend(T first, T[] more) {
    T[] all = Arrays.copyOf(more, more.length + 1);
    System.arraycopy(more, 0, all, 1, more.length);
    all[0] = first;
    return all;
  }

  /** The named columns of this DataFrame in particular. */
  private Column[] own(String first, String[] more) {
    Column[] columns = new Column[more.length + 1];
    columns[0] = col(first);
    for (int i = 0; i < more.length; i++) {
      columns[i + 1] = col(more[i]);
    }
    return columns;
  }

  private static Plan rootPlan(Relation relation) {
    return Plan.newBuilder().setRoot(relation).build();
  }
}
