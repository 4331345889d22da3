package dev.sparkconnect.client.internal.encoders;

import dev.sparkconnect.client.types.DataType;
import dev.sparkconnect.client.types.MapType;
import java.util.LinkedHashMap;
import java.util.Map;

/** A Java {@code Map} as a MAP, keys and values each with their codec, in the map's order. */
final class MapCodec<T> implements Codec<T> {

  private final Class<T> javaType;
  private final Codec<Object> keys;
  private final Codec<Object> values;
  private final MapType dataType;

  @SuppressWarnings("unchecked")
  MapCodec(Class<T> javaType, Codec<?> keys, Codec<?> values) {
    this.javaType = javaType;
    this.keys = (Codec<Object>) keys;
    this.values = (Codec<Object>) values;
    this.dataType = new MapType(keys.dataType(), values.dataType(), values.nullable());
  }

  /** The keys' codec. */
  Codec<?> keys() {
    return keys;
  }

  /** The values' codec. */
  Codec<?> values() {
    return values;
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
    Map<Object, Object> out = new LinkedHashMap<>();
    for (Map.Entry<?, ?> entry : ((Map<?, ?>) value).entrySet()) {
      out.put(keys.encode(entry.getKey()), values.encode(entry.getValue()));
    }
    return out;
  }

  @Override
  @SuppressWarnings("unchecked")
  public T decode(Object value) {
    if (value == null) {
      return null;
    }
    if (!(value instanceof Map<?, ?> in)) {
      throw new IllegalStateException("Cannot read a " + value.getClass().getSimpleName() + " as "
          + javaType.getSimpleName() + ": the column is not a map");
    }
    Map<Object, Object> out = new LinkedHashMap<>();
    for (Map.Entry<?, ?> entry : in.entrySet()) {
      out.put(keys.decode(entry.getKey()), values.decode(entry.getValue()));
    }
    return (T) out;
  }
}
