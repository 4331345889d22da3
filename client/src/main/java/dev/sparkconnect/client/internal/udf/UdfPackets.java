package dev.sparkconnect.client.internal.udf;

import dev.sparkconnect.client.internal.encoders.Codec;
import java.util.List;

/**
 * Writes Spark's UDF packet: a Java function wrapped in the Scala function Spark's server calls for
 * {@code operation}, with Spark's encoders of its inputs and output, Java-serialized as the server
 * reads it. That needs Spark's own Scala classes, so this client has no implementation of its own:
 * the optional module {@code spark-connect-lambdas} provides one, found with the
 * {@link java.util.ServiceLoader}.
 */
public interface UdfPackets {

  /** What the server does with the function, which decides the Scala wrapper. */
  enum Operation {
    /** {@code FilterFunction}: a row's test, in a {@code Filter}. */
    FILTER,
    /** {@code MapFunction}: one value per value, in {@code MapPartitions}. */
    MAP,
    /** {@code FlatMapFunction}: any number of values per value, in {@code MapPartitions}. */
    FLAT_MAP,
    /** {@code MapPartitionsFunction}: a partition's values to values, in {@code MapPartitions}. */
    MAP_PARTITIONS,
    /** {@code ForeachFunction}: run per value, in {@code MapPartitions} of no output. */
    FOREACH,
    /** {@code ForeachPartitionFunction}: run per partition, in {@code MapPartitions} of no output. */
    FOREACH_PARTITION,
    /** {@code ReduceFunction}: two values to one, in a {@code reduce} aggregate. */
    REDUCE,
    /** {@code MapFunction}: a value's grouping key, in {@code groupByKey}. */
    GROUP_KEY,
    /** {@code MapGroupsFunction}: a key and its values to one value, in {@code GroupMap}. */
    MAP_GROUPS,
    /** {@code FlatMapGroupsFunction}: a key and its values to values, in {@code GroupMap}. */
    FLAT_MAP_GROUPS,
    /** {@code CoGroupFunction}: a key and both sides' values to values, in {@code CoGroupMap}. */
    COGROUP
  }

  /**
   * The packet's bytes.
   *
   * @param operation what the server does with the function
   * @param function the user's function, one of Spark's Java function interfaces
   * @param inputs the codecs of the function's inputs, in the order Spark passes them
   * @param output the codec of its result (ignored where Spark's is fixed: filters and foreach)
   * @throws IllegalArgumentException for a function or encoder Spark cannot take, saying why
   */
  byte[] packet(Operation operation, Object function, List<Codec<?>> inputs, Codec<?> output);

  /**
   * The packet of a Java UDF: one of Spark's {@code UDF0}..{@code UDF22} (a lambda or a class),
   * returning values of {@code returnType}, as Spark's client writes it for {@code functions.udf}.
   *
   * @throws IllegalArgumentException for anything else, or a type Spark cannot return
   */
  byte[] javaUdfPacket(Object function, dev.sparkconnect.client.types.DataType returnType);

  /**
   * The packet of a user-defined aggregate function: a subclass of Spark's
   * {@code org.apache.spark.sql.expressions.Aggregator}, taking values of {@code input}'s type.
   *
   * @throws IllegalArgumentException for anything else
   */
  AggregatorPacket aggregatorPacket(Object aggregator, Codec<?> input);

  /**
   * The packet of a streaming query's {@code foreachBatch} function: a Spark
   * {@code VoidFunction2<org.apache.spark.sql.Dataset<T>, Long>} in the Scala function Spark's own
   * {@code DataStreamWriter.foreachBatch} makes of it, with the encoder of the batches' values
   * ({@code input} null for rows).
   *
   * @throws IllegalArgumentException for anything else
   */
  byte[] foreachBatchPacket(Object function, Codec<?> input);

  /**
   * The packet of a streaming query's {@code foreach} writer: a subclass of Spark's
   * {@code org.apache.spark.sql.ForeachWriter}, with the encoder of the values it is given
   * ({@code input} null for rows).
   *
   * @throws IllegalArgumentException for anything else
   */
  byte[] foreachWriterPacket(Object writer, Codec<?> input);

  /** The Spark version whose classes write the packets, for messages. */
  String sparkVersion();
}
