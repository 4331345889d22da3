package dev.sparkconnect.client.internal.udf;

import dev.sparkconnect.client.types.DataType;

/**
 * The UDF packet of an aggregator, with the type of its result (which only the aggregator's own
 * output encoder knows).
 *
 * @param payload the packet's bytes
 * @param outputType the Spark type of the aggregator's result
 */
public record AggregatorPacket(byte[] payload, DataType outputType) {}
