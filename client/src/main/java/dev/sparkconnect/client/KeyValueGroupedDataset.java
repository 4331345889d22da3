package dev.sparkconnect.client;

import dev.sparkconnect.client.internal.udf.UdfPackets;
import dev.sparkconnect.client.internal.encoders.Codec;
import dev.sparkconnect.client.tuples.Tuple2;
import dev.sparkconnect.client.tuples.Tuple3;
import dev.sparkconnect.client.tuples.Tuple4;
import dev.sparkconnect.client.tuples.Tuple5;
import dev.sparkconnect.proto.Aggregate;
import dev.sparkconnect.proto.CoGroupMap;
import dev.sparkconnect.proto.Expression;
import dev.sparkconnect.proto.GroupMap;
import java.util.List;
import org.apache.spark.api.java.function.CoGroupFunction;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.api.java.function.MapGroupsFunction;
import org.apache.spark.api.java.function.ReduceFunction;

/**
 * A typed Dataset's values grouped by a key that a Java function computes on the server:
 * {@code orders.groupByKey(o -> o.customer(), Encoders.STRING())}. Each group's key and values go
 * to a function of the group ({@link #mapGroups}, {@link #flatMapGroups}) on the server, or are
 * counted ({@link #count()}).
 *
 * @param <K> the key's type
 * @param <V> the values' type
 */
public final class KeyValueGroupedDataset<K, V> {

  private final Dataset<V> values;
  private final Expression key;
  private final Encoder<K> keyEncoder;

  KeyValueGroupedDataset(Dataset<V> values, Expression key, Encoder<K> keyEncoder) {
    this.values = values;
    this.key = key;
    this.keyEncoder = keyEncoder;
  }

  /** One value per group: {@code function} of the group's key and an iterator of its values. */
  public <U> Dataset<U> mapGroups(MapGroupsFunction<K, V, U> function, Encoder<U> encoder) {
    return groupMap("KeyValueGroupedDataset.mapGroups", UdfPackets.Operation.MAP_GROUPS, function, encoder);
  }

  /** Any number of values per group: {@code function} of the group's key and an iterator of its values. */
  public <U> Dataset<U> flatMapGroups(FlatMapGroupsFunction<K, V, U> function, Encoder<U> encoder) {
    return groupMap("KeyValueGroupedDataset.flatMapGroups", UdfPackets.Operation.FLAT_MAP_GROUPS, function, encoder);
  }

  /**
   * Any number of values per group, as {@link #flatMapGroups}, with each group's values sorted by
   * {@code sortExprs} before the function sees them.
   */
  public <U> Dataset<U> flatMapSortedGroups(Column[] sortExprs, FlatMapGroupsFunction<K, V, U> function,
      Encoder<U> encoder) {
    return groupMap("KeyValueGroupedDataset.flatMapSortedGroups", UdfPackets.Operation.FLAT_MAP_GROUPS, function,
        encoder, sortExprs);
  }

  /** The same groups with their keys read as {@code L}s. */
  public <L> KeyValueGroupedDataset<L, V> keyAs(Encoder<L> encoder) {
    return new KeyValueGroupedDataset<>(values, key, encoder);
  }

  /** The distinct keys. */
  public Dataset<K> keys() {
    return count().toDF().toDF("key", "count").select(functions.col("key").as(keyEncoder));
  }

  /** Each key with its group's values combined two at a time by {@code function}, on the server. */
  public Dataset<Tuple2<K, V>> reduceGroups(ReduceFunction<V> function) {
    Codec<V> codec = values.encoder().codec();
    Expression udf = values.serverFunction("KeyValueGroupedDataset.reduceGroups", UdfPackets.Operation.REDUCE,
        function, List.of(codec, codec), codec);
    Expression reduce = Expression.newBuilder().setUnresolvedFunction(Expression.UnresolvedFunction.newBuilder()
        .setFunctionName("reduce").addArguments(udf)).build();
    return aggregate(Encoders.tuple(keyEncoder, values.encoder()), reduce);
  }

  /** Each key with the value of a typed aggregate column over its group: {@code agg(sum("n").as(Encoders.LONG()))}. */
  public <U1> Dataset<Tuple2<K, U1>> agg(TypedColumn<? super V, U1> c1) {
    return aggregate(Encoders.tuple(keyEncoder, c1.encoder()), c1.column().expr());
  }

  /** Each key with the values of two typed aggregate columns over its group. */
  public <U1, U2> Dataset<Tuple3<K, U1, U2>> agg(TypedColumn<? super V, U1> c1, TypedColumn<? super V, U2> c2) {
    return aggregate(Encoders.tuple(keyEncoder, c1.encoder(), c2.encoder()), c1.column().expr(), c2.column().expr());
  }

  /** Each key with the values of three typed aggregate columns over its group. */
  public <U1, U2, U3> Dataset<Tuple4<K, U1, U2, U3>> agg(TypedColumn<? super V, U1> c1, TypedColumn<? super V, U2> c2,
      TypedColumn<? super V, U3> c3) {
    return aggregate(Encoders.tuple(keyEncoder, c1.encoder(), c2.encoder(), c3.encoder()), c1.column().expr(),
        c2.column().expr(), c3.column().expr());
  }

  /** Each key with the values of four typed aggregate columns over its group. */
  public <U1, U2, U3, U4> Dataset<Tuple5<K, U1, U2, U3, U4>> agg(TypedColumn<? super V, U1> c1, TypedColumn<? super V, U2> c2,
      TypedColumn<? super V, U3> c3, TypedColumn<? super V, U4> c4) {
    return aggregate(Encoders.tuple(keyEncoder, c1.encoder(), c2.encoder(), c3.encoder(), c4.encoder()),
        c1.column().expr(), c2.column().expr(), c3.column().expr(), c4.column().expr());
  }

  private <T> Dataset<T> aggregate(Encoder<T> encoder, Expression... aggregates) {
    DataFrame aggregated = values.toDF().derive(r -> r.setAggregate(Aggregate.newBuilder().setInput(values.plan())
        .setGroupType(Aggregate.GroupType.GROUP_TYPE_GROUPBY).addGroupingExpressions(key)
        .addAllAggregateExpressions(List.of(aggregates))));
    return new Dataset<>(aggregated, encoder);
  }

  /**
   * For each key of either side, {@code function} of the key, this side's values and
   * {@code other}'s (either may be empty), on the server.
   */
  public <U, R> Dataset<R> cogroup(KeyValueGroupedDataset<K, U> other, CoGroupFunction<K, V, U, R> function,
      Encoder<R> encoder) {
    Expression udf = values.serverFunction("KeyValueGroupedDataset.cogroup", UdfPackets.Operation.COGROUP, function,
        List.of(keyEncoder.codec(), values.encoder().codec(), other.values.encoder().codec()), encoder.codec());
    DataFrame grouped = values.toDF().derive(r -> r.setCoGroupMap(CoGroupMap.newBuilder().setInput(values.plan())
        .addInputGroupingExpressions(key).setOther(other.values.plan()).addOtherGroupingExpressions(other.key)
        .setFunc(udf.getCommonInlineUserDefinedFunction())));
    return new Dataset<>(grouped, encoder);
  }

  /** Each key with the number of values in its group. */
  public Dataset<Tuple2<K, Long>> count() {
    return aggregate(Encoders.tuple(keyEncoder, Encoders.LONG()),
        functions.count(functions.lit(1)).as("count(1)").expr());
  }

  private <U> Dataset<U> groupMap(String what, UdfPackets.Operation operation, Object function, Encoder<U> encoder,
      Column... sortExprs) {
    Expression udf = values.serverFunction(what, operation, function,
        List.of(keyEncoder.codec(), values.encoder().codec()), encoder.codec());
    GroupMap.Builder groupMap = GroupMap.newBuilder().setInput(values.plan()).addGroupingExpressions(key)
        .setFunc(udf.getCommonInlineUserDefinedFunction());
    for (Column sort : sortExprs) {
      groupMap.addSortingExpressions(sort.expr());
    }
    DataFrame mapped = values.toDF().derive(r -> r.setGroupMap(groupMap));
    return new Dataset<>(mapped, encoder);
  }
}
