package dev.sparkconnect.client;

import com.google.protobuf.ByteString;
import dev.sparkconnect.client.internal.encoders.CodecShape;
import dev.sparkconnect.client.internal.udf.ServerFunctions;
import dev.sparkconnect.client.internal.upload.ClassShipping;
import dev.sparkconnect.client.types.DataType;
import dev.sparkconnect.protocol.types.DataTypeProtos;
import dev.sparkconnect.proto.CommonInlineUserDefinedFunction;
import dev.sparkconnect.proto.Expression;
import dev.sparkconnect.proto.ScalarScalaUDF;
import java.io.Serializable;
import java.util.Objects;
import java.util.Set;

/**
 * A Java function (one of Spark's {@code UDF0}..{@code UDF22}, as a lambda or a class) that runs
 * on the server as a column function: made with {@code JavaUdfs.udf(...)} of the optional module
 * {@code spark-connect-lambdas}, or {@link #fromJava}; applied with {@link #apply(Column...)} or
 * registered for SQL with {@code spark.udf().register(name, udf)}.
 *
 * <pre>{@code
 * UserDefinedFunction shout = udf((UDF1<String, String>) s -> s.toUpperCase() + "!", DataTypes.StringType);
 * people.select(shout.apply(col("name")));
 * spark.udf().register("shout", shout);  // then SELECT shout(name) FROM people
 * }</pre>
 *
 * <p>Its classes (the class that wrote the lambda, what it uses and captured) are uploaded to the
 * active session when it is made, and to the session it is registered in; see
 * {@link dev.sparkconnect.client.internal.upload.ClassShipping} for what cannot be shipped. Instances
 * are immutable: {@link #asNondeterministic()}, {@link #asNonNullable()} and
 * {@link #withName(String)} give new ones.
 */
public final class UserDefinedFunction {

  private final Object function;
  private final ByteString payload;
  private final DataType returnType;
  private final String name;
  private final boolean deterministic;
  private final boolean nullable;
  /** The input's type for an aggregator, null for a UDF (whose inputs Spark converts by their columns' types). */
  private final DataType aggregatorInput;
  /** The classes of the values the function takes, shipped with its own (an aggregator's input bean). */
  private final Set<Class<?>> valueClasses;

  private UserDefinedFunction(Object function, ByteString payload, DataType returnType, String name,
      boolean deterministic, boolean nullable, DataType aggregatorInput, Set<Class<?>> valueClasses) {
    this.valueClasses = valueClasses;
    this.function = function;
    this.payload = payload;
    this.returnType = returnType;
    this.name = name;
    this.deterministic = deterministic;
    this.nullable = nullable;
    this.aggregatorInput = aggregatorInput;
  }

  /**
   * The function {@code function} (an instance of one of Spark's {@code UDF0}..{@code UDF22})
   * returning values of {@code returnType}. Needs the optional module {@code spark-connect-lambdas}.
   *
   * @throws UnsupportedOperationException without the module, naming it
   * @throws IllegalArgumentException for an object that is none of those interfaces
   */
  public static UserDefinedFunction fromJava(Serializable function, DataType returnType) {
    Objects.requireNonNull(function, "function");
    Objects.requireNonNull(returnType, "returnType");
    byte[] packet = ServerFunctions.javaUdfPacket("functions.udf", function, returnType);
    UserDefinedFunction udf = new UserDefinedFunction(function, ByteString.copyFrom(packet), returnType, null, true,
        true, null, Set.of());
    SparkSession.getActiveSession().or(SparkSession::getDefaultSession).ifPresent(udf::shipTo);
    return udf;
  }

  /**
   * The aggregate function of {@code aggregator} (a subclass of Spark's
   * {@code org.apache.spark.sql.expressions.Aggregator}), taking values of {@code inputEncoder}'s
   * type: Spark's {@code functions.udaf}. Applied to columns (one per field of the input type, or
   * one for a scalar) in an aggregation, or registered for SQL. Needs the optional module
   * {@code spark-connect-lambdas}.
   *
   * @throws UnsupportedOperationException without the module, naming it
   */
  public static <I> UserDefinedFunction fromAggregator(Serializable aggregator, Encoder<I> inputEncoder) {
    Objects.requireNonNull(aggregator, "aggregator");
    Objects.requireNonNull(inputEncoder, "inputEncoder");
    var packet = ServerFunctions.aggregatorPacket("functions.udaf", aggregator, inputEncoder.codec());
    UserDefinedFunction udf = new UserDefinedFunction(aggregator, ByteString.copyFrom(packet.payload()),
        packet.outputType(), null, true, true, inputEncoder.codec().dataType(),
        CodecShape.classesOf(inputEncoder.codec()));
    SparkSession.getActiveSession().or(SparkSession::getDefaultSession).ifPresent(udf::shipTo);
    return udf;
  }

  /** This function applied to {@code columns}, in the order of the function's parameters. */
  public Column apply(Column... columns) {
    CommonInlineUserDefinedFunction.Builder call = inline();
    for (Column column : columns) {
      call.addArguments(column.expr());
    }
    return Column.derived(Expression.newBuilder().setCommonInlineUserDefinedFunction(call).build(),
        (Object[]) columns);
  }

  /** The same function, which the optimizer may not assume gives the same result for the same input. */
  public UserDefinedFunction asNondeterministic() {
    return new UserDefinedFunction(function, payload, returnType, name, false, nullable, aggregatorInput,
        valueClasses);
  }

  /** The same function, declared never to return null. */
  public UserDefinedFunction asNonNullable() {
    return new UserDefinedFunction(function, payload, returnType, name, deterministic, false, aggregatorInput,
        valueClasses);
  }

  /** The same function under {@code name}, as plans and errors show it. */
  public UserDefinedFunction withName(String name) {
    return new UserDefinedFunction(function, payload, returnType, Objects.requireNonNull(name, "name"),
        deterministic, nullable, aggregatorInput, valueClasses);
  }

  /** The name given with {@link #withName}, or null. */
  public String name() {
    return name;
  }

  /** Whether the function is deterministic. */
  public boolean deterministic() {
    return deterministic;
  }

  /** Whether this is an aggregate function ({@link #fromAggregator}). */
  public boolean isAggregate() {
    return aggregatorInput != null;
  }

  /** Whether the function may return null. */
  public boolean nullable() {
    return nullable;
  }

  /** The type of the function's values. */
  public DataType returnType() {
    return returnType;
  }

  /** The protocol form, named {@code registeredName} for a registration. */
  CommonInlineUserDefinedFunction registration(String registeredName) {
    return inline().setFunctionName(registeredName).build();
  }

  /** Uploads the function's classes to {@code session} (once per session). */
  void shipTo(SparkSession session) {
    session.addArtifacts(ClassShipping.artifactsFor(function, valueClasses));
  }

  private CommonInlineUserDefinedFunction.Builder inline() {
    ScalarScalaUDF.Builder udf = ScalarScalaUDF.newBuilder().setPayload(payload)
        .setOutputType(DataTypeProtos.toProto(returnType)).setNullable(nullable);
    if (aggregatorInput != null) {
      udf.setAggregate(true).addInputTypes(DataTypeProtos.toProto(aggregatorInput));
    }
    CommonInlineUserDefinedFunction.Builder call = CommonInlineUserDefinedFunction.newBuilder()
        .setDeterministic(deterministic).setScalarScalaUdf(udf);
    if (name != null) {
      call.setFunctionName(name);
    }
    return call;
  }

  @Override
  public String toString() {
    return "UserDefinedFunction[" + (name == null ? function.getClass().getSimpleName() : name) + " -> "
        + returnType.simpleString() + "]";
  }
}
