package dev.sparkconnect.client.internal.upload;

import com.google.protobuf.ByteString;
import dev.sparkconnect.arrow.ArrowStreamWriter;
import dev.sparkconnect.client.Row;
import dev.sparkconnect.client.types.ArrayType;
import dev.sparkconnect.client.types.CalendarInterval;
import dev.sparkconnect.client.types.DataType;
import dev.sparkconnect.client.types.MapType;
import dev.sparkconnect.client.types.StructType;
import dev.sparkconnect.client.types.VariantValue;
import dev.sparkconnect.proto.LocalRelation;
import dev.sparkconnect.protocol.arrow.SparkArrowTypes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns local rows into a {@code LocalRelation}: the rows as an Arrow IPC stream and the schema in
 * Spark's JSON form, as Apache Spark's client sends them. Values must have the Java types a
 * {@link Row} of the schema holds (see {@link dev.sparkconnect.client.types}); one that does not
 * fit its column is rejected with the row and field named.
 */
public final class LocalRelations {

  private LocalRelations() {}

  /** The relation holding {@code rows} of {@code schema}; rows may be empty. */
  public static LocalRelation of(List<Row> rows, StructType schema) {
    LocalRelation.Builder relation = LocalRelation.newBuilder().setSchema(schema.json());
    if (rows.isEmpty()) {
      return relation.build();
    }
    List<Object[]> values = new ArrayList<>(rows.size());
    for (int r = 0; r < rows.size(); r++) {
      Row row = rows.get(r);
      if (row.size() != schema.size()) {
        throw new IllegalArgumentException("Row " + r + " has " + row.size() + " values but the schema has "
            + schema.size() + " fields: " + schema.simpleString());
      }
      values.add((Object[]) toArrowValue(row, schema));
    }
    byte[] ipc;
    try {
      ipc = ArrowStreamWriter.write(SparkArrowTypes.arrowSchema(schema), values);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("The rows do not fit the schema " + schema.simpleString() + ": "
          + e.getMessage(), e);
    }
    return relation.setData(ByteString.copyFrom(ipc)).build();
  }

  /** A Row value as the Arrow writer takes it: structs as arrays, calendar intervals as numbers. */
  private static Object toArrowValue(Object value, DataType type) {
    if (value == null) {
      return null;
    }
    if (type instanceof StructType struct) {
      Row row = (Row) value;
      Object[] fields = new Object[struct.size()];
      for (int i = 0; i < fields.length; i++) {
        fields[i] = toArrowValue(row.get(i), struct.apply(i).dataType());
      }
      return fields;
    }
    if (type instanceof ArrayType array) {
      List<Object> elements = new ArrayList<>();
      for (Object element : (Iterable<?>) value) {
        elements.add(toArrowValue(element, array.elementType()));
      }
      return elements;
    }
    if (type instanceof MapType map) {
      Map<Object, Object> entries = new LinkedHashMap<>();
      for (Map.Entry<?, ?> entry : ((Map<?, ?>) value).entrySet()) {
        entries.put(toArrowValue(entry.getKey(), map.keyType()), toArrowValue(entry.getValue(), map.valueType()));
      }
      return entries;
    }
    if (value instanceof VariantValue variant) {
      return new Object[] {variant.value(), variant.metadata()};
    }
    if (value instanceof CalendarInterval interval) {
      return new long[] {interval.months(), interval.days(), Math.multiplyExact(interval.microseconds(), 1000L)};
    }
    return value;
  }
}
