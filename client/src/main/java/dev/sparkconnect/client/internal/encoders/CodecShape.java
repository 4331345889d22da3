package dev.sparkconnect.client.internal.encoders;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What a codec is made of, for code that must describe the same Java type another way (Spark's own
 * encoders, in the optional module that writes Spark's UDF packets) and for finding the classes a
 * server needs to read the values.
 *
 * @param kind what the Java type is
 * @param codec the codec described
 * @param fields a bean's, record's or tuple's fields, in order; empty otherwise
 * @param children an array's or collection's element, or a map's key and value; empty otherwise
 */
public record CodecShape(Kind kind, Codec<?> codec, List<Field> fields, List<Codec<?>> children) {

  /** What a Java type is, as Spark's encoders tell them apart. */
  public enum Kind {
    /** A number, boolean, string, enum, decimal, date, time or byte array. */
    SCALAR,
    /** A Java bean: properties with getters and setters. */
    BEAN,
    /** A Java record: components and the canonical constructor. */
    RECORD,
    /** One of this client's tuples. */
    TUPLE,
    /** A {@code Row} of a given schema. */
    ROW,
    /** A Java array. */
    ARRAY,
    /** A {@code List} or a {@code Set}. */
    COLLECTION,
    /** A {@code Map}. */
    MAP,
    /** Any serializable object, as bytes. */
    SERIALIZED
  }

  /**
   * One field of a struct-like type.
   *
   * @param name the field's name (its column's)
   * @param codec the field's codec
   * @param getter a bean's getter name, or null
   * @param setter a bean's setter name, or null
   */
  public record Field(String name, Codec<?> codec, String getter, String setter) {}

  /** The shape of {@code codec}. */
  public static CodecShape of(Codec<?> codec) {
    if (codec instanceof StructCodec<?> struct) {
      List<Field> fields = new ArrayList<>();
      for (int i = 0; i < struct.names().size(); i++) {
        String getter = struct instanceof BeanCodec<?> bean ? bean.getterName(i) : null;
        String setter = struct instanceof BeanCodec<?> bean ? bean.setterName(i) : null;
        fields.add(new Field(struct.names().get(i), struct.fieldCodecs().get(i), getter, setter));
      }
      Kind kind = struct instanceof BeanCodec<?> ? Kind.BEAN : struct instanceof RecordCodec<?> ? Kind.RECORD : Kind.TUPLE;
      return new CodecShape(kind, codec, List.copyOf(fields), List.of());
    }
    if (codec instanceof CollectionCodec<?> collection) {
      return new CodecShape(collection.isArray() ? Kind.ARRAY : Kind.COLLECTION, codec, List.of(),
          List.of(collection.element()));
    }
    if (codec instanceof MapCodec<?> map) {
      return new CodecShape(Kind.MAP, codec, List.of(), List.of(map.keys(), map.values()));
    }
    if (codec instanceof RowCodec) {
      return new CodecShape(Kind.ROW, codec, List.of(), List.of());
    }
    if (codec instanceof SerializedCodec<?>) {
      return new CodecShape(Kind.SERIALIZED, codec, List.of(), List.of());
    }
    return new CodecShape(Kind.SCALAR, codec, List.of(), List.of());
  }

  /** The classes a reader of {@code codec}'s values must load: beans, records, tuples and enums, nested ones too. */
  public static Set<Class<?>> classesOf(Codec<?> codec) {
    Set<Class<?>> classes = new LinkedHashSet<>();
    collect(codec, classes);
    return classes;
  }

  private static void collect(Codec<?> codec, Set<Class<?>> classes) {
    CodecShape shape = of(codec);
    switch (shape.kind()) {
      case BEAN, RECORD, TUPLE, SERIALIZED -> classes.add(codec.javaType());
      case SCALAR -> {
        if (codec.javaType().isEnum()) {
          classes.add(codec.javaType());
        }
      }
      default -> { }
    }
    shape.fields().forEach(field -> collect(field.codec(), classes));
    shape.children().forEach(child -> collect(child, classes));
  }
}
