package dev.sparkconnect.client.internal.udf;

import dev.sparkconnect.client.internal.encoders.Codec;
import dev.sparkconnect.protocol.types.DataTypeProtos;
import dev.sparkconnect.proto.CommonInlineUserDefinedFunction;
import dev.sparkconnect.proto.Expression;
import dev.sparkconnect.proto.ScalarScalaUDF;
import dev.sparkconnect.proto.StreamingForeachFunction;
import com.google.protobuf.ByteString;
import java.util.Iterator;
import java.util.List;
import java.util.ServiceLoader;

/**
 * The protocol form of a Java function that runs on the server: a
 * {@code CommonInlineUserDefinedFunction} holding a Scala UDF whose payload is Spark's UDF packet,
 * applied to one {@code *} per input, as Apache Spark's own client sends typed operations.
 */
public final class ServerFunctions {

  private static volatile UdfPackets packets;

  private ServerFunctions() {}

  /**
   * The function as an expression.
   *
   * @param what the API call, for the message when the optional module is missing
   * @param aggregate whether the function is an aggregator (its inputs are not passed as {@code *})
   */
  public static Expression expression(String what, UdfPackets.Operation operation, Object function,
      List<Codec<?>> inputs, Codec<?> output, boolean aggregate) {
    if (function == null) {
      throw new NullPointerException("The function of " + what + " is null");
    }
    byte[] payload = packets(what).packet(operation, function, inputs, output);
    ScalarScalaUDF.Builder udf = ScalarScalaUDF.newBuilder().setPayload(ByteString.copyFrom(payload))
        .setOutputType(DataTypeProtos.toProto(outputType(operation, output))).setNullable(true)
        .setAggregate(aggregate);
    for (Codec<?> input : inputs) {
      udf.addInputTypes(DataTypeProtos.toProto(input.dataType()));
    }
    CommonInlineUserDefinedFunction.Builder call = CommonInlineUserDefinedFunction.newBuilder()
        .setDeterministic(true).setScalarScalaUdf(udf);
    if (!aggregate) {
      for (int i = 0; i < inputs.size(); i++) {
        call.addArguments(Expression.newBuilder().setUnresolvedStar(Expression.UnresolvedStar.getDefaultInstance()));
      }
    }
    return Expression.newBuilder().setCommonInlineUserDefinedFunction(call).build();
  }

  private static dev.sparkconnect.client.types.DataType outputType(UdfPackets.Operation operation, Codec<?> output) {
    return switch (operation) {
      case FILTER -> dev.sparkconnect.client.types.DataTypes.BooleanType;
      case FOREACH, FOREACH_PARTITION -> dev.sparkconnect.client.types.DataTypes.NullType;
      default -> output.dataType();
    };
  }

  /**
   * A streaming query's {@code foreachBatch} function (a Spark {@code VoidFunction2} of the batch's
   * Dataset and its id) as the start command carries it; {@code input} is null for rows.
   */
  public static StreamingForeachFunction foreachBatch(String what, Object function, Codec<?> input) {
    return foreachFunction(packets(what).foreachBatchPacket(function, input));
  }

  /**
   * A streaming query's {@code foreach} writer (a subclass of Spark's {@code ForeachWriter}) as the
   * start command carries it; {@code input} is null for rows.
   */
  public static StreamingForeachFunction foreachWriter(String what, Object writer, Codec<?> input) {
    return foreachFunction(packets(what).foreachWriterPacket(writer, input));
  }

  private static StreamingForeachFunction foreachFunction(byte[] payload) {
    // Spark's server reads only the payload; its client fills the required fields with a null type.
    return StreamingForeachFunction.newBuilder().setScalaFunction(ScalarScalaUDF.newBuilder()
        .setPayload(ByteString.copyFrom(payload))
        .setOutputType(DataTypeProtos.toProto(dev.sparkconnect.client.types.DataTypes.NullType))
        .setNullable(true)).build();
  }

  /** The packet of a Java UDF ({@code UDF0}..{@code UDF22}); see {@link UdfPackets#javaUdfPacket}. */
  public static byte[] javaUdfPacket(String what, Object function, dev.sparkconnect.client.types.DataType returnType) {
    return packets(what).javaUdfPacket(function, returnType);
  }

  /** The packet of an aggregator; see {@link UdfPackets#aggregatorPacket}. */
  public static AggregatorPacket aggregatorPacket(String what, Object aggregator, Codec<?> input) {
    return packets(what).aggregatorPacket(aggregator, input);
  }

  /**
   * The packet writer on the class path.
   *
   * @throws UnsupportedOperationException naming the module to add when there is none
   */
  static UdfPackets packets(String what) {
    UdfPackets known = packets;
    if (known == null) {
      Iterator<UdfPackets> found = ServiceLoader.load(UdfPackets.class, ServerFunctions.class.getClassLoader())
          .iterator();
      if (!found.hasNext()) {
        throw new UnsupportedOperationException(what + " runs a Java function on the server, which reads it from "
            + "Spark's UDF packet, written with Spark's own Scala classes: add the optional module "
            + "dev.sparkconnect:spark-connect-lambdas to the class path (with the spark-sql-api of your server's "
            + "Spark version). Functions on columns (functions.*, SQL) and UDFs registered by class name "
            + "(spark.udf().registerJava) need no module.");
      }
      known = found.next();
      packets = known;
    }
    return known;
  }
}
