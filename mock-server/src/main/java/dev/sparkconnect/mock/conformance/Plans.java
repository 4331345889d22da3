package dev.sparkconnect.mock.conformance;

import dev.sparkconnect.proto.Aggregate;
import dev.sparkconnect.proto.Expression;
import dev.sparkconnect.proto.Filter;
import dev.sparkconnect.proto.Join;
import dev.sparkconnect.proto.Limit;
import dev.sparkconnect.proto.Offset;
import dev.sparkconnect.proto.Plan;
import dev.sparkconnect.proto.Project;
import dev.sparkconnect.proto.Range;
import dev.sparkconnect.proto.Relation;
import dev.sparkconnect.proto.SQL;
import dev.sparkconnect.proto.Sort;
import dev.sparkconnect.proto.Tail;
import java.util.Arrays;

/**
 * Relations and expressions built field by field, as a client in any language would send them:
 * no DataFrame API in between, so a case shows exactly what goes over the wire.
 */
final class Plans {

  private Plans() {}

  static Plan plan(Relation root) {
    return Plan.newBuilder().setRoot(root).build();
  }

  static Relation range(long start, long end) {
    return range(start, end, 1);
  }

  static Relation range(long start, long end, long step) {
    return Relation.newBuilder().setRange(Range.newBuilder().setStart(start).setEnd(end).setStep(step)
        .setNumPartitions(1)).build();
  }

  static Relation sql(String query) {
    return Relation.newBuilder().setSql(SQL.newBuilder().setQuery(query)).build();
  }

  static Relation project(Relation input, Expression... expressions) {
    return Relation.newBuilder().setProject(Project.newBuilder().setInput(input)
        .addAllExpressions(Arrays.asList(expressions))).build();
  }

  static Relation filter(Relation input, Expression condition) {
    return Relation.newBuilder().setFilter(Filter.newBuilder().setInput(input).setCondition(condition)).build();
  }

  /** A global sort, ascending (nulls first) on each expression unless it is already a sort order. */
  static Relation sort(Relation input, Expression... orders) {
    Sort.Builder sort = Sort.newBuilder().setInput(input).setIsGlobal(true);
    for (Expression order : orders) {
      sort.addOrder(order.hasSortOrder() ? order.getSortOrder() : asc(order).getSortOrder());
    }
    return Relation.newBuilder().setSort(sort).build();
  }

  static Expression asc(Expression child) {
    return order(child, Expression.SortOrder.SortDirection.SORT_DIRECTION_ASCENDING,
        Expression.SortOrder.NullOrdering.SORT_NULLS_FIRST);
  }

  static Expression desc(Expression child) {
    return order(child, Expression.SortOrder.SortDirection.SORT_DIRECTION_DESCENDING,
        Expression.SortOrder.NullOrdering.SORT_NULLS_LAST);
  }

  private static Expression order(Expression child, Expression.SortOrder.SortDirection direction,
      Expression.SortOrder.NullOrdering nulls) {
    return Expression.newBuilder().setSortOrder(Expression.SortOrder.newBuilder().setChild(child)
        .setDirection(direction).setNullOrdering(nulls)).build();
  }

  static Relation limit(Relation input, int count) {
    return Relation.newBuilder().setLimit(Limit.newBuilder().setInput(input).setLimit(count)).build();
  }

  static Relation offset(Relation input, int count) {
    return Relation.newBuilder().setOffset(Offset.newBuilder().setInput(input).setOffset(count)).build();
  }

  static Relation tail(Relation input, int count) {
    return Relation.newBuilder().setTail(Tail.newBuilder().setInput(input).setLimit(count)).build();
  }

  static Relation groupBy(Relation input, Expression[] groupings, Expression... aggregates) {
    return Relation.newBuilder().setAggregate(Aggregate.newBuilder().setInput(input)
        .setGroupType(Aggregate.GroupType.GROUP_TYPE_GROUPBY)
        .addAllGroupingExpressions(Arrays.asList(groupings))
        .addAllAggregateExpressions(Arrays.asList(aggregates))).build();
  }

  static Relation innerJoinUsing(Relation left, Relation right, String column) {
    return Relation.newBuilder().setJoin(Join.newBuilder().setLeft(left).setRight(right)
        .setJoinType(Join.JoinType.JOIN_TYPE_INNER).addUsingColumns(column)).build();
  }

  static Expression col(String name) {
    return Expression.newBuilder().setUnresolvedAttribute(
        Expression.UnresolvedAttribute.newBuilder().setUnparsedIdentifier(name)).build();
  }

  static Expression lit(long value) {
    return Expression.newBuilder().setLiteral(Expression.Literal.newBuilder().setLong(value)).build();
  }

  static Expression lit(int value) {
    return Expression.newBuilder().setLiteral(Expression.Literal.newBuilder().setInteger(value)).build();
  }

  static Expression lit(String value) {
    return Expression.newBuilder().setLiteral(Expression.Literal.newBuilder().setString(value)).build();
  }

  /** A call of a function (or an operator such as {@code +}, {@code ==}, {@code %}) by its Spark name. */
  static Expression fn(String name, Expression... arguments) {
    return Expression.newBuilder().setUnresolvedFunction(Expression.UnresolvedFunction.newBuilder()
        .setFunctionName(name).addAllArguments(Arrays.asList(arguments))).build();
  }

  static Expression alias(Expression expression, String name) {
    return Expression.newBuilder().setAlias(Expression.Alias.newBuilder().setExpr(expression).addName(name)).build();
  }

  static Expression expr(String sql) {
    return Expression.newBuilder().setExpressionString(
        Expression.ExpressionString.newBuilder().setExpression(sql)).build();
  }
}
