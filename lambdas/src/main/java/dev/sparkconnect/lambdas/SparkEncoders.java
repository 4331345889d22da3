package dev.sparkconnect.lambdas;

import dev.sparkconnect.client.internal.encoders.Codec;
import dev.sparkconnect.client.internal.encoders.CodecShape;
import dev.sparkconnect.client.types.CharType;
import dev.sparkconnect.client.types.DataType;
import dev.sparkconnect.client.types.DecimalType;
import dev.sparkconnect.client.types.VarcharType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.catalyst.encoders.AgnosticEncoder;
import org.apache.spark.sql.catalyst.encoders.AgnosticEncoders;
import org.apache.spark.sql.types.Metadata;
import scala.Option;
import scala.collection.immutable.Seq;
import scala.jdk.javaapi.CollectionConverters;
import scala.reflect.ClassTag;
import scala.reflect.ClassTag$;

/**
 * Spark's encoder of the Java type a client codec describes, field for field: the server builds its
 * serializer and deserializer from it, so a bean is a {@code JavaBeanEncoder} with its getters and
 * setters, a record (and a client tuple, a record too) a {@code ProductEncoder} read through its
 * canonical constructor and accessors, and a scalar the encoder of the same Java class.
 */
final class SparkEncoders {

  private SparkEncoders() {}

  /**
   * Spark's encoder of {@code codec}'s values.
   *
   * @throws IllegalArgumentException for rows and serialized values, which have no encoder a server
   *     function can take here
   */
  static AgnosticEncoder<?> of(Codec<?> codec) {
    CodecShape shape = CodecShape.of(codec);
    return switch (shape.kind()) {
      case SCALAR -> scalar(codec);
      case BEAN -> new AgnosticEncoders.JavaBeanEncoder<>(classTag(codec.javaType()), fields(shape, true));
      case RECORD, TUPLE -> new AgnosticEncoders.ProductEncoder<>(classTag(codec.javaType()), fields(shape, false),
          Option.empty());
      case ARRAY -> new AgnosticEncoders.ArrayEncoder<>(of(shape.children().get(0)),
          shape.children().get(0).nullable());
      case COLLECTION -> new AgnosticEncoders.IterableEncoder<>(classTag(codec.javaType()),
          of(shape.children().get(0)), shape.children().get(0).nullable(), false);
      case MAP -> new AgnosticEncoders.MapEncoder<>(classTag(codec.javaType()), of(shape.children().get(0)),
          of(shape.children().get(1)), shape.children().get(1).nullable());
      case ROW -> throw new IllegalArgumentException("A function on the server gets Spark's own Row class, not this "
          + "client's; read the rows as a bean, a record or a tuple first (df.as(Encoders.bean(...)))");
      case SERIALIZED -> throw new IllegalArgumentException("Values kept as Java-serialized bytes "
          + "(Encoders.javaSerialization) cannot be passed to a function on the server; use a bean or a record");
    };
  }

  private static Seq<AgnosticEncoders.EncoderField> fields(CodecShape shape, boolean bean) {
    List<AgnosticEncoders.EncoderField> fields = new ArrayList<>();
    for (CodecShape.Field field : shape.fields()) {
      fields.add(new AgnosticEncoders.EncoderField(field.name(), of(field.codec()), field.codec().nullable(),
          new Metadata(), bean ? Option.apply(field.getter()) : Option.empty(),
          bean ? Option.apply(field.setter()) : Option.empty()));
    }
    return seq(fields);
  }

  private static AgnosticEncoder<?> scalar(Codec<?> codec) {
    Class<?> type = codec.javaType();
    boolean primitive = !codec.nullable();
    DataType dataType = codec.dataType();
    if (type == Boolean.class) return primitive ? AgnosticEncoders.PrimitiveBooleanEncoder$.MODULE$
        : AgnosticEncoders.BoxedBooleanEncoder$.MODULE$;
    if (type == Byte.class) return primitive ? AgnosticEncoders.PrimitiveByteEncoder$.MODULE$
        : AgnosticEncoders.BoxedByteEncoder$.MODULE$;
    if (type == Short.class) return primitive ? AgnosticEncoders.PrimitiveShortEncoder$.MODULE$
        : AgnosticEncoders.BoxedShortEncoder$.MODULE$;
    if (type == Integer.class) return primitive ? AgnosticEncoders.PrimitiveIntEncoder$.MODULE$
        : AgnosticEncoders.BoxedIntEncoder$.MODULE$;
    if (type == Long.class) return primitive ? AgnosticEncoders.PrimitiveLongEncoder$.MODULE$
        : AgnosticEncoders.BoxedLongEncoder$.MODULE$;
    if (type == Float.class) return primitive ? AgnosticEncoders.PrimitiveFloatEncoder$.MODULE$
        : AgnosticEncoders.BoxedFloatEncoder$.MODULE$;
    if (type == Double.class) return primitive ? AgnosticEncoders.PrimitiveDoubleEncoder$.MODULE$
        : AgnosticEncoders.BoxedDoubleEncoder$.MODULE$;
    if (type == String.class) {
      if (dataType instanceof CharType c) return new AgnosticEncoders.CharEncoder(c.length());
      if (dataType instanceof VarcharType v) return new AgnosticEncoders.VarcharEncoder(v.length());
      return AgnosticEncoders.StringEncoder$.MODULE$;
    }
    if (type == BigDecimal.class) {
      DecimalType decimal = (DecimalType) dataType;
      return new AgnosticEncoders.JavaDecimalEncoder(
          new org.apache.spark.sql.types.DecimalType(decimal.precision(), decimal.scale()), false);
    }
    if (type == BigInteger.class) return AgnosticEncoders.JavaBigIntEncoder$.MODULE$;
    if (type == LocalDate.class) return new AgnosticEncoders.LocalDateEncoder(false);
    if (type == java.sql.Date.class) return new AgnosticEncoders.DateEncoder(false);
    if (type == Instant.class) return new AgnosticEncoders.InstantEncoder(false);
    if (type == java.sql.Timestamp.class) return new AgnosticEncoders.TimestampEncoder(false);
    if (type == LocalDateTime.class) return AgnosticEncoders.LocalDateTimeEncoder$.MODULE$;
    if (type == LocalTime.class) return AgnosticEncoders.LocalTimeEncoder$.MODULE$;
    if (type == Duration.class) return AgnosticEncoders.DayTimeIntervalEncoder$.MODULE$;
    if (type == Period.class) return AgnosticEncoders.YearMonthIntervalEncoder$.MODULE$;
    if (type == byte[].class) return AgnosticEncoders.BinaryEncoder$.MODULE$;
    if (type.isEnum()) return new AgnosticEncoders.JavaEnumEncoder<>(classTag(type));
    throw new IllegalArgumentException("No Spark encoder for " + type.getName());
  }

  static <T> Seq<T> seq(List<T> values) {
    return CollectionConverters.asScala(values).toSeq();
  }

  @SuppressWarnings("unchecked")
  private static <T> ClassTag<T> classTag(Class<?> type) {
    return (ClassTag<T>) ClassTag$.MODULE$.apply(type);
  }
}
