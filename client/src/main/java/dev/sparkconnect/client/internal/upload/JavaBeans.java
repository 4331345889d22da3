package dev.sparkconnect.client.internal.upload;

import dev.sparkconnect.client.Row;
import dev.sparkconnect.client.internal.JavaValueTypes;
import dev.sparkconnect.client.internal.Rows;
import dev.sparkconnect.client.types.ArrayType;
import dev.sparkconnect.client.types.DataType;
import dev.sparkconnect.client.types.DataTypes;
import dev.sparkconnect.client.types.MapType;
import dev.sparkconnect.client.types.StructField;
import dev.sparkconnect.client.types.StructType;
import java.beans.BeanInfo;
import java.beans.IntrospectionException;
import java.beans.Introspector;
import java.beans.PropertyDescriptor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The schema and rows of Java records and beans, as Apache Spark's bean encoder infers them: a
 * record's components in declaration order, a bean's readable properties in name order; primitives
 * are not nullable, objects are; BigDecimal is DECIMAL(38,18); nested records and beans are
 * structs, Lists arrays, Maps maps, enums strings.
 */
public final class JavaBeans {

  private JavaBeans() {}

  /** The schema of objects of {@code type}. */
  public static StructType schema(Class<?> type) {
    List<StructField> fields = new ArrayList<>();
    for (Property property : properties(type)) {
      fields.add(new StructField(property.name, dataType(property.type, property.genericType, type),
          !property.type.isPrimitive()));
    }
    return new StructType(fields);
  }

  /** {@code objects} as rows of {@link #schema(Class)}. */
  public static List<Row> rows(List<?> objects, Class<?> type) {
    StructType schema = schema(type);
    List<Property> properties = properties(type);
    List<Row> rows = new ArrayList<>(objects.size());
    for (Object object : objects) {
      rows.add(row(object, properties, schema));
    }
    return rows;
  }

  private static Row row(Object object, List<Property> properties, StructType schema) {
    Object[] values = new Object[properties.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = value(properties.get(i).read(object), schema.apply(i).dataType());
    }
    return Rows.withSchema(values, schema);
  }

  private static Object value(Object value, DataType type) {
    if (value == null) {
      return null;
    }
    if (value instanceof Enum<?> e) {
      return e.name();
    }
    if (value instanceof java.sql.Date date) {
      return date.toLocalDate();
    }
    if (value instanceof java.sql.Timestamp timestamp) {
      return timestamp.toInstant();
    }
    if (type instanceof StructType struct) {
      return row(value, properties(value.getClass()), struct);
    }
    if (type instanceof ArrayType array) {
      Collection<?> elements = value instanceof Object[] objects ? List.of(objects) : (Collection<?>) value;
      List<Object> converted = new ArrayList<>(elements.size());
      for (Object element : elements) {
        converted.add(value(element, array.elementType()));
      }
      return converted;
    }
    if (type instanceof MapType map) {
      Map<Object, Object> converted = new LinkedHashMap<>();
      for (Map.Entry<?, ?> entry : ((Map<?, ?>) value).entrySet()) {
        converted.put(value(entry.getKey(), map.keyType()), value(entry.getValue(), map.valueType()));
      }
      return converted;
    }
    return value;
  }

  private static DataType dataType(Class<?> raw, Type generic, Class<?> owner) {
    DataType scalar = JavaValueTypes.scalarType(raw);
    if (scalar != null) {
      return scalar;
    }
    if (raw.isEnum()) return DataTypes.StringType;
    if (raw.isArray()) {
      Class<?> component = raw.getComponentType();
      return new ArrayType(dataType(component, component, owner), !component.isPrimitive());
    }
    if (List.class.isAssignableFrom(raw) || Collection.class.isAssignableFrom(raw)) {
      Type element = typeArgument(generic, 0, raw, owner);
      return new ArrayType(dataType(rawClass(element), element, owner), true);
    }
    if (Map.class.isAssignableFrom(raw)) {
      Type key = typeArgument(generic, 0, raw, owner);
      Type value = typeArgument(generic, 1, raw, owner);
      return new MapType(dataType(rawClass(key), key, owner), dataType(rawClass(value), value, owner), true);
    }
    if (raw.isRecord() || !properties(raw).isEmpty()) {
      return schema(raw);
    }
    throw new IllegalArgumentException("No Spark type for " + raw.getName() + " in " + owner.getName()
        + "; use a supported type (numbers, String, BigDecimal, java.time values, byte[], List, Map, records, beans)");
  }

  private static Type typeArgument(Type generic, int index, Class<?> raw, Class<?> owner) {
    if (generic instanceof ParameterizedType parameterized) {
      return parameterized.getActualTypeArguments()[index];
    }
    throw new IllegalArgumentException("The " + raw.getSimpleName() + " in " + owner.getName()
        + " has no type arguments; declare it as " + raw.getSimpleName() + "<...>");
  }

  private static Class<?> rawClass(Type type) {
    if (type instanceof Class<?> c) {
      return c;
    }
    if (type instanceof ParameterizedType p) {
      return (Class<?>) p.getRawType();
    }
    throw new IllegalArgumentException("Cannot map the type " + type + " to a Spark type; use a concrete class");
  }

  private static List<Property> properties(Class<?> type) {
    List<Property> properties = new ArrayList<>();
    if (type.isRecord()) {
      for (RecordComponent component : type.getRecordComponents()) {
        properties.add(new Property(component.getName(), component.getType(), component.getGenericType(),
            component.getAccessor()));
      }
      return properties;
    }
    if (type.isPrimitive() || type.getName().startsWith("java.")) {
      return properties;
    }
    try {
      BeanInfo info = Introspector.getBeanInfo(type, Object.class);
      for (PropertyDescriptor descriptor : info.getPropertyDescriptors()) {
        Method getter = descriptor.getReadMethod();
        if (getter != null) {
          properties.add(new Property(descriptor.getName(), getter.getReturnType(), getter.getGenericReturnType(),
              getter));
        }
      }
    } catch (IntrospectionException e) {
      throw new IllegalArgumentException("Cannot read the properties of " + type.getName() + ": " + e.getMessage(), e);
    }
    properties.sort(Comparator.comparing(p -> p.name));
    return properties;
  }

  /** One readable property of a record or bean. */
  private static final class Property {
    final String name;
    final Class<?> type;
    final Type genericType;
    final Method getter;

    Property(String name, Class<?> type, Type genericType, Method getter) {
      this.name = name;
      this.type = type;
      this.genericType = genericType;
      this.getter = getter;
    }

    Object read(Object object) {
      try {
        getter.setAccessible(true);
        return getter.invoke(object);
      } catch (IllegalAccessException | InvocationTargetException | RuntimeException e) {
        throw new IllegalArgumentException("Cannot read '" + name + "' of " + object.getClass().getName() + ": " + e, e);
      }
    }
  }
}
