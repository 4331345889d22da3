package dev.sparkconnect.mock;

import dev.sparkconnect.arrow.ArrowSchema;
import dev.sparkconnect.client.types.StructType;
import dev.sparkconnect.protocol.arrow.SparkArrowTypes;

/**
 * The Arrow schema of a stubbed result, from Spark DDL such as
 * {@code "id BIGINT NOT NULL, name STRING, price DECIMAL(10,2), tags ARRAY<STRING>"}: the layout
 * Spark itself would send for those types.
 */
public final class StubSchema {

  private StubSchema() {}

  /** The schema of {@code ddl}; DDL that does not parse fails saying where and what Spark DDL looks like. */
  public static ArrowSchema of(String ddl) {
    StructType schema;
    try {
      schema = StructType.fromDDL(ddl);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("cannot read stub schema \"" + ddl + "\": " + e.getMessage()
          + "; write Spark DDL, for example \"id BIGINT NOT NULL, name STRING\"", e);
    }
    return SparkArrowTypes.arrowSchema(schema);
  }
}
