package dev.sparkconnect.client;

import dev.sparkconnect.client.internal.encoders.Codec;
import dev.sparkconnect.client.internal.encoders.CodecShape;
import dev.sparkconnect.client.internal.udf.ServerFunctions;
import dev.sparkconnect.client.internal.udf.UdfPackets;
import dev.sparkconnect.client.internal.upload.ClassShipping;
import dev.sparkconnect.client.internal.encoders.Codecs;
import dev.sparkconnect.client.internal.encoders.RowReader;
import dev.sparkconnect.client.internal.results.QueryResult;
import dev.sparkconnect.client.internal.results.RowStream;
import dev.sparkconnect.client.tuples.Tuple2;
import dev.sparkconnect.client.tuples.Tuple3;
import dev.sparkconnect.client.tuples.Tuple4;
import dev.sparkconnect.client.tuples.Tuple5;
import dev.sparkconnect.client.types.StructType;
import dev.sparkconnect.proto.Aggregate;
import dev.sparkconnect.proto.Expression;
import dev.sparkconnect.proto.Filter;
import dev.sparkconnect.proto.Join;
import dev.sparkconnect.proto.MapPartitions;
import dev.sparkconnect.proto.Plan;
import dev.sparkconnect.proto.Project;
import dev.sparkconnect.proto.Relation;
import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.apache.spark.api.java.function.FilterFunction;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.api.java.function.ForeachFunction;
import org.apache.spark.api.java.function.ForeachPartitionFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.api.java.function.ReduceFunction;

/**
 * A DataFrame whose rows are read as Java values of type {@code T}: beans, records, strings,
 * numbers, tuples. Made with {@link DataFrame#as(Encoder)}, {@link SparkSession#createDataset} or
 * {@link #as(Encoder)}:
 *
 * <pre>{@code
 * public record Trade(String symbol, long quantity, BigDecimal price) {}
 *
 * Dataset<Trade> trades = spark.table("trades").as(Encoders.bean(Trade.class));
 * List<Trade> big = trades.filter(col("quantity").gt(1000)).orderBy(col("symbol")).collectAsList();
 * Dataset<String> symbols = trades.select(col("symbol").as(Encoders.STRING()));
 * }</pre>
 *
 * <p>The plan is the DataFrame's own: the types live in this client, which reads each result's
 * Arrow batches straight into {@code T} (field by field, through method handles found once), so
 * a typed Dataset costs the server nothing more than its DataFrame. Operations that keep the rows
 * as they are ({@code filter}, {@code orderBy}, {@code limit}, {@code union}, ...) keep the type;
 * the ones that make new columns ({@code select}, {@code withColumn}, {@code join},
 * {@code groupBy}) give a {@link DataFrame}, which {@link DataFrame#as(Encoder)} types again.
 *
 * @param <T> the type of the values
 */
public final class Dataset<T> {

  private final DataFrame df;
  private final Encoder<T> encoder;

  Dataset(DataFrame df, Encoder<T> encoder) {
    this.df = Objects.requireNonNull(df, "df");
    this.encoder = Objects.requireNonNull(encoder, "encoder");
  }

  // ---- what it is

  /** The session this Dataset belongs to. */
  public SparkSession sparkSession() {
    return df.sparkSession();
  }

  /** The unresolved logical plan this Dataset sends, as the protocol's {@code Relation}. */
  public Relation plan() {
    return df.plan();
  }

  /** How this Dataset's rows become {@code T}s. */
  public Encoder<T> encoder() {
    return encoder;
  }

  /** The same rows as a DataFrame of {@link Row}s; the plan is unchanged. */
  public DataFrame toDF() {
    return df;
  }

  /** The rows as a DataFrame with its columns renamed, in order. */
  public DataFrame toDF(String... columnNames) {
    return df.toDF(columnNames);
  }

  /** The same rows read as {@code U}s. */
  public <U> Dataset<U> as(Encoder<U> other) {
    return new Dataset<>(df, other);
  }

  /** This Dataset under an alias, for qualified names such as {@code alias.column}. */
  public Dataset<T> as(String alias) {
    return typed(df.alias(alias));
  }

  /** The same as {@link #as(String)}. */
  public Dataset<T> alias(String alias) {
    return typed(df.alias(alias));
  }

  /** The schema, asked of the server once and remembered. */
  public StructType schema() {
    return df.schema();
  }

  /** The column names, in order. */
  public String[] columns() {
    return df.columns();
  }

  /** The column {@code name} of this Dataset. */
  public Column col(String name) {
    return df.col(name);
  }

  /** The same as {@link #col(String)}. */
  public Column apply(String name) {
    return df.col(name);
  }

  /** The columns whose names match {@code regex}. */
  public Column colRegex(String regex) {
    return df.colRegex(regex);
  }

  /** Prints the schema as a tree. */
  public void printSchema() {
    df.printSchema();
  }

  /** Prints the physical plan. */
  public void explain() {
    df.explain();
  }

  /** Prints the plans: all of them when {@code extended}, else the physical one. */
  public void explain(boolean extended) {
    df.explain(extended);
  }

  /** Prints the plan in {@code mode}: simple, extended, codegen, cost or formatted. */
  public void explain(String mode) {
    df.explain(mode);
  }

  /** Prints the first 20 rows as a table. */
  public void show() {
    df.show();
  }

  /** Prints the first {@code numRows} rows as a table. */
  public void show(int numRows) {
    df.show(numRows);
  }

  /** Prints the first {@code numRows} rows, values cut to 20 characters when {@code truncate}. */
  public void show(int numRows, boolean truncate) {
    df.show(numRows, truncate);
  }

  /** Prints the first 20 rows, values cut to 20 characters when {@code truncate}. */
  public void show(boolean truncate) {
    df.show(truncate);
  }

  /** Prints the first {@code numRows} rows, values cut to {@code truncate} characters. */
  public void show(int numRows, int truncate) {
    df.show(numRows, truncate);
  }

  /** Whether {@code collect} and {@code take} can run on the client without executors. */
  public boolean isLocal() {
    return df.isLocal();
  }

  /** Whether this Dataset reads a stream. */
  public boolean isStreaming() {
    return df.isStreaming();
  }

  /** The files this Dataset reads, as far as the server can tell. */
  public String[] inputFiles() {
    return df.inputFiles();
  }

  /** Whether this Dataset's plan gives the same rows as {@code other}'s, as the server judges it. */
  public boolean sameSemantics(Dataset<T> other) {
    return df.sameSemantics(other.df);
  }

  /** A hash of the plan's meaning: equal for plans with {@link #sameSemantics}. */
  public int semanticHash() {
    return df.semanticHash();
  }

  // ---- actions

  /** Runs the query and returns all its values. Mind the memory for large results. */
  public List<T> collectAsList() {
    QueryResult result = df.sparkSession().execute(Plan.newBuilder().setRoot(df.plan()).build());
    return decode(result.rows(), result.schema());
  }

  /** {@code rows} as values of {@code T}, read by one reader bound to {@code schema} (or the first row's). */
  private List<T> decode(List<Row> rows, StructType schema) {
    List<T> values = new ArrayList<>(rows.size());
    if (rows.isEmpty()) {
      return values;
    }
    RowReader<T> reader = Codecs.readerFor(codec(), schema != null ? schema : rows.get(0).schema());
    for (Row row : rows) {
      values.add(reader.read(row));
    }
    return values;
  }

  /** Runs the query and returns all its values as an array of {@code T}. */
  @SuppressWarnings("unchecked")
  public T[] collect() {
    List<T> values = collectAsList();
    return values.toArray((T[]) Array.newInstance(encoder.clazz(), values.size()));
  }

  /** The first {@code n} values. */
  public List<T> take(int n) {
    return limit(n).collectAsList();
  }

  /** The first {@code n} values; the same as {@link #take(int)}, Spark's Java name. */
  public List<T> takeAsList(int n) {
    return take(n);
  }

  /** The first {@code n} values. */
  public List<T> head(int n) {
    return take(n);
  }

  /**
   * The first value.
   *
   * @throws NoSuchElementException if there is none
   */
  public T head() {
    List<T> first = take(1);
    if (first.isEmpty()) {
      throw new NoSuchElementException("The Dataset is empty");
    }
    return first.get(0);
  }

  /** The same as {@link #head()}. */
  public T first() {
    return head();
  }

  /** The last {@code n} values. */
  public List<T> tail(int n) {
    return decode(df.tail(n), null);
  }

  /**
   * Runs the query and returns its whole result as columns of the encoded fields; see
   * {@link DataFrame#collectColumnar()}.
   */
  public dev.sparkconnect.client.columnar.ColumnarResult collectColumnar() {
    return df.collectColumnar();
  }

  /**
   * Runs the query and returns its result a batch of columns at a time; see
   * {@link DataFrame#toColumnarIterator()}.
   */
  public dev.sparkconnect.client.columnar.ColumnarBatchStream toColumnarIterator() {
    return df.toColumnarIterator();
  }

  /**
   * Runs the query and returns its values one at a time, an Arrow batch at a time; close it
   * (try-with-resources) to stop early.
   */
  public CloseableIterator<T> toLocalIterator() {
    RowStream rows = df.toLocalIterator();
    Codec<T> codec = codec();
    return new CloseableIterator<>() {
      private RowReader<T> reader;

      @Override
      public boolean hasNext() {
        return rows.hasNext();
      }

      @Override
      public T next() {
        Row row = rows.next();
        if (reader == null) {
          reader = Codecs.readerFor(codec, rows.schema() != null ? rows.schema() : row.schema());
        }
        return reader.read(row);
      }

      @Override
      public void close() {
        rows.close();
      }
    };
  }

  /** The number of rows, counted on the server. */
  public long count() {
    return df.count();
  }

  /** Whether there are no rows. */
  public boolean isEmpty() {
    return df.isEmpty();
  }

  // ---- operations that keep the type

  /** The values for which {@code condition} holds. */
  public Dataset<T> filter(Column condition) {
    return typed(df.filter(condition));
  }

  /** The values for which the SQL {@code conditionExpr} holds. */
  public Dataset<T> filter(String conditionExpr) {
    return typed(df.filter(conditionExpr));
  }

  /** The same as {@link #filter(Column)}. */
  public Dataset<T> where(Column condition) {
    return typed(df.where(condition));
  }

  /** The same as {@link #filter(String)}. */
  public Dataset<T> where(String conditionExpr) {
    return typed(df.where(conditionExpr));
  }

  /** The first {@code n} values. */
  public Dataset<T> limit(int n) {
    return typed(df.limit(n));
  }

  /** The values after the first {@code n}. */
  public Dataset<T> offset(int n) {
    return typed(df.offset(n));
  }

  /** The values sorted by {@code columns}. */
  public Dataset<T> orderBy(Column... columns) {
    return typed(df.orderBy(columns));
  }

  /** The values sorted by the named columns. */
  public Dataset<T> orderBy(String column, String... columns) {
    return typed(df.orderBy(column, columns));
  }

  /** The same as {@link #orderBy(Column...)}. */
  public Dataset<T> sort(Column... columns) {
    return typed(df.sort(columns));
  }

  /** The same as {@link #orderBy(String, String...)}. */
  public Dataset<T> sort(String column, String... columns) {
    return typed(df.sort(column, columns));
  }

  /** The values sorted by {@code columns} within each partition. */
  public Dataset<T> sortWithinPartitions(Column... columns) {
    return typed(df.sortWithinPartitions(columns));
  }

  /** The values sorted by the named columns within each partition. */
  public Dataset<T> sortWithinPartitions(String column, String... columns) {
    return typed(df.sortWithinPartitions(column, columns));
  }

  /** The distinct values. */
  public Dataset<T> distinct() {
    return typed(df.distinct());
  }

  /** The same as {@link #distinct()}. */
  public Dataset<T> dropDuplicates() {
    return typed(df.dropDuplicates());
  }

  /** One value per distinct combination of the named columns. */
  public Dataset<T> dropDuplicates(String column, String... columns) {
    return typed(df.dropDuplicates(column, columns));
  }

  /** One value per distinct combination of the named columns. */
  public Dataset<T> dropDuplicates(String[] columnNames) {
    return typed(df.dropDuplicates(columnNames));
  }

  /** A watermark on {@code eventTime}, for streaming aggregations. */
  public Dataset<T> withWatermark(String eventTime, String delayThreshold) {
    return typed(df.withWatermark(eventTime, delayThreshold));
  }

  /** The values of this and {@code other}, by column position, duplicates kept. */
  public Dataset<T> union(Dataset<T> other) {
    return typed(df.union(other.df));
  }

  /** The same as {@link #union(Dataset)}. */
  public Dataset<T> unionAll(Dataset<T> other) {
    return typed(df.unionAll(other.df));
  }

  /** The values of this and {@code other}, by column name. */
  public Dataset<T> unionByName(Dataset<T> other) {
    return typed(df.unionByName(other.df));
  }

  /** The values of this and {@code other}, by column name; missing columns become nulls when allowed. */
  public Dataset<T> unionByName(Dataset<T> other, boolean allowMissingColumns) {
    return typed(df.unionByName(other.df, allowMissingColumns));
  }

  /** The distinct values in both. */
  public Dataset<T> intersect(Dataset<T> other) {
    return typed(df.intersect(other.df));
  }

  /** The values in both, duplicates kept. */
  public Dataset<T> intersectAll(Dataset<T> other) {
    return typed(df.intersectAll(other.df));
  }

  /** The distinct values not in {@code other}. */
  public Dataset<T> except(Dataset<T> other) {
    return typed(df.except(other.df));
  }

  /** The values not in {@code other}, duplicates kept. */
  public Dataset<T> exceptAll(Dataset<T> other) {
    return typed(df.exceptAll(other.df));
  }

  /** A random sample of about {@code fraction} of the values. */
  public Dataset<T> sample(double fraction) {
    return typed(df.sample(fraction));
  }

  /** A random sample of about {@code fraction} of the values, repeatable by {@code seed}. */
  public Dataset<T> sample(double fraction, long seed) {
    return typed(df.sample(fraction, seed));
  }

  /** A random sample, with or without replacement. */
  public Dataset<T> sample(boolean withReplacement, double fraction) {
    return typed(df.sample(withReplacement, fraction));
  }

  /** A random sample, with or without replacement, repeatable by {@code seed}. */
  public Dataset<T> sample(boolean withReplacement, double fraction, long seed) {
    return typed(df.sample(withReplacement, fraction, seed));
  }

  /** The values split at random by {@code weights}, repeatable by {@code seed}. */
  public List<Dataset<T>> randomSplitAsList(double[] weights, long seed) {
    return df.randomSplitAsList(weights, seed).stream().map(this::typed).toList();
  }

  /** The values in {@code numPartitions} partitions. */
  public Dataset<T> repartition(int numPartitions) {
    return typed(df.repartition(numPartitions));
  }

  /** The values hash-partitioned by {@code columns} into {@code numPartitions} partitions. */
  public Dataset<T> repartition(int numPartitions, Column... columns) {
    return typed(df.repartition(numPartitions, columns));
  }

  /** The values hash-partitioned by {@code columns}. */
  public Dataset<T> repartition(Column... columns) {
    return typed(df.repartition(columns));
  }

  /** The values range-partitioned by {@code columns} into {@code numPartitions} partitions. */
  public Dataset<T> repartitionByRange(int numPartitions, Column... columns) {
    return typed(df.repartitionByRange(numPartitions, columns));
  }

  /** The values range-partitioned by {@code columns}. */
  public Dataset<T> repartitionByRange(Column... columns) {
    return typed(df.repartitionByRange(columns));
  }

  /** The values in at most {@code numPartitions} partitions, without a shuffle. */
  public Dataset<T> coalesce(int numPartitions) {
    return typed(df.coalesce(numPartitions));
  }

  /** A hint to the optimizer, for example {@code hint("broadcast")}. */
  public Dataset<T> hint(String name, Object... parameters) {
    return typed(df.hint(name, parameters));
  }

  /** Caches the rows on the server at the default storage level. */
  public Dataset<T> cache() {
    return typed(df.cache());
  }

  /** The same as {@link #cache()}. */
  public Dataset<T> persist() {
    return typed(df.persist());
  }

  /** Caches the rows on the server at {@code level}. */
  public Dataset<T> persist(StorageLevel level) {
    return typed(df.persist(level));
  }

  /** Drops the cached rows. */
  public Dataset<T> unpersist() {
    return typed(df.unpersist());
  }

  /** Drops the cached rows, waiting until they are gone when {@code blocking}. */
  public Dataset<T> unpersist(boolean blocking) {
    return typed(df.unpersist(blocking));
  }

  /** The storage level the rows are cached at. */
  public StorageLevel storageLevel() {
    return df.storageLevel();
  }

  /** The rows computed now and kept on the executors, cutting the plan's lineage. */
  public Dataset<T> localCheckpoint() {
    return typed(df.localCheckpoint());
  }

  /** The rows computed now and kept in the checkpoint directory, cutting the plan's lineage. */
  public Dataset<T> checkpoint() {
    return typed(df.checkpoint());
  }

  /** {@code transformation} applied to this Dataset: for chains of reusable steps. */
  public <U> Dataset<U> transform(Function<Dataset<T>, Dataset<U>> transformation) {
    return transformation.apply(this);
  }

  // ---- typed columns

  /**
   * The values of one typed column: {@code ds.select(col("name").as(Encoders.STRING()))}. A column
   * of a bean, record or tuple type (a struct) is spread over its fields' columns, as Spark does.
   */
  public <U1> Dataset<U1> select(TypedColumn<? super T, U1> c1) {
    return selectTyped(df, c1);
  }

  /** Pairs of two typed columns' values. */
  public <U1, U2> Dataset<Tuple2<U1, U2>> select(TypedColumn<? super T, U1> c1, TypedColumn<? super T, U2> c2) {
    return selectTyped(df, c1, c2);
  }

  /** Triples of three typed columns' values. */
  public <U1, U2, U3> Dataset<Tuple3<U1, U2, U3>> select(TypedColumn<? super T, U1> c1,
      TypedColumn<? super T, U2> c2, TypedColumn<? super T, U3> c3) {
    return selectTyped(df, c1, c2, c3);
  }

  /** Tuples of four typed columns' values. */
  public <U1, U2, U3, U4> Dataset<Tuple4<U1, U2, U3, U4>> select(TypedColumn<? super T, U1> c1,
      TypedColumn<? super T, U2> c2, TypedColumn<? super T, U3> c3, TypedColumn<? super T, U4> c4) {
    return selectTyped(df, c1, c2, c3, c4);
  }

  /** Tuples of five typed columns' values. */
  public <U1, U2, U3, U4, U5> Dataset<Tuple5<U1, U2, U3, U4, U5>> select(TypedColumn<? super T, U1> c1,
      TypedColumn<? super T, U2> c2, TypedColumn<? super T, U3> c3, TypedColumn<? super T, U4> c4,
      TypedColumn<? super T, U5> c5) {
    return selectTyped(df, c1, c2, c3, c4, c5);
  }

  /**
   * {@code df}'s values of typed columns, as Spark selects them: one column of a struct type is
   * spread over its fields' columns; several make tuples.
   */
  @SuppressWarnings({"unchecked", "rawtypes"})
  static <U> Dataset<U> selectTyped(DataFrame df, TypedColumn<?, ?>... columns) {
    if (columns.length == 1) {
      TypedColumn<?, ?> only = columns[0];
      Column column = Codecs.flattens(only.encoder().codec())
          ? functions.inline(functions.array(only.column())) : only.column();
      return new Dataset<>(df.select(column), (Encoder<U>) only.encoder());
    }
    Column[] plain = new Column[columns.length];
    Encoder[] encoders = new Encoder[columns.length];
    for (int i = 0; i < columns.length; i++) {
      plain[i] = columns[i].column();
      encoders[i] = columns[i].encoder();
    }
    Encoder<?> tuple = switch (columns.length) {
      case 2 -> Encoders.tuple(encoders[0], encoders[1]);
      case 3 -> Encoders.tuple(encoders[0], encoders[1], encoders[2]);
      case 4 -> Encoders.tuple(encoders[0], encoders[1], encoders[2], encoders[3]);
      default -> Encoders.tuple(encoders[0], encoders[1], encoders[2], encoders[3], encoders[4]);
    };
    return new Dataset<>(df.select(plain), (Encoder<U>) tuple);
  }

  /**
   * Pairs of this Dataset's and {@code other}'s values where {@code condition} holds, each side
   * whole (a bean stays one value, not its columns): an inner join.
   */
  public <U> Dataset<Tuple2<T, U>> joinWith(Dataset<U> other, Column condition) {
    return joinWith(other, condition, "inner");
  }

  /**
   * Pairs of this Dataset's and {@code other}'s values where {@code condition} holds, joined as
   * {@code joinType} ({@code inner}, {@code left}, {@code right}, {@code full}, ...); a side with no
   * match is null.
   */
  public <U> Dataset<Tuple2<T, U>> joinWith(Dataset<U> other, Column condition, String joinType) {
    Join.JoinType type = JoinTypes.parse(joinType);
    if (type == Join.JoinType.JOIN_TYPE_LEFT_SEMI || type == Join.JoinType.JOIN_TYPE_LEFT_ANTI) {
      throw new IllegalArgumentException("joinWith does not take a " + joinType + " join, whose rows have no right "
          + "side; use a filter with exists, or join");
    }
    DataFrame joined = df.derive(r -> r.setJoin(Join.newBuilder().setLeft(df.plan()).setRight(other.plan())
        .setJoinCondition(condition.expr()).setJoinType(type)
        .setJoinDataType(Join.JoinDataType.newBuilder()
            .setIsLeftStruct(Codecs.flattens(codec())).setIsRightStruct(Codecs.flattens(other.codec())))),
        condition);
    return new Dataset<>(joined, Encoders.tuple(encoder, other.encoder));
  }

  // ---- Java functions run on the server (the optional module spark-connect-lambdas writes them)

  /**
   * The values for which {@code function} returns true, tested on the server. The function, its
   * class and what it uses travel to the server as described in {@link #map}.
   */
  public Dataset<T> filter(FilterFunction<T> function) {
    Expression test = serverFunction("Dataset.filter", UdfPackets.Operation.FILTER, function, List.of(codec()),
        codec());
    return typed(df.derive(r -> r.setFilter(Filter.newBuilder().setInput(df.plan()).setCondition(test))));
  }

  /**
   * {@code function} applied to every value on the server: {@code people.map(p -> p.name(),
   * Encoders.STRING())}.
   *
   * <p>The function is sent as Spark's own client sends it (a Java-serialized UDF packet, written by
   * the optional module {@code spark-connect-lambdas}, which must be on the class path), and the
   * code it needs is uploaded to the session first, with nothing to do by hand: the class that
   * wrote the lambda, the classes of what it captured and of the values, and what those use that the
   * server lacks (see {@link dev.sparkconnect.client.internal.upload.ClassShipping} for what is
   * sent and what cannot be). A lambda must not capture this client's objects (a session, a
   * Dataset): they cannot run on the server.
   *
   * @throws UnsupportedOperationException without the optional module, naming it
   * @throws IllegalArgumentException for a Dataset of {@code Row}s, which Spark's server would hand
   *     its own {@code Row} class: read the rows as a bean, record or tuple first
   */
  public <U> Dataset<U> map(MapFunction<T, U> function, Encoder<U> encoder) {
    return mapPartitionsWith("Dataset.map", UdfPackets.Operation.MAP, function, encoder);
  }

  /** {@code function}'s values for every value, any number each, on the server; see {@link #map}. */
  public <U> Dataset<U> flatMap(FlatMapFunction<T, U> function, Encoder<U> encoder) {
    return mapPartitionsWith("Dataset.flatMap", UdfPackets.Operation.FLAT_MAP, function, encoder);
  }

  /** {@code function} applied to each partition's values on the server; see {@link #map}. */
  public <U> Dataset<U> mapPartitions(MapPartitionsFunction<T, U> function, Encoder<U> encoder) {
    return mapPartitionsWith("Dataset.mapPartitions", UdfPackets.Operation.MAP_PARTITIONS, function, encoder);
  }

  /**
   * Runs {@code function} on every value, on the server's executors (its output goes to their
   * logs, not here); returns when all have run. See {@link #map}.
   */
  public void foreach(ForeachFunction<T> function) {
    runOnServer("Dataset.foreach", UdfPackets.Operation.FOREACH, function);
  }

  /** Runs {@code function} on every partition's values, on the server's executors. See {@link #map}. */
  public void foreachPartition(ForeachPartitionFunction<T> function) {
    runOnServer("Dataset.foreachPartition", UdfPackets.Operation.FOREACH_PARTITION, function);
  }

  /**
   * The values combined two at a time by {@code function}, on the server.
   *
   * @throws NoSuchElementException for an empty Dataset
   */
  public T reduce(ReduceFunction<T> function) {
    Expression udf = serverFunction("Dataset.reduce", UdfPackets.Operation.REDUCE, function,
        List.of(codec(), codec()), codec());
    Expression reduce = Expression.newBuilder().setUnresolvedFunction(Expression.UnresolvedFunction.newBuilder()
        .setFunctionName("reduce").addArguments(udf)).build();
    DataFrame reduced = df.derive(r -> r.setAggregate(Aggregate.newBuilder().setInput(df.plan())
        .setGroupType(Aggregate.GroupType.GROUP_TYPE_GROUPBY).addAggregateExpressions(reduce)));
    List<Row> rows = reduced.collectAsList();
    if (rows.isEmpty() || rows.get(0).isNullAt(0)) {
      throw new NoSuchElementException("reduce of an empty Dataset");
    }
    return codec().decode(rows.get(0).get(0));
  }

  /**
   * The values grouped by the key {@code function} gives each, computed on the server, for
   * {@code mapGroups}, {@code flatMapGroups} and {@code count}. See {@link #map}.
   */
  public <K> KeyValueGroupedDataset<K, T> groupByKey(MapFunction<T, K> function, Encoder<K> keyEncoder) {
    Expression key = serverFunction("Dataset.groupByKey", UdfPackets.Operation.GROUP_KEY, function,
        List.of(codec()), keyEncoder.codec());
    return new KeyValueGroupedDataset<>(this, key, keyEncoder);
  }

  private <U> Dataset<U> mapPartitionsWith(String what, UdfPackets.Operation operation, Object function,
      Encoder<U> encoder) {
    Expression udf = serverFunction(what, operation, function, List.of(codec()), encoder.codec());
    return new Dataset<>(df.derive(r -> r.setMapPartitions(MapPartitions.newBuilder().setInput(df.plan())
        .setFunc(udf.getCommonInlineUserDefinedFunction()))), encoder);
  }

  private void runOnServer(String what, UdfPackets.Operation operation, Object function) {
    Expression udf = serverFunction(what, operation, function, List.of(codec()), codec());
    DataFrame run = df.derive(r -> r.setMapPartitions(MapPartitions.newBuilder().setInput(df.plan())
        .setFunc(udf.getCommonInlineUserDefinedFunction())));
    run.collectAsList();
  }

  /** The function as a server-side UDF expression, after uploading the code it needs. */
  Expression serverFunction(String what, UdfPackets.Operation operation, Object function, List<Codec<?>> inputs,
      Codec<?> output) {
    return serverFunction(what, operation, function, inputs, output, false);
  }

  /** As above; an {@code aggregate} function takes no {@code *} arguments. */
  Expression serverFunction(String what, UdfPackets.Operation operation, Object function, List<Codec<?>> inputs,
      Codec<?> output, boolean aggregate) {
    Objects.requireNonNull(function, "function");
    Expression udf = ServerFunctions.expression(what, operation, function, inputs, output, aggregate);
    Set<Class<?>> valueClasses = new LinkedHashSet<>();
    inputs.forEach(input -> valueClasses.addAll(CodecShape.classesOf(input)));
    valueClasses.addAll(CodecShape.classesOf(output));
    df.sparkSession().addArtifacts(ClassShipping.artifactsFor(function, valueClasses));
    return udf;
  }

  // ---- operations that make new columns: a DataFrame

  /** The rows of {@code columns}. */
  public DataFrame select(Column... columns) {
    return df.select(columns);
  }

  /** The rows of the named columns. */
  public DataFrame select(String column, String... columns) {
    return df.select(column, columns);
  }

  /** The rows of SQL expressions. */
  public DataFrame selectExpr(String... expressions) {
    return df.selectExpr(expressions);
  }

  /** The rows with the column {@code name} added or replaced. */
  public DataFrame withColumn(String name, Column column) {
    return df.withColumn(name, column);
  }

  /** The rows with the columns added or replaced. */
  public DataFrame withColumns(Map<String, Column> columns) {
    return df.withColumns(columns);
  }

  /** The rows with a column renamed. */
  public DataFrame withColumnRenamed(String existing, String newName) {
    return df.withColumnRenamed(existing, newName);
  }

  /** The rows without the named columns. */
  public DataFrame drop(String... columnNames) {
    return df.drop(columnNames);
  }

  /** The rows joined with {@code right} where {@code condition} holds. */
  public DataFrame join(DataFrame right, Column condition) {
    return df.join(right, condition);
  }

  /** The rows joined with {@code right} where {@code condition} holds, as {@code joinType}. */
  public DataFrame join(DataFrame right, Column condition, String joinType) {
    return df.join(right, condition, joinType);
  }

  /** The rows joined with {@code right} on the equal values of {@code usingColumn}. */
  public DataFrame join(DataFrame right, String usingColumn) {
    return df.join(right, usingColumn);
  }

  /** The rows joined with {@code right}'s where {@code condition} holds. */
  public DataFrame join(Dataset<?> right, Column condition) {
    return df.join(right.df, condition);
  }

  /** The rows joined with {@code right}'s where {@code condition} holds, as {@code joinType}. */
  public DataFrame join(Dataset<?> right, Column condition, String joinType) {
    return df.join(right.df, condition, joinType);
  }

  /** The rows grouped by {@code columns}, for aggregations. */
  public RelationalGroupedDataset groupBy(Column... columns) {
    return df.groupBy(columns);
  }

  /** The rows grouped by the named columns, for aggregations. */
  public RelationalGroupedDataset groupBy(String column, String... columns) {
    return df.groupBy(column, columns);
  }

  /** Aggregates over all rows. */
  public DataFrame agg(Column expression, Column... expressions) {
    return df.agg(expression, expressions);
  }

  /** Statistics of the named columns (all numeric and string columns when none are named). */
  public DataFrame describe(String... columnNames) {
    return df.describe(columnNames);
  }

  /** The rows as JSON strings, one per row. */
  public Dataset<String> toJSON() {
    return new Dataset<>(df.toJSON(), Encoders.STRING());
  }

  /** Writes this streaming Dataset to a sink as a streaming query (see {@link DataFrame#writeStream()}). */
  public DataStreamWriter writeStream() {
    return new DataStreamWriter(df, codec());
  }

  /** A writer of the rows to a data source. */
  public DataFrameWriter write() {
    return df.write();
  }

  /** A writer of the rows to a table, with the v2 API. */
  public DataFrameWriterV2 writeTo(String table) {
    return df.writeTo(table);
  }

  /** Registers the rows as the temporary view {@code name}, replacing one of that name. */
  public void createOrReplaceTempView(String name) {
    df.createOrReplaceTempView(name);
  }

  /** Registers the rows as the temporary view {@code name}. */
  public void createTempView(String name) {
    df.createTempView(name);
  }

  /** Functions for rows with missing values. */
  public DataFrameNaFunctions na() {
    return df.na();
  }

  /** Statistics functions. */
  public DataFrameStatFunctions stat() {
    return df.stat();
  }

  @Override
  public String toString() {
    return "Dataset[" + encoder.clazz().getSimpleName() + "]";
  }

  Codec<T> codec() {
    return encoder.codec();
  }

  private Dataset<T> typed(DataFrame derived) {
    return new Dataset<>(derived, encoder);
  }

  /**
   * An iterator over a query's values that holds a live result stream: close it to stop early.
   *
   * @param <E> the values' type
   */
  public interface CloseableIterator<E> extends Iterator<E>, AutoCloseable {
    @Override
    void close();
  }
}
