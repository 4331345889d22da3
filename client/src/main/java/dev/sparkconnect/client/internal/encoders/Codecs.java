package dev.sparkconnect.client.internal.encoders;

import dev.sparkconnect.client.Row;
import dev.sparkconnect.client.internal.Rows;
import dev.sparkconnect.client.types.StructField;
import dev.sparkconnect.client.types.StructType;
import java.beans.BeanInfo;
import java.beans.IntrospectionException;
import java.beans.Introspector;
import java.beans.PropertyDescriptor;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Makes codecs: from a Java class as Spark's bean encoder infers it (scalars, enums as strings,
 * arrays, Lists, Sets and Maps with their type arguments, nested beans and records), from element
 * codecs for tuples, from a schema for rows; and binds a codec to a result's schema.
 */
public final class Codecs {

  private Codecs() {}

  /** The codec of a scalar class ({@code int}, {@code String}, {@code LocalDate}, ...). */
  public static <T> Codec<T> scalar(Class<T> type) {
    Codec<T> codec = ScalarCodec.of(type);
    if (codec == null) {
      throw new IllegalArgumentException(type.getName() + " is not a scalar type Spark has an encoder for");
    }
    return codec;
  }

  /**
   * The codec of a Java bean or record class: a struct of its properties (a bean's in name order, a
   * record's in declaration order).
   *
   * @throws IllegalArgumentException naming the first property whose type has no Spark type, or a
   *     class with no properties
   */
  @SuppressWarnings("unchecked")
  public static <T> Codec<T> bean(Class<T> type) {
    Codec<?> codec = of(type, type, type, new HashSet<>());
    if (!(codec instanceof StructCodec<?>)) {
      throw new IllegalArgumentException(type.getName() + " is not a bean or a record; use the Encoders method of "
          + "its type (Encoders.STRING(), Encoders.LONG(), ...)");
    }
    return (Codec<T>) codec;
  }

  /** Strings as CHAR(n) or VARCHAR(n) ({@code type}). */
  public static Codec<String> string(dev.sparkconnect.client.types.DataType type) {
    return ScalarCodec.string(type);
  }

  /** Objects of {@code type} as BINARY: Java serialization, read back by this client. */
  public static <T extends java.io.Serializable> Codec<T> javaSerialization(Class<T> type) {
    return new SerializedCodec<>(type);
  }

  /** The codec of tuples of {@code elements}' types. */
  public static <T> Codec<T> tuple(List<Codec<?>> elements) {
    return TupleCodec.of(elements);
  }

  /** The codec of rows of {@code schema}. */
  public static Codec<Row> row(StructType schema) {
    return new RowCodec(schema);
  }

  /**
   * The columns a Dataset of {@code codec}'s values has: a struct's fields, or one column
   * {@code value} for any other type, as Spark lays them out.
   */
  public static StructType schema(Codec<?> codec) {
    if (codec.dataType() instanceof StructType struct && flattens(codec)) {
      return struct;
    }
    return new StructType(List.of(new StructField("value", codec.dataType(), codec.nullable())));
  }

  /** Whether the codec's values are spread over the Dataset's columns (a struct) rather than one column. */
  public static boolean flattens(Codec<?> codec) {
    return codec instanceof StructCodec<?> || codec instanceof RowCodec;
  }

  /** The row holding {@code value}, laid out as {@link #schema(Codec)}. */
  public static <T> Row toRow(Codec<T> codec, T value) {
    if (flattens(codec)) {
      if (value == null) {
        throw new IllegalArgumentException("A null " + codec.javaType().getSimpleName() + " cannot be a row of a "
            + "Dataset; leave it out or wrap it in a nullable field");
      }
      return (Row) codec.encode(value);
    }
    return Rows.withSchema(new Object[] {codec.encode(value)}, schema(codec));
  }

  /** A reader of the rows of a result with {@code schema} into {@code codec}'s values, bound once. */
  public static <T> RowReader<T> readerFor(Codec<T> codec, StructType schema) {
    if (codec instanceof StructCodec<T> struct) {
      return struct.readerFor(schema);
    }
    if (codec instanceof RowCodec) {
      return row -> codec.decode(row);
    }
    if (schema.size() == 0) {
      throw new IllegalStateException("A result with no columns cannot be read as " + codec.javaType().getSimpleName());
    }
    return row -> codec.decode(row.get(0));
  }

  private static Codec<?> of(Class<?> raw, Type generic, Class<?> owner, Set<Class<?>> building) {
    Codec<?> scalar = ScalarCodec.of(raw);
    if (scalar != null) {
      return scalar;
    }
    if (raw.isArray()) {
      Type component = generic instanceof GenericArrayType array ? array.getGenericComponentType()
          : raw.getComponentType();
      return CollectionCodec.array(raw, of(raw.getComponentType(), component, owner, building));
    }
    if (Collection.class.isAssignableFrom(raw)) {
      Type element = typeArgument(generic, 0, raw, owner);
      return CollectionCodec.collection(raw, of(rawClass(element, owner), element, owner, building));
    }
    if (Map.class.isAssignableFrom(raw)) {
      Type key = typeArgument(generic, 0, raw, owner);
      Type value = typeArgument(generic, 1, raw, owner);
      return new MapCodec<>(raw, of(rawClass(key, owner), key, owner, building),
          of(rawClass(value, owner), value, owner, building));
    }
    if (raw == Row.class) {
      throw new IllegalArgumentException("A Row inside " + owner.getName() + " has no schema to encode it by; use a "
          + "bean or a record");
    }
    if (!building.add(raw)) {
      throw new IllegalArgumentException("The class " + raw.getName() + " refers to itself (through "
          + owner.getName() + "); Spark cannot encode circular types");
    }
    try {
      return raw.isRecord() ? record(raw, building) : javaBean(raw, owner, building);
    } finally {
      building.remove(raw);
    }
  }

  private static <T> Codec<T> record(Class<T> type, Set<Class<?>> building) {
    List<String> names = new ArrayList<>();
    List<Codec<?>> fields = new ArrayList<>();
    for (RecordComponent component : type.getRecordComponents()) {
      names.add(component.getName());
      fields.add(of(component.getType(), component.getGenericType(), type, building));
    }
    return new RecordCodec<>(type, names, fields);
  }

  private static <T> Codec<T> javaBean(Class<T> type, Class<?> owner, Set<Class<?>> building) {
    if (type.isPrimitive() || type.isInterface() || type.getName().startsWith("java.")) {
      throw unsupported(type, owner);
    }
    List<PropertyDescriptor> properties = new ArrayList<>();
    try {
      BeanInfo info = Introspector.getBeanInfo(type, Object.class);
      for (PropertyDescriptor property : info.getPropertyDescriptors()) {
        if (property.getReadMethod() != null) {
          properties.add(property);
        }
      }
    } catch (IntrospectionException e) {
      throw new IllegalArgumentException("Cannot read the properties of " + type.getName() + ": " + e.getMessage(), e);
    }
    if (properties.isEmpty()) {
      throw unsupported(type, owner);
    }
    properties.sort(Comparator.comparing(PropertyDescriptor::getName));
    List<String> names = new ArrayList<>();
    List<Codec<?>> fields = new ArrayList<>();
    List<Method> getters = new ArrayList<>();
    List<Method> setters = new ArrayList<>();
    for (PropertyDescriptor property : properties) {
      Method getter = property.getReadMethod();
      names.add(property.getName());
      fields.add(of(getter.getReturnType(), getter.getGenericReturnType(), type, building));
      getters.add(getter);
      setters.add(property.getWriteMethod());
    }
    return new BeanCodec<>(type, names, fields, getters, setters);
  }

  private static IllegalArgumentException unsupported(Class<?> type, Class<?> owner) {
    return new IllegalArgumentException("No Spark type for " + type.getName()
        + (owner == type ? "" : " in " + owner.getName()) + "; use numbers, boolean, String, BigDecimal, "
        + "BigInteger, java.time or java.sql dates and times, Duration, Period, byte[], enums, arrays, List, Set, "
        + "Map, records or beans with getters");
  }

  private static Type typeArgument(Type generic, int index, Class<?> raw, Class<?> owner) {
    if (generic instanceof ParameterizedType parameterized) {
      return parameterized.getActualTypeArguments()[index];
    }
    throw new IllegalArgumentException("The " + raw.getSimpleName() + " in " + owner.getName()
        + " has no type arguments; declare it as " + raw.getSimpleName() + "<...>");
  }

  private static Class<?> rawClass(Type type, Class<?> owner) {
    if (type instanceof Class<?> c) {
      return c;
    }
    if (type instanceof ParameterizedType p) {
      return (Class<?>) p.getRawType();
    }
    throw new IllegalArgumentException("Cannot map the type " + type + " in " + owner.getName()
        + " to a Spark type; use a concrete class (no wildcards or type variables)");
  }
}
