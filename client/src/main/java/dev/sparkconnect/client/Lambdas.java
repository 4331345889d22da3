package dev.sparkconnect.client;

import dev.sparkconnect.proto.Expression;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Java lambdas as the protocol's lambda functions, for the higher-order functions
 * ({@code transform}, {@code filter}, {@code aggregate}, ...). Each lambda variable gets a name
 * unique in this JVM ({@code x_1}, {@code y_2}, ...), as Apache Spark's client names them.
 */
final class Lambdas {

  private static final AtomicLong IDS = new AtomicLong();
  private static final String[] NAMES = {"x", "y", "z"};

  private Lambdas() {}

  static Column of(Function<Column, Column> function) {
    Expression.UnresolvedNamedLambdaVariable x = variable(0);
    return lambda(function.apply(reference(x)), x);
  }

  static Column of(BiFunction<Column, Column, Column> function) {
    Expression.UnresolvedNamedLambdaVariable x = variable(0);
    Expression.UnresolvedNamedLambdaVariable y = variable(1);
    return lambda(function.apply(reference(x), reference(y)), x, y);
  }

  static Column of(TriFunction function) {
    Expression.UnresolvedNamedLambdaVariable x = variable(0);
    Expression.UnresolvedNamedLambdaVariable y = variable(1);
    Expression.UnresolvedNamedLambdaVariable z = variable(2);
    return lambda(function.apply(reference(x), reference(y), reference(z)), x, y, z);
  }

  /** Starts lambda variable numbering afresh; for tests that compare plans with fixed names. */
  static void resetIds() {
    IDS.set(0);
  }

  /** A function of three columns, for {@code map_zip_with}. */
  @FunctionalInterface
  interface TriFunction {
    Column apply(Column x, Column y, Column z);
  }

  private static Expression.UnresolvedNamedLambdaVariable variable(int position) {
    return Expression.UnresolvedNamedLambdaVariable.newBuilder()
        .addNameParts(NAMES[position] + "_" + IDS.incrementAndGet())
        .build();
  }

  private static Column reference(Expression.UnresolvedNamedLambdaVariable variable) {
    return new Column(Expression.newBuilder().setUnresolvedNamedLambdaVariable(variable).build());
  }

  private static Column lambda(Column body, Expression.UnresolvedNamedLambdaVariable... variables) {
    Expression.LambdaFunction.Builder lambda = Expression.LambdaFunction.newBuilder().setFunction(body.expr());
    for (Expression.UnresolvedNamedLambdaVariable variable : variables) {
      lambda.addArguments(variable);
    }
    return Column.derived(Expression.newBuilder().setLambdaFunction(lambda).build(), body);
  }
}
