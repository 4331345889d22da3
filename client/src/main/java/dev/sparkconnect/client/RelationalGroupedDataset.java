package dev.sparkconnect.client;

import dev.sparkconnect.proto.Aggregate;
import dev.sparkconnect.proto.Expression;
import java.util.ArrayList;
import java.util.List;

/**
 * Rows grouped by {@link DataFrame#groupBy}, waiting for their aggregates, as in Apache Spark.
 *
 * <pre>{@code
 * df.groupBy("dept").agg(max("salary"), avg("age").as("average_age"));
 * df.groupBy("dept").count();
 * }</pre>
 */
public final class RelationalGroupedDataset {

  private final DataFrame df;
  private final List<Expression> grouping;
  private final Aggregate.GroupType type;
  private final List<Aggregate.GroupingSets> groupingSets;
  private final Aggregate.Pivot pivot;

  RelationalGroupedDataset(DataFrame df, List<Expression> grouping, Aggregate.GroupType type) {
    this(df, grouping, type, List.of(), null);
  }

  private RelationalGroupedDataset(DataFrame df, List<Expression> grouping, Aggregate.GroupType type,
      List<Aggregate.GroupingSets> groupingSets, Aggregate.Pivot pivot) {
    this.df = df;
    this.grouping = List.copyOf(grouping);
    this.type = type;
    this.groupingSets = List.copyOf(groupingSets);
    this.pivot = pivot;
  }

  RelationalGroupedDataset withGroupingSets(List<Aggregate.GroupingSets> sets) {
    return new RelationalGroupedDataset(df, grouping, type, sets, pivot);
  }

  /**
   * Pivots the named column: one output column per value in {@code values}, in that order, for
   * each aggregate.
   */
  public RelationalGroupedDataset pivot(String pivotColumn, List<?> values) {
    return pivot(df.col(pivotColumn), values);
  }

  /** Pivots {@code pivotColumn} on the given values. */
  public RelationalGroupedDataset pivot(Column pivotColumn, List<?> values) {
    Aggregate.Pivot.Builder pivotSpec = Aggregate.Pivot.newBuilder().setCol(pivotColumn.expr());
    for (Object value : values) {
      pivotSpec.addValues(Literals.of(value));
    }
    return pivoted(pivotSpec.build());
  }

  /** Pivots the named column on all its distinct values (found by an extra query on the server). */
  public RelationalGroupedDataset pivot(String pivotColumn) {
    return pivot(df.col(pivotColumn));
  }

  /** Pivots {@code pivotColumn} on all its distinct values. */
  public RelationalGroupedDataset pivot(Column pivotColumn) {
    return pivoted(Aggregate.Pivot.newBuilder().setCol(pivotColumn.expr()).build());
  }

  private RelationalGroupedDataset pivoted(Aggregate.Pivot spec) {
    if (type != Aggregate.GroupType.GROUP_TYPE_GROUPBY) {
      throw new UnsupportedOperationException("pivot() follows groupBy(), not " + type);
    }
    return new RelationalGroupedDataset(df, grouping, Aggregate.GroupType.GROUP_TYPE_PIVOT, groupingSets, spec);
  }

  /**
   * Aggregates by function name per column: {@code agg(Map.of("salary", "max", "age", "avg"))}.
   * Names are those of Spark's SQL functions ({@code mean} and {@code average} are {@code avg},
   * {@code std} is {@code stddev}); {@code count} or {@code size} of {@code "*"} counts rows. To
   * apply two functions to one column, use {@link #agg(java.util.Map.Entry, java.util.Map.Entry[])}.
   */
  public DataFrame agg(java.util.Map<String, String> columnToFunction) {
    List<Expression> aggregates = new ArrayList<>();
    columnToFunction.forEach((column, function) -> aggregates.add(byName(column, function).expr()));
    return aggregate(aggregates);
  }

  /**
   * Aggregates by (column, function name) pairs, in order, the same column as often as needed;
   * Java's form of Scala's {@code agg("a" -> "max", "a" -> "count")}:
   *
   * <pre>{@code
   * df.groupBy("dept").agg(Map.entry("salary", "max"), Map.entry("salary", "avg"), Map.entry("*", "count"))
   * }</pre>
   */
  @SafeVarargs
  public final DataFrame agg(java.util.Map.Entry<String, String> columnAndFunction,
      java.util.Map.Entry<String, String>... more) {
    List<Expression> aggregates = new ArrayList<>();
    aggregates.add(byName(columnAndFunction.getKey(), columnAndFunction.getValue()).expr());
    for (java.util.Map.Entry<String, String> pair : more) {
      aggregates.add(byName(pair.getKey(), pair.getValue()).expr());
    }
    return aggregate(aggregates);
  }

  private Column byName(String column, String function) {
    String name = function.toLowerCase(java.util.Locale.ROOT);
    if ((name.equals("count") || name.equals("size")) && column.equals("*")) {
      return Column.fn("count", df.col("*"));
    }
    switch (name) {
      case "avg": case "average": case "mean": return Column.fn("avg", df.col(column));
      case "stddev": case "std": return Column.fn("stddev", df.col(column));
      default: return Column.fn(name, df.col(column));
    }
  }

  /** One row per group with the grouping columns and the given aggregates. */
  public DataFrame agg(Column expression, Column... expressions) {
    List<Expression> aggregates = new ArrayList<>();
    aggregates.add(expression.expr());
    for (Column column : expressions) {
      aggregates.add(column.expr());
    }
    return aggregate(aggregates).withSubqueriesOf(DataFrame.prepend(expression, expressions));
  }

  /** The number of rows per group, in a column {@code count}. */
  public DataFrame count() {
    return agg(functions.count(functions.lit(1)).as("count"));
  }

  /** The average of each named numeric column per group. */
  public DataFrame avg(String... columnNames) {
    return simple("avg", columnNames);
  }

  /** The same as {@link #avg(String...)}. */
  public DataFrame mean(String... columnNames) {
    return simple("avg", columnNames);
  }

  /** The largest value of each named column per group. */
  public DataFrame max(String... columnNames) {
    return simple("max", columnNames);
  }

  /** The smallest value of each named column per group. */
  public DataFrame min(String... columnNames) {
    return simple("min", columnNames);
  }

  /** The sum of each named numeric column per group. */
  public DataFrame sum(String... columnNames) {
    return simple("sum", columnNames);
  }

  private DataFrame simple(String function, String[] columnNames) {
    List<Expression> aggregates = new ArrayList<>();
    for (String name : columnNames) {
      aggregates.add(Column.fn(function, df.col(name)).expr());
    }
    return aggregate(aggregates);
  }

  private DataFrame aggregate(List<Expression> aggregates) {
    Aggregate.Builder aggregate = Aggregate.newBuilder()
        .setInput(df.plan())
        .setGroupType(type)
        .addAllGroupingExpressions(grouping)
        .addAllAggregateExpressions(aggregates)
        .addAllGroupingSets(groupingSets);
    if (pivot != null) {
      aggregate.setPivot(pivot);
    }
    return df.derive(r -> r.setAggregate(aggregate));
  }
}
