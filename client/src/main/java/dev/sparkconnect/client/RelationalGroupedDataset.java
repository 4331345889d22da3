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

  RelationalGroupedDataset(DataFrame df, List<Expression> grouping, Aggregate.GroupType type) {
    this.df = df;
    this.grouping = List.copyOf(grouping);
    this.type = type;
  }

  /** One row per group with the grouping columns and the given aggregates. */
  public DataFrame agg(Column expression, Column... expressions) {
    List<Expression> aggregates = new ArrayList<>();
    aggregates.add(expression.expr());
    for (Column column : expressions) {
      aggregates.add(column.expr());
    }
    return aggregate(aggregates);
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
    return df.derive(r -> r.setAggregate(Aggregate.newBuilder()
        .setInput(df.plan())
        .setGroupType(type)
        .addAllGroupingExpressions(grouping)
        .addAllAggregateExpressions(aggregates)));
  }
}
