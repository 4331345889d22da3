package dev.sparkconnect.client.internal.encoders;

import dev.sparkconnect.client.Row;
import dev.sparkconnect.client.internal.Rows;
import dev.sparkconnect.client.types.DataType;
import dev.sparkconnect.client.types.StructType;

/** Rows of a given schema, as they are: {@code Encoders.row(schema)}. */
final class RowCodec implements Codec<Row> {

  private final StructType schema;

  RowCodec(StructType schema) {
    this.schema = schema;
  }

  @Override
  public Class<Row> javaType() {
    return Row.class;
  }

  @Override
  public DataType dataType() {
    return schema;
  }

  @Override
  public boolean nullable() {
    return true;
  }

  @Override
  public Object encode(Row value) {
    if (value == null) {
      return null;
    }
    Object[] values = new Object[value.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = value.get(i);
    }
    return Rows.withSchema(values, schema);
  }

  @Override
  public Row decode(Object value) {
    if (value == null || value instanceof Row) {
      return (Row) value;
    }
    throw new IllegalStateException("Cannot read a " + value.getClass().getSimpleName() + " as a Row: the column "
        + "is not a struct");
  }
}
