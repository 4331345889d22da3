package dev.sparkconnect.client.types;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * STRUCT, a row type: an ordered list of {@link StructField}s. It is also the type of a
 * DataFrame's schema. Java value of a struct column: {@code dev.sparkconnect.client.Row}.
 *
 * <pre>{@code
 * StructType schema = new StructType()
 *     .add("id", DataTypes.LongType, false)
 *     .add("name", DataTypes.StringType);
 * schema.fieldNames();        // [id, name]
 * schema.simpleString();      // struct<id:bigint,name:string>
 * }</pre>
 */
public final class StructType extends DataType implements Iterable<StructField> {

  private final List<StructField> fields;
  private final Map<String, Integer> indexByName;

  /** An empty struct; add fields with {@link #add(String, DataType)}. */
  public StructType() {
    this(List.of());
  }

  /** A struct of {@code fields}, in order. */
  public StructType(List<StructField> fields) {
    this.fields = List.copyOf(fields);
    Map<String, Integer> index = new HashMap<>();
    for (int i = this.fields.size() - 1; i >= 0; i--) {
      index.put(this.fields.get(i).name(), i);
    }
    this.indexByName = index;
  }

  /** A struct of {@code fields}, in order. */
  public StructType(StructField... fields) {
    this(List.of(fields));
  }

  /**
   * The schema a DDL column list describes, for example {@code "id BIGINT NOT NULL, tags ARRAY<STRING>"}:
   * the inverse of {@link #toDDL()}.
   *
   * @throws IllegalArgumentException naming the position where the text stops making sense
   */
  public static StructType fromDDL(String ddl) {
    return DdlParser.schema(ddl);
  }

  /** A new struct with a nullable field appended. */
  public StructType add(String name, DataType type) {
    return add(name, type, true);
  }

  /** A new struct with a field appended. */
  public StructType add(String name, DataType type, boolean nullable) {
    return add(new StructField(name, type, nullable));
  }

  /** A new struct with {@code field} appended. */
  public StructType add(StructField field) {
    List<StructField> more = new ArrayList<>(fields);
    more.add(field);
    return new StructType(more);
  }

  /** The fields, in order. */
  public List<StructField> fields() {
    return fields;
  }

  /** The field names, in order. */
  public String[] fieldNames() {
    return fields.stream().map(StructField::name).toArray(String[]::new);
  }

  /** The number of fields. */
  public int size() {
    return fields.size();
  }

  /** The field at {@code index}. */
  public StructField apply(int index) {
    return fields.get(index);
  }

  /**
   * The field called {@code name}, as Spark's {@code schema.apply("age")}.
   *
   * @throws IllegalArgumentException naming the fields there are
   */
  public StructField apply(String name) {
    return fields.get(fieldIndex(name));
  }

  /**
   * The position of the field called {@code name} (the first, if several share it).
   *
   * @throws IllegalArgumentException naming the fields there are
   */
  public int fieldIndex(String name) {
    Integer index = indexByName.get(name);
    if (index == null) {
      throw new IllegalArgumentException("No field '" + name + "' in " + simpleString()
          + "; fields are " + String.join(", ", fieldNames()));
    }
    return index;
  }

  /** Whether a field is called {@code name}. */
  public boolean hasField(String name) {
    return indexByName.containsKey(name);
  }

  @Override
  public Iterator<StructField> iterator() {
    return fields.iterator();
  }

  @Override
  public String typeName() {
    return "struct";
  }

  @Override
  public String json() {
    return fields.stream()
        .map(f -> "{\"name\":" + quote(f.name()) + ",\"type\":" + f.dataType().json() + ",\"nullable\":"
            + f.nullable() + ",\"metadata\":{}}")
        .collect(Collectors.joining(",", "{\"type\":\"struct\",\"fields\":[", "]}"));
  }

  @Override
  public String simpleString() {
    return fields.stream()
        .map(f -> f.name() + ":" + f.dataType().simpleString())
        .collect(Collectors.joining(",", "struct<", ">"));
  }

  @Override
  public String sql() {
    return fields.stream()
        .map(f -> StructField.quoteIfNeeded(f.name()) + ": " + f.dataType().sql() + (f.nullable() ? "" : " NOT NULL"))
        .collect(Collectors.joining(", ", "STRUCT<", ">"));
  }

  /** The schema as a DDL column list, for example {@code id BIGINT NOT NULL,name STRING}. */
  public String toDDL() {
    return fields.stream().map(StructField::toDDL).collect(Collectors.joining(","));
  }

  /** The tree that {@code printSchema()} prints, exactly as Spark prints it. */
  public String treeString() {
    return treeString(Integer.MAX_VALUE);
  }

  /**
   * The tree down to {@code level} levels of nesting: 1 shows the top-level fields only, as
   * Spark's {@code printSchema(1)}.
   */
  public String treeString(int level) {
    StringBuilder text = new StringBuilder("root\n");
    for (StructField field : fields) {
      appendTree(text, 0, level, field.name(), field.dataType(), "nullable = " + field.nullable());
    }
    return text.toString();
  }

  private static void appendTree(StringBuilder text, int depth, int level, String name, DataType type,
      String nullability) {
    if (depth >= level) {
      return;
    }
    text.append(" |").append("    |".repeat(depth)).append("-- ").append(name).append(": ").append(type.typeName());
    if (nullability != null) {
      text.append(" (").append(nullability).append(')');
    }
    text.append('\n');
    if (type instanceof StructType struct) {
      for (StructField field : struct.fields) {
        appendTree(text, depth + 1, level, field.name(), field.dataType(), "nullable = " + field.nullable());
      }
    } else if (type instanceof ArrayType array) {
      appendTree(text, depth + 1, level, "element", array.elementType(), "containsNull = " + array.containsNull());
    } else if (type instanceof MapType map) {
      appendTree(text, depth + 1, level, "key", map.keyType(), null);
      appendTree(text, depth + 1, level, "value", map.valueType(), "valueContainsNull = " + map.valueContainsNull());
    }
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof StructType s && fields.equals(s.fields);
  }

  @Override
  public int hashCode() {
    return fields.hashCode();
  }

  @Override
  public String toString() {
    return fields.stream().map(StructField::toString).collect(Collectors.joining(",", "StructType(", ")"));
  }
}
