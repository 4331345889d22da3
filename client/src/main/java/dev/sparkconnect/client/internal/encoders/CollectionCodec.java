package dev.sparkconnect.client.internal.encoders;

import dev.sparkconnect.client.types.ArrayType;
import dev.sparkconnect.client.types.DataType;
import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** A Java array, {@code List} or {@code Set} as an ARRAY, element by element with the element's codec. */
final class CollectionCodec<T> implements Codec<T> {

  private enum Shape { ARRAY, LIST, SET }

  private final Class<T> javaType;
  private final Shape shape;
  private final Codec<Object> element;
  private final Class<?> componentType;
  private final ArrayType dataType;

  @SuppressWarnings("unchecked")
  private CollectionCodec(Class<T> javaType, Shape shape, Codec<?> element, Class<?> componentType) {
    this.javaType = javaType;
    this.shape = shape;
    this.element = (Codec<Object>) element;
    this.componentType = componentType;
    this.dataType = new ArrayType(element.dataType(), element.nullable());
  }

  /** An array of {@code type}'s component type, primitive or not. */
  static <T> CollectionCodec<T> array(Class<T> type, Codec<?> element) {
    return new CollectionCodec<>(type, Shape.ARRAY, element, type.getComponentType());
  }

  /** A {@code List}, or a {@code Set} (decoded in the array's order), of {@code element}'s type. */
  static <T> CollectionCodec<T> collection(Class<T> type, Codec<?> element) {
    return new CollectionCodec<>(type, Set.class.isAssignableFrom(type) ? Shape.SET : Shape.LIST, element, null);
  }

  /** The elements' codec. */
  Codec<?> element() {
    return element;
  }

  /** Whether this is a Java array (else a List or a Set). */
  boolean isArray() {
    return shape == Shape.ARRAY;
  }

  @Override
  public Class<T> javaType() {
    return javaType;
  }

  @Override
  public DataType dataType() {
    return dataType;
  }

  @Override
  public boolean nullable() {
    return true;
  }

  @Override
  public Object encode(T value) {
    if (value == null) {
      return null;
    }
    List<Object> out;
    if (shape == Shape.ARRAY) {
      int length = Array.getLength(value);
      out = new ArrayList<>(length);
      for (int i = 0; i < length; i++) {
        out.add(element.encode(Array.get(value, i)));
      }
    } else {
      Collection<?> in = (Collection<?>) value;
      out = new ArrayList<>(in.size());
      for (Object item : in) {
        out.add(element.encode(item));
      }
    }
    return out;
  }

  @Override
  @SuppressWarnings("unchecked")
  public T decode(Object value) {
    if (value == null) {
      return null;
    }
    if (!(value instanceof List<?> in)) {
      throw new IllegalStateException("Cannot read a " + value.getClass().getSimpleName() + " as "
          + javaType.getSimpleName() + ": the column is not an array");
    }
    if (shape == Shape.ARRAY) {
      Object array = Array.newInstance(componentType, in.size());
      for (int i = 0; i < in.size(); i++) {
        Array.set(array, i, element.decode(in.get(i)));
      }
      return (T) array;
    }
    Collection<Object> out = shape == Shape.SET ? new LinkedHashSet<>() : new ArrayList<>(in.size());
    for (Object item : in) {
      out.add(element.decode(item));
    }
    return (T) out;
  }
}
