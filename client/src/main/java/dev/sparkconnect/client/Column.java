package dev.sparkconnect.client;

import dev.sparkconnect.client.types.DataType;
import dev.sparkconnect.protocol.types.DataTypeProtos;
import dev.sparkconnect.proto.Expression;
import dev.sparkconnect.proto.Relation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A column expression, as in Apache Spark: made by {@link functions#col(String)},
 * {@link functions#lit(Object)}, {@link DataFrame#col(String)} and the functions of
 * {@link functions}, combined with the methods here, and evaluated on the server.
 *
 * <pre>{@code
 * import static dev.sparkconnect.client.functions.*;
 * df.select(col("price").multiply(col("quantity")).alias("total"))
 *   .where(col("region").isin("EU", "US").and(col("total").gt(100)));
 * }</pre>
 *
 * <p>Columns are immutable values that only describe an expression; nothing is sent until an
 * action runs. Method arguments that are not columns become literals ({@code col("a").plus(1)}).
 */
public final class Column {

  private final Expression expression;
  /**
   * The plans this column's subquery expressions ({@link DataFrame#scalar()}, {@link DataFrame#exists()},
   * {@link #isin(DataFrame)}) refer to by plan id; the DataFrame that uses the column sends them
   * along as the references of a {@code WithRelations} plan.
   */
  private final List<Relation> subqueries;

  Column(Expression expression) {
    this(expression, List.of());
  }

  private Column(Expression expression, List<Relation> subqueries) {
    this.expression = Objects.requireNonNull(expression, "expression");
    this.subqueries = subqueries;
  }

  /** A column of a subquery expression whose plan is {@code subquery}, on top of the subqueries of {@code uses}. */
  static Column withSubquery(Expression expression, Relation subquery, Column... uses) {
    List<Relation> all = new ArrayList<>();
    for (Column use : uses) {
      all.addAll(use.subqueries);
    }
    all.add(subquery);
    return new Column(expression, List.copyOf(all));
  }

  /**
   * A column of {@code expression} built from {@code parts}: it keeps the subqueries of every column
   * among them, so that a subquery survives being compared, aliased or passed to a function.
   */
  static Column derived(Expression expression, Object... parts) {
    List<Relation> all = null;
    for (Object part : parts) {
      if (part instanceof Column column && !column.subqueries.isEmpty()) {
        if (all == null) {
          all = new ArrayList<>();
        }
        all.addAll(column.subqueries);
      }
    }
    return new Column(expression, all == null ? List.of() : List.copyOf(all));
  }

  /** The plans this column's subquery expressions refer to, in the order they were made. */
  List<Relation> subqueries() {
    return subqueries;
  }

  /** A column of an expression already in protocol form. */
  public static Column of(Expression expression) {
    return new Column(expression);
  }

  /** This column's expression in protocol form. */
  public Expression expr() {
    return expression;
  }

  // ---- arithmetic

  /** {@code this + other}. */
  public Column plus(Object other) {
    return fn("+", this, other);
  }

  /** {@code this - other}. */
  public Column minus(Object other) {
    return fn("-", this, other);
  }

  /** {@code this * other}. */
  public Column multiply(Object other) {
    return fn("*", this, other);
  }

  /** {@code this / other}. */
  public Column divide(Object other) {
    return fn("/", this, other);
  }

  /** {@code this % other}. */
  public Column mod(Object other) {
    return fn("%", this, other);
  }

  /** {@code -this}. */
  public Column unary_minus() {
    return fn("negative", this);
  }

  // ---- comparison and logic

  /** {@code this = other}; Spark's {@code ===}. */
  public Column equalTo(Object other) {
    return fn("=", this, other);
  }

  /** {@code NOT (this = other)}; Spark's {@code =!=}. */
  public Column notEqual(Object other) {
    return fn("!", equalTo(other));
  }

  /** {@code this > other}. */
  public Column gt(Object other) {
    return fn(">", this, other);
  }

  /** {@code this < other}. */
  public Column lt(Object other) {
    return fn("<", this, other);
  }

  /** {@code this >= other}. */
  public Column geq(Object other) {
    return fn(">=", this, other);
  }

  /** {@code this <= other}. */
  public Column leq(Object other) {
    return fn("<=", this, other);
  }

  /** {@code this <=> other}: equality where two nulls are equal. */
  public Column eqNullSafe(Object other) {
    return fn("<=>", this, other);
  }

  /** {@code this AND other}. */
  public Column and(Column other) {
    return fn("and", this, other);
  }

  /** {@code this OR other}. */
  public Column or(Column other) {
    return fn("or", this, other);
  }

  /** {@code lower <= this AND this <= upper}. */
  public Column between(Object lower, Object upper) {
    return geq(lower).and(leq(upper));
  }

  /** {@code this & other}, bit by bit. */
  public Column bitwiseAND(Object other) {
    return fn("&", this, other);
  }

  /** {@code this | other}, bit by bit. */
  public Column bitwiseOR(Object other) {
    return fn("|", this, other);
  }

  /** {@code this ^ other}, bit by bit. */
  public Column bitwiseXOR(Object other) {
    return fn("^", this, other);
  }

  // ---- predicates

  /** Whether the value is null. */
  public Column isNull() {
    return fn("isNull", this);
  }

  /** Whether the value is not null. */
  public Column isNotNull() {
    return fn("isNotNull", this);
  }

  /** Whether the value is NaN. */
  public Column isNaN() {
    return fn("isNaN", this);
  }

  /** Whether the value is one of {@code values}: {@code col("day").isInCollection(List.of("sat", "sun"))}. */
  public Column isInCollection(Iterable<?> values) {
    List<Object> all = new ArrayList<>();
    values.forEach(all::add);
    return isin(all.toArray());
  }

  /** Whether the value is one of {@code values}. */
  public Column isin(Object... values) {
    List<Object> arguments = new ArrayList<>();
    arguments.add(this);
    arguments.addAll(Arrays.asList(values));
    return fn("in", arguments.toArray());
  }

  /**
   * Whether the value is among the rows of {@code subquery}, a DataFrame of one column (SQL's
   * {@code IN (SELECT ...)}); for several columns at once, call it on {@code struct(a, b)} with a
   * DataFrame of as many columns. Needs Spark 4.1 or later.
   */
  public Column isin(DataFrame subquery) {
    if (subquery == null) {
      return isin((Object) null);
    }
    List<Expression> values = expression.hasUnresolvedFunction()
        && expression.getUnresolvedFunction().getFunctionName().equals("struct")
        && !expression.getUnresolvedFunction().getIsDistinct()
        ? expression.getUnresolvedFunction().getArgumentsList() : List.of(expression);
    Expression in = Expression.newBuilder().setSubqueryExpression(dev.sparkconnect.proto.SubqueryExpression.newBuilder()
        .setPlanId(subquery.plan().getCommon().getPlanId())
        .setSubqueryType(dev.sparkconnect.proto.SubqueryExpression.SubqueryType.SUBQUERY_TYPE_IN)
        .addAllInSubqueryValues(values)).build();
    return withSubquery(in, subquery.plan(), this);
  }

  /** SQL LIKE with {@code %} and {@code _} wildcards. */
  public Column like(String pattern) {
    return fn("like", this, pattern);
  }

  /** A Java regular expression match. */
  public Column rlike(String regex) {
    return fn("rlike", this, regex);
  }

  /** Case-insensitive SQL LIKE. */
  public Column ilike(String pattern) {
    return fn("ilike", this, pattern);
  }

  /** Whether the string contains {@code other}. */
  public Column contains(Object other) {
    return fn("contains", this, other);
  }

  /** Whether the string starts with {@code other}. */
  public Column startsWith(Object other) {
    return fn("startswith", this, other);
  }

  /** The same as startsWith(Object) with a string literal, Spark's typed overload. */
  public Column startsWith(String literal) {
    return startsWith((Object) literal);
  }

  /** The same as startsWith(Object) with a column, Spark's typed overload. */
  public Column startsWith(Column other) {
    return startsWith((Object) other);
  }

  /** Whether the string ends with {@code other}. */
  public Column endsWith(Object other) {
    return fn("endswith", this, other);
  }

  /** The same as endsWith(Object) with a string literal, Spark's typed overload. */
  public Column endsWith(String literal) {
    return endsWith((Object) literal);
  }

  /** The same as endsWith(Object) with a column, Spark's typed overload. */
  public Column endsWith(Column other) {
    return endsWith((Object) other);
  }

  /** The substring from 1-based {@code position}, {@code length} long. */
  public Column substr(int position, int length) {
    return fn("substr", this, position, length);
  }

  /** The substring from 1-based {@code position}, {@code length} long. */
  public Column substr(Column position, Column length) {
    return fn("substr", this, position, length);
  }

  // ---- conditionals

  /** Adds a branch to a {@link functions#when(Column, Object)} chain. */
  public Column when(Column condition, Object value) {
    Expression.UnresolvedFunction when = whenFunction("when()");
    return derived(Expression.newBuilder().setUnresolvedFunction(when.toBuilder()
        .addArguments(condition.expression).addArguments(functions.lit(value).expression)).build(), this, condition, value);
  }

  /** The value of a {@link functions#when(Column, Object)} chain when no branch matched. */
  public Column otherwise(Object value) {
    Expression.UnresolvedFunction when = whenFunction("otherwise()");
    if (when.getArgumentsCount() % 2 == 1) {
      throw new IllegalArgumentException("otherwise() can only be applied once on a when() chain");
    }
    return derived(Expression.newBuilder().setUnresolvedFunction(when.toBuilder()
        .addArguments(functions.lit(value).expression)).build(), this, value);
  }

  private Expression.UnresolvedFunction whenFunction(String method) {
    if (!expression.hasUnresolvedFunction() || !expression.getUnresolvedFunction().getFunctionName().equals("when")) {
      throw new IllegalArgumentException(method + " can only be applied on a column made by functions.when()");
    }
    return expression.getUnresolvedFunction();
  }

  // ---- types and names

  /** The value converted to {@code type}; null where it cannot be, or an error under ANSI mode. */
  public Column cast(DataType type) {
    return derived(Expression.newBuilder().setCast(Expression.Cast.newBuilder()
        .setExpr(expression).setType(DataTypeProtos.toProto(type))).build());
  }

  /**
   * The value converted to the type named in SQL, for example {@code "decimal(10,2)"}. The name is
   * parsed here, as Apache Spark's client does; one this client does not know is left to the server.
   */
  public Column cast(String type) {
    DataType parsed = parseType(type);
    if (parsed != null) {
      return cast(parsed);
    }
    return derived(Expression.newBuilder().setCast(Expression.Cast.newBuilder()
        .setExpr(expression).setTypeStr(type)).build());
  }

  /** The value converted to {@code type}, or null where it cannot be, whatever the ANSI mode. */
  public Column try_cast(DataType type) {
    return derived(Expression.newBuilder().setCast(Expression.Cast.newBuilder()
        .setExpr(expression).setType(DataTypeProtos.toProto(type))
        .setEvalMode(Expression.Cast.EvalMode.EVAL_MODE_TRY)).build());
  }

  /** The value converted to the type named in SQL, or null where it cannot be. */
  public Column try_cast(String type) {
    DataType parsed = parseType(type);
    if (parsed != null) {
      return try_cast(parsed);
    }
    return derived(Expression.newBuilder().setCast(Expression.Cast.newBuilder()
        .setExpr(expression).setTypeStr(type)
        .setEvalMode(Expression.Cast.EvalMode.EVAL_MODE_TRY)).build());
  }

  private static DataType parseType(String type) {
    try {
      return DataType.fromDDL(type);
    } catch (IllegalArgumentException unknownHere) {
      return null;
    }
  }

  /**
   * This column with the Java type its values are read as, for a typed select:
   * {@code people.select(col("age").as(Encoders.INT()))} is a {@code Dataset<Integer>}.
   */
  public <U> TypedColumn<Object, U> as(Encoder<U> encoder) {
    return new TypedColumn<>(this, encoder);
  }

  /** This column under another name. */
  public Column alias(String name) {
    return as(name);
  }

  /** This column under another name. */
  public Column as(String name) {
    return derived(Expression.newBuilder().setAlias(Expression.Alias.newBuilder()
        .setExpr(expression).addName(name)).build());
  }

  /** A column of several outputs (a generator such as {@code inline}) under these names. */
  public Column as(String... names) {
    return derived(Expression.newBuilder().setAlias(Expression.Alias.newBuilder()
        .setExpr(expression).addAllName(Arrays.asList(names))).build());
  }

  /** This column under another name, with field metadata given as a JSON object. */
  public Column as(String name, String metadataJson) {
    return derived(Expression.newBuilder().setAlias(Expression.Alias.newBuilder()
        .setExpr(expression).addName(name).setMetadata(metadataJson)).build());
  }

  /** This column under another name; the same as {@link #as(String)}. */
  public Column name(String name) {
    return as(name);
  }

  // ---- ordering

  /** Ascending order, nulls first. */
  public Column asc() {
    return sort(Expression.SortOrder.SortDirection.SORT_DIRECTION_ASCENDING,
        Expression.SortOrder.NullOrdering.SORT_NULLS_FIRST);
  }

  /** Ascending order, nulls first. */
  public Column asc_nulls_first() {
    return asc();
  }

  /** Ascending order, nulls last. */
  public Column asc_nulls_last() {
    return sort(Expression.SortOrder.SortDirection.SORT_DIRECTION_ASCENDING,
        Expression.SortOrder.NullOrdering.SORT_NULLS_LAST);
  }

  /** Descending order, nulls last. */
  public Column desc() {
    return sort(Expression.SortOrder.SortDirection.SORT_DIRECTION_DESCENDING,
        Expression.SortOrder.NullOrdering.SORT_NULLS_LAST);
  }

  /** Descending order, nulls first. */
  public Column desc_nulls_first() {
    return sort(Expression.SortOrder.SortDirection.SORT_DIRECTION_DESCENDING,
        Expression.SortOrder.NullOrdering.SORT_NULLS_FIRST);
  }

  /** Descending order, nulls last. */
  public Column desc_nulls_last() {
    return desc();
  }

  private Column sort(Expression.SortOrder.SortDirection direction, Expression.SortOrder.NullOrdering nulls) {
    return derived(Expression.newBuilder().setSortOrder(Expression.SortOrder.newBuilder()
        .setChild(expression).setDirection(direction).setNullOrdering(nulls)).build());
  }

  /** The sort order this column stands for: itself if already one, else ascending. */
  Expression.SortOrder sortOrder() {
    return expression.hasSortOrder() ? expression.getSortOrder() : asc().expression.getSortOrder();
  }

  // ---- nested data

  /** An array element by position, or a map value by key. */
  public Column getItem(Object key) {
    return extract(key);
  }

  /** A struct field by name. */
  public Column getField(String name) {
    return extract(name);
  }

  /** An array element, map value or struct field; Scala's {@code col(key)}. */
  public Column apply(Object key) {
    return extract(key);
  }

  private Column extract(Object key) {
    return derived(Expression.newBuilder().setUnresolvedExtractValue(Expression.UnresolvedExtractValue.newBuilder()
        .setChild(expression).setExtraction(functions.lit(key).expression)).build(), this, key);
  }

  /** The struct with field {@code name} set to {@code value} (added if missing). */
  public Column withField(String name, Column value) {
    return derived(Expression.newBuilder().setUpdateFields(Expression.UpdateFields.newBuilder()
        .setStructExpression(expression).setFieldName(name).setValueExpression(value.expression)).build(), this, value);
  }

  /** The struct without the fields {@code names}. */
  public Column dropFields(String... names) {
    Expression current = expression;
    for (String name : names) {
      current = Expression.newBuilder().setUpdateFields(Expression.UpdateFields.newBuilder()
          .setStructExpression(current).setFieldName(name)).build();
    }
    return derived(current, this);
  }

  /**
   * This column, marked as a reference to the outer query inside a subquery ({@link DataFrame#scalar()},
   * {@link DataFrame#exists()}, {@link DataFrame#lateralJoin(DataFrame)}): the server resolves it
   * against the outer query's columns, not the subquery's. As in Apache Spark's client, the mark
   * is not sent: the server finds outer references by name where the subquery cannot resolve them.
   */
  public Column outer() {
    return this;
  }

  /** {@code function} applied to this column, for chaining reusable steps: {@code col("name").transform(c -> upper(trim(c)))}. */
  public Column transform(java.util.function.Function<Column, Column> function) {
    return function.apply(this);
  }

  // ---- windows

  /** This aggregate or window function over {@code window}. */
  public Column over(WindowSpec window) {
    return window.apply(this);
  }

  /** This aggregate or window function over the whole result. */
  public Column over() {
    return over(Window.spec());
  }

  // ---- plumbing

  /** A call of the SQL function {@code name}; non-column arguments become literals. */
  static Column fn(String name, Object... arguments) {
    Expression.UnresolvedFunction.Builder function = Expression.UnresolvedFunction.newBuilder()
        .setFunctionName(name)
        .setIsInternal(false);
    for (Object argument : arguments) {
      function.addArguments(functions.lit(argument).expression);
    }
    return derived(Expression.newBuilder().setUnresolvedFunction(function).build(), arguments);
  }

  /** A call of a function the server keeps for its own clients' use (marked internal). */
  static Column internalFn(String name, Object... arguments) {
    Column call = fn(name, arguments);
    return derived(call.expression.toBuilder().setUnresolvedFunction(
        call.expression.getUnresolvedFunction().toBuilder().setIsInternal(true)).build(), call);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Column c && expression.equals(c.expression);
  }

  @Override
  public int hashCode() {
    return expression.hashCode();
  }

  /** Prints this column's expression: the protocol message it sends, in full with {@code extended}. */
  public void explain(boolean extended) {
    System.out.println(extended ? expression.toString() : toString());
  }

  @Override
  public String toString() {
    return "Column[" + expression.toString().replace('\n', ' ').trim() + "]";
  }
}
