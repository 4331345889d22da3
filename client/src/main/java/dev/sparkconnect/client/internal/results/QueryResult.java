package dev.sparkconnect.client.internal.results;

import dev.sparkconnect.client.Row;
import dev.sparkconnect.client.types.StructType;
import dev.sparkconnect.proto.Relation;
import java.util.List;

/**
 * Everything one ExecutePlan call answered: the result's schema and rows, and for a SQL command
 * the relation the server returned in its place.
 *
 * @param schema the schema of the rows; empty for a command without rows
 * @param rows the rows, in order
 * @param sqlCommandRelation the relation of a {@code SqlCommand}'s result, or null
 * @param checkpointRelation the relation of a {@code CheckpointCommand}'s result, or null
 * @param commandResults the responses carrying a streaming command's result, in order
 */
public record QueryResult(StructType schema, List<Row> rows, Relation sqlCommandRelation,
    dev.sparkconnect.proto.CachedRemoteRelation checkpointRelation,
    List<dev.sparkconnect.proto.ExecutePlanResponse> commandResults) {}
