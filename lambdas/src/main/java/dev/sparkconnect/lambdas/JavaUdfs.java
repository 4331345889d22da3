package dev.sparkconnect.lambdas;

import dev.sparkconnect.client.UserDefinedFunction;
import dev.sparkconnect.client.types.DataType;

import org.apache.spark.sql.api.java.UDF0;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.api.java.UDF3;
import org.apache.spark.sql.api.java.UDF4;
import org.apache.spark.sql.api.java.UDF5;
import org.apache.spark.sql.api.java.UDF6;
import org.apache.spark.sql.api.java.UDF7;
import org.apache.spark.sql.api.java.UDF8;
import org.apache.spark.sql.api.java.UDF9;
import org.apache.spark.sql.api.java.UDF10;
import org.apache.spark.sql.api.java.UDF11;
import org.apache.spark.sql.api.java.UDF12;
import org.apache.spark.sql.api.java.UDF13;
import org.apache.spark.sql.api.java.UDF14;
import org.apache.spark.sql.api.java.UDF15;
import org.apache.spark.sql.api.java.UDF16;
import org.apache.spark.sql.api.java.UDF17;
import org.apache.spark.sql.api.java.UDF18;
import org.apache.spark.sql.api.java.UDF19;
import org.apache.spark.sql.api.java.UDF20;
import org.apache.spark.sql.api.java.UDF21;
import org.apache.spark.sql.api.java.UDF22;

/**
 * {@code udf(...)} for Java functions, as Spark's {@code functions.udf} takes them: a lambda or a
 * class implementing one of Spark's {@code UDF0}..{@code UDF22}, with the type of its result (Java
 * has no type tags for Spark to infer it from, so Spark's Java API asks for it too).
 *
 * <pre>{@code
 * import static dev.sparkconnect.lambdas.JavaUdfs.udf;
 *
 * UserDefinedFunction plusOne = udf((UDF1<Integer, Integer>) x -> x + 1, DataTypes.IntegerType);
 * df.select(plusOne.apply(col("n")));
 * spark.udf().register("plus_one", plusOne);
 * }</pre>
 *
 * <p>The function's arguments arrive as Spark converts column values for Java UDFs (a
 * {@code String} for STRING, boxed numbers, {@code java.sql.Date} and {@code java.sql.Timestamp},
 * {@code scala.collection.Seq} for arrays, {@code org.apache.spark.sql.Row} for structs).
 */
public final class JavaUdfs {

  private JavaUdfs() {}

  /** A function of 0 columns, returning {@code returnType}. */
  public static UserDefinedFunction udf(UDF0<?> function, DataType returnType) {
    return UserDefinedFunction.fromJava(function, returnType);
  }

  /** A function of 1 column, returning {@code returnType}. */
  public static UserDefinedFunction udf(UDF1<?, ?> function, DataType returnType) {
    return UserDefinedFunction.fromJava(function, returnType);
  }

  /** A function of 2 columns, returning {@code returnType}. */
  public static UserDefinedFunction udf(UDF2<?, ?, ?> function, DataType returnType) {
    return UserDefinedFunction.fromJava(function, returnType);
  }

  /** A function of 3 columns, returning {@code returnType}. */
  public static UserDefinedFunction udf(UDF3<?, ?, ?, ?> function, DataType returnType) {
    return UserDefinedFunction.fromJava(function, returnType);
  }

  /** A function of 4 columns, returning {@code returnType}. */
  public static UserDefinedFunction udf(UDF4<?, ?, ?, ?, ?> function, DataType returnType) {
    return UserDefinedFunction.fromJava(function, returnType);
  }

  /** A function of 5 columns, returning {@code returnType}. */
  public static UserDefinedFunction udf(UDF5<?, ?, ?, ?, ?, ?> function, DataType returnType) {
    return UserDefinedFunction.fromJava(function, returnType);
  }

  /** A function of 6 columns, returning {@code returnType}. */
  public static UserDefinedFunction udf(UDF6<?, ?, ?, ?, ?, ?, ?> function, DataType returnType) {
    return UserDefinedFunction.fromJava(function, returnType);
  }

  /** A function of 7 columns, returning {@code returnType}. */
  public static UserDefinedFunction udf(UDF7<?, ?, ?, ?, ?, ?, ?, ?> function, DataType returnType) {
    return UserDefinedFunction.fromJava(function, returnType);
  }

  /** A function of 8 columns, returning {@code returnType}. */
  public static UserDefinedFunction udf(UDF8<?, ?, ?, ?, ?, ?, ?, ?, ?> function, DataType returnType) {
    return UserDefinedFunction.fromJava(function, returnType);
  }

  /** A function of 9 columns, returning {@code returnType}. */
  public static UserDefinedFunction udf(UDF9<?, ?, ?, ?, ?, ?, ?, ?, ?, ?> function, DataType returnType) {
    return UserDefinedFunction.fromJava(function, returnType);
  }

  /** A function of 10 columns, returning {@code returnType}. */
  public static UserDefinedFunction udf(UDF10<?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?> function, DataType returnType) {
    return UserDefinedFunction.fromJava(function, returnType);
  }

  /** A function of 11 columns, returning {@code returnType}. */
  public static UserDefinedFunction udf(UDF11<?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?> function, DataType returnType) {
    return UserDefinedFunction.fromJava(function, returnType);
  }

  /** A function of 12 columns, returning {@code returnType}. */
  public static UserDefinedFunction udf(UDF12<?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?> function, DataType returnType) {
    return UserDefinedFunction.fromJava(function, returnType);
  }

  /** A function of 13 columns, returning {@code returnType}. */
  public static UserDefinedFunction udf(UDF13<?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?> function, DataType returnType) {
    return UserDefinedFunction.fromJava(function, returnType);
  }

  /** A function of 14 columns, returning {@code returnType}. */
  public static UserDefinedFunction udf(UDF14<?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?> function, DataType returnType) {
    return UserDefinedFunction.fromJava(function, returnType);
  }

  /** A function of 15 columns, returning {@code returnType}. */
  public static UserDefinedFunction udf(UDF15<?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?> function, DataType returnType) {
    return UserDefinedFunction.fromJava(function, returnType);
  }

  /** A function of 16 columns, returning {@code returnType}. */
  public static UserDefinedFunction udf(UDF16<?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?> function, DataType returnType) {
    return UserDefinedFunction.fromJava(function, returnType);
  }

  /** A function of 17 columns, returning {@code returnType}. */
  public static UserDefinedFunction udf(UDF17<?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?> function, DataType returnType) {
    return UserDefinedFunction.fromJava(function, returnType);
  }

  /** A function of 18 columns, returning {@code returnType}. */
  public static UserDefinedFunction udf(UDF18<?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?> function, DataType returnType) {
    return UserDefinedFunction.fromJava(function, returnType);
  }

  /** A function of 19 columns, returning {@code returnType}. */
  public static UserDefinedFunction udf(UDF19<?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?> function, DataType returnType) {
    return UserDefinedFunction.fromJava(function, returnType);
  }

  /** A function of 20 columns, returning {@code returnType}. */
  public static UserDefinedFunction udf(UDF20<?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?> function, DataType returnType) {
    return UserDefinedFunction.fromJava(function, returnType);
  }

  /** A function of 21 columns, returning {@code returnType}. */
  public static UserDefinedFunction udf(UDF21<?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?> function, DataType returnType) {
    return UserDefinedFunction.fromJava(function, returnType);
  }

  /** A function of 22 columns, returning {@code returnType}. */
  public static UserDefinedFunction udf(UDF22<?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?> function, DataType returnType) {
    return UserDefinedFunction.fromJava(function, returnType);
  }


  /**
   * The aggregate function of {@code aggregator}, taking values of {@code inputEncoder}'s type, as
   * Spark's {@code functions.udaf}: apply it to columns in an aggregation, or register it for SQL.
   * The aggregator's buffer and output encoders are Spark's own ({@code org.apache.spark.sql.Encoders}).
   */
  public static <I> UserDefinedFunction udaf(org.apache.spark.sql.expressions.Aggregator<I, ?, ?> aggregator,
      dev.sparkconnect.client.Encoder<I> inputEncoder) {
    return UserDefinedFunction.fromAggregator(aggregator, inputEncoder);
  }
}
