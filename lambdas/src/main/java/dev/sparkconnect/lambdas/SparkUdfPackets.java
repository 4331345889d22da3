package dev.sparkconnect.lambdas;

import dev.sparkconnect.client.internal.encoders.Codec;
import dev.sparkconnect.client.internal.udf.AggregatorPacket;
import dev.sparkconnect.client.internal.udf.UdfPackets;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.NotSerializableException;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.apache.spark.api.java.function.CoGroupFunction;
import org.apache.spark.api.java.function.FilterFunction;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.api.java.function.ForeachFunction;
import org.apache.spark.api.java.function.ForeachPartitionFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.api.java.function.MapGroupsFunction;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.api.java.function.ReduceFunction;
import org.apache.spark.sql.catalyst.encoders.AgnosticEncoder;
import org.apache.spark.sql.catalyst.encoders.AgnosticEncoders;
import org.apache.spark.sql.catalyst.encoders.AgnosticEncoders$;
import org.apache.spark.sql.expressions.Aggregator;
import org.apache.spark.sql.connect.common.ForeachWriterPacket;
import org.apache.spark.sql.connect.common.UdfPacket;
import org.apache.spark.sql.ForeachWriter;
import org.apache.spark.api.java.function.VoidFunction2;
import org.apache.spark.sql.internal.ToScalaUDF;
import org.apache.spark.sql.internal.UDFAdaptors;

/**
 * Writes Spark's UDF packets with Spark's own classes: the Scala adaptor Spark's client puts around
 * each kind of Java function, Spark's encoders of the values, Java-serialized. Found by the client
 * with the {@link java.util.ServiceLoader}; applications do not call it.
 */
public final class SparkUdfPackets implements UdfPackets {

  /** Made by the {@link java.util.ServiceLoader}. */
  public SparkUdfPackets() {}

  @Override
  public byte[] packet(Operation operation, Object function, List<Codec<?>> inputs, Codec<?> output) {
    Object scalaFunction = wrap(operation, function, inputs);
    List<AgnosticEncoder<?>> inputEncoders = new ArrayList<>();
    for (Codec<?> input : inputs) {
      inputEncoders.add(SparkEncoders.of(input));
    }
    AgnosticEncoder<?> outputEncoder = switch (operation) {
      case FILTER -> AgnosticEncoders.PrimitiveBooleanEncoder$.MODULE$;
      case FOREACH, FOREACH_PARTITION -> AgnosticEncoders.NullEncoder$.MODULE$;
      default -> SparkEncoders.of(output);
    };
    return serialize(new UdfPacket(scalaFunction, SparkEncoders.seq(inputEncoders), outputEncoder));
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Object wrap(Operation operation, Object function, List<Codec<?>> inputs) {
    try {
      return switch (operation) {
        case FILTER -> ToScalaUDF.apply((FilterFunction) function);
        case MAP -> UDFAdaptors.mapToMapPartitions((MapFunction) function);
        case FLAT_MAP -> UDFAdaptors.flatMapToMapPartitions((FlatMapFunction) function);
        case MAP_PARTITIONS -> ToScalaUDF.apply((MapPartitionsFunction) function);
        case FOREACH -> UDFAdaptors.foreachPartitionToMapPartitions(
            UDFAdaptors.foreachToForeachPartition((ForeachFunction) function));
        case FOREACH_PARTITION -> UDFAdaptors.foreachPartitionToMapPartitions(
            ToScalaUDF.apply((ForeachPartitionFunction) function));
        case REDUCE -> ToScalaUDF.apply((ReduceFunction) function);
        case GROUP_KEY -> ToScalaUDF.apply((MapFunction) function);
        case MAP_GROUPS -> UDFAdaptors.mapGroupsToFlatMapGroups(ToScalaUDF.apply((MapGroupsFunction) function));
        case FLAT_MAP_GROUPS -> ToScalaUDF.apply((FlatMapGroupsFunction) function);
        case COGROUP -> ToScalaUDF.apply((CoGroupFunction) function);
      };
    } catch (ClassCastException e) {
      throw new IllegalArgumentException("A " + function.getClass().getName() + " is not the Spark function "
          + "interface " + operation + " takes", e);
    }
  }

  @Override
  public byte[] javaUdfPacket(Object function, dev.sparkconnect.client.types.DataType returnType) {
    Object scalaFunction = null;
    for (int arity = 0; arity <= 22 && scalaFunction == null; arity++) {
      try {
        Class<?> udf = Class.forName("org.apache.spark.sql.api.java.UDF" + arity);
        if (udf.isInstance(function)) {
          scalaFunction = ToScalaUDF.class.getMethod("apply", udf).invoke(null, function);
        }
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("Spark's ToScalaUDF cannot wrap a UDF" + arity + ": " + e, e);
      }
    }
    if (scalaFunction == null) {
      throw new IllegalArgumentException("A " + function.getClass().getName() + " is none of Spark's UDF0..UDF22");
    }
    AgnosticEncoder<?> output = org.apache.spark.sql.catalyst.encoders.RowEncoder$.MODULE$
        .encoderForDataType(SparkTypes.of(returnType), false);
    return serialize(new UdfPacket(scalaFunction, SparkEncoders.seq(List.of()), output));
  }

  @Override
  public AggregatorPacket aggregatorPacket(Object aggregator, Codec<?> input) {
    if (!(aggregator instanceof Aggregator<?, ?, ?> spark)) {
      throw new IllegalArgumentException("A " + aggregator.getClass().getName() + " is not a subclass of Spark's "
          + "org.apache.spark.sql.expressions.Aggregator");
    }
    AgnosticEncoder<?> output = AgnosticEncoders$.MODULE$.agnosticEncoderFor(spark.outputEncoder());
    byte[] payload = serialize(new UdfPacket(aggregator, SparkEncoders.seq(List.of(SparkEncoders.of(input))), output));
    return new AggregatorPacket(payload, dev.sparkconnect.client.types.DataType.fromDDL(
        output.dataType().simpleString()));
  }

  @Override
  public byte[] foreachBatchPacket(Object function, Codec<?> input) {
    if (!(function instanceof VoidFunction2<?, ?> batches)) {
      throw new IllegalArgumentException("A " + function.getClass().getName() + " is not Spark's VoidFunction2 "
          + "of a batch and its id, which foreachBatch takes");
    }
    return serialize(new ForeachWriterPacket(ForeachBatchFunctions.scalaFunction(batches), valuesEncoder(input)));
  }

  @Override
  public byte[] foreachWriterPacket(Object writer, Codec<?> input) {
    if (!(writer instanceof ForeachWriter<?>)) {
      throw new IllegalArgumentException("A " + writer.getClass().getName() + " is not a subclass of Spark's "
          + "org.apache.spark.sql.ForeachWriter, which foreach takes");
    }
    return serialize(new ForeachWriterPacket(writer, valuesEncoder(input)));
  }

  /** The encoder of a streaming Dataset's values: Spark's unbound row encoder for rows. */
  private static AgnosticEncoder<?> valuesEncoder(Codec<?> input) {
    if (input == null || input.javaType() == dev.sparkconnect.client.Row.class) {
      return AgnosticEncoders.UnboundRowEncoder$.MODULE$;
    }
    return SparkEncoders.of(input);
  }

  private static byte[] serialize(Object packet) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(packet);
    } catch (NotSerializableException e) {
      throw new IllegalArgumentException("The function captures a " + e.getMessage() + ", which cannot be "
          + "serialized to go to the server; capture only serializable values (not a session or a Dataset)", e);
    } catch (IOException e) {
      throw new IllegalArgumentException("Cannot serialize the function: " + e, e);
    }
    return bytes.toByteArray();
  }

  @Override
  public String sparkVersion() {
    try (InputStream in = AgnosticEncoder.class.getResourceAsStream(
        "/META-INF/maven/org.apache.spark/spark-sql-api_2.13/pom.properties")) {
      Properties properties = new Properties();
      if (in != null) {
        properties.load(in);
      }
      return properties.getProperty("version", "unknown");
    } catch (IOException e) {
      return "unknown";
    }
  }
}
