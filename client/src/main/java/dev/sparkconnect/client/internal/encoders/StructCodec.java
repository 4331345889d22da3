package dev.sparkconnect.client.internal.encoders;

import dev.sparkconnect.client.Row;
import dev.sparkconnect.client.internal.Rows;
import dev.sparkconnect.client.types.DataType;
import dev.sparkconnect.client.types.StructField;
import dev.sparkconnect.client.types.StructType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A codec of a Java type made of named fields (a bean, a record, a tuple): a STRUCT on the Spark
 * side. Its fields bind to a row's columns by name (beans and records, as Spark binds them: an
 * exact match first, then one that differs only in case) or by position (tuples). The binding is
 * worked out once per schema, so reading a row is one array lookup per field.
 */
abstract class StructCodec<T> implements Codec<T> {

  private final Class<T> javaType;
  private final String[] names;
  private final Codec<Object>[] fields;
  private final StructType struct;
  private final boolean byName;
  /** The last schema bound and its positions, for nested values that share their column's schema. */
  private volatile Binding last;

  @SuppressWarnings("unchecked")
  StructCodec(Class<T> javaType, List<String> names, List<? extends Codec<?>> fields, boolean byName) {
    this.javaType = javaType;
    this.names = names.toArray(new String[0]);
    this.fields = fields.toArray(new Codec[0]);
    this.byName = byName;
    List<StructField> structFields = new ArrayList<>();
    for (int i = 0; i < this.names.length; i++) {
      structFields.add(new StructField(this.names[i], this.fields[i].dataType(), this.fields[i].nullable()));
    }
    this.struct = new StructType(structFields);
  }

  /** The value of field {@code index} of {@code value}. */
  abstract Object field(T value, int index);

  /** A new value of the fields' decoded {@code values}, in field order. */
  abstract T construct(Object[] values);

  /** What this codec is, for messages: "the bean Person", "Tuple2". */
  abstract String kind();

  @Override
  public final Class<T> javaType() {
    return javaType;
  }

  @Override
  public final DataType dataType() {
    return struct;
  }

  /** The fields' names, in order. */
  final List<String> names() {
    return List.of(names);
  }

  /** The fields' codecs, in order. */
  final List<Codec<?>> fieldCodecs() {
    return List.of(fields);
  }

  /** The Spark schema of the values: one column per field. */
  final StructType struct() {
    return struct;
  }

  @Override
  public boolean nullable() {
    return true;
  }

  @Override
  public final Object encode(T value) {
    if (value == null) {
      return null;
    }
    Object[] values = new Object[fields.length];
    for (int i = 0; i < values.length; i++) {
      try {
        values[i] = fields[i].encode(field(value, i));
      } catch (ClassCastException e) {
        throw new IllegalArgumentException("The field '" + names[i] + "' of " + kind() + " holds a value that is not "
            + fields[i].javaType().getSimpleName() + ": " + e.getMessage(), e);
      }
    }
    return Rows.withSchema(values, struct);
  }

  @Override
  public final T decode(Object value) {
    if (value == null) {
      return null;
    }
    if (!(value instanceof Row row)) {
      throw new IllegalStateException("Cannot read a " + value.getClass().getSimpleName() + " as " + kind()
          + ": the column is not a struct");
    }
    return read(row, positions(row.schema(), row.size()));
  }

  /** A reader of the rows of a result with {@code schema}, bound once. */
  final RowReader<T> readerFor(StructType schema) {
    int[] positions = positions(schema, schema.size());
    return row -> read(row, positions);
  }

  private T read(Row row, int[] positions) {
    Object[] values = new Object[fields.length];
    for (int i = 0; i < values.length; i++) {
      try {
        values[i] = fields[i].decode(row.get(positions[i]));
      } catch (IllegalStateException e) {
        throw new IllegalStateException("Field '" + names[i] + "' of " + kind() + ": " + e.getMessage(), e);
      }
    }
    return construct(values);
  }

  private int[] positions(StructType schema, int size) {
    Binding known = last;
    if (known != null && known.schema == schema && schema != null) {
      return known.positions;
    }
    int[] positions = schema == null || !byName ? byPosition(schema, size) : byName(schema);
    last = new Binding(schema, positions);
    return positions;
  }

  private int[] byPosition(StructType schema, int size) {
    if (size != fields.length) {
      throw new IllegalStateException("Cannot read " + (schema == null ? "a row of " + size + " values"
          : schema.simpleString()) + " as " + kind() + " of " + fields.length + " fields: the number of fields "
          + "differs; select exactly " + fields.length + " columns");
    }
    int[] positions = new int[size];
    Arrays.setAll(positions, i -> i);
    return positions;
  }

  private int[] byName(StructType schema) {
    String[] columns = schema.fieldNames();
    int[] positions = new int[names.length];
    for (int i = 0; i < names.length; i++) {
      positions[i] = find(columns, names[i]);
      if (positions[i] < 0) {
        throw new IllegalStateException("The field '" + names[i] + "' of " + kind() + " has no column: the columns "
            + "are " + Arrays.toString(columns) + "; rename one (withColumnRenamed) or select one as '" + names[i]
            + "'");
      }
    }
    return positions;
  }

  private static int find(String[] columns, String name) {
    for (int c = 0; c < columns.length; c++) {
      if (columns[c].equals(name)) {
        return c;
      }
    }
    int found = -1;
    for (int c = 0; c < columns.length; c++) {
      if (columns[c].equalsIgnoreCase(name)) {
        if (found >= 0) {
          return -1;
        }
        found = c;
      }
    }
    return found;
  }

  private record Binding(StructType schema, int[] positions) {}
}
