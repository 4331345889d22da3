package dev.sparkconnect.client;

import dev.sparkconnect.client.internal.encoders.Codec;
import dev.sparkconnect.client.internal.encoders.Codecs;
import dev.sparkconnect.client.tuples.Tuple2;
import dev.sparkconnect.client.tuples.Tuple3;
import dev.sparkconnect.client.tuples.Tuple4;
import dev.sparkconnect.client.tuples.Tuple5;
import dev.sparkconnect.client.types.CharType;
import dev.sparkconnect.client.types.StructType;
import dev.sparkconnect.client.types.VarcharType;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The encoders of typed Datasets, as in Apache Spark: one per scalar type, {@link #bean(Class)}
 * for Java beans and records, {@link #tuple} for tuples and {@link #row(StructType)} for rows.
 *
 * <pre>{@code
 * public record Person(String name, int age) {}
 *
 * Dataset<Person> people = spark.sql("SELECT name, age FROM people").as(Encoders.bean(Person.class));
 * List<Person> adults = people.filter(col("age").geq(18)).collectAsList();
 * Dataset<String> names = spark.createDataset(List.of("a", "b"), Encoders.STRING());
 * }</pre>
 *
 * <p>A bean's or record's fields bind to columns by name (then ignoring case), so the columns may
 * come in any order and extra columns are ignored; tuples bind by position. Reading a value into
 * a narrower type than its column's (a BIGINT column into an {@code int}) or a null into a
 * primitive fails with an {@link IllegalStateException} naming the field.
 */
public final class Encoders {

  private Encoders() {}

  /** {@code boolean} as BOOLEAN. */
  public static Encoder<Boolean> BOOLEAN() {
    return scalar(Boolean.class);
  }

  /** {@code byte} as TINYINT. */
  public static Encoder<Byte> BYTE() {
    return scalar(Byte.class);
  }

  /** {@code short} as SMALLINT. */
  public static Encoder<Short> SHORT() {
    return scalar(Short.class);
  }

  /** {@code int} as INT. */
  public static Encoder<Integer> INT() {
    return scalar(Integer.class);
  }

  /** {@code long} as BIGINT. */
  public static Encoder<Long> LONG() {
    return scalar(Long.class);
  }

  /** {@code float} as FLOAT. */
  public static Encoder<Float> FLOAT() {
    return scalar(Float.class);
  }

  /** {@code double} as DOUBLE. */
  public static Encoder<Double> DOUBLE() {
    return scalar(Double.class);
  }

  /** {@code String} as STRING. */
  public static Encoder<String> STRING() {
    return scalar(String.class);
  }

  /** {@code BigDecimal} as DECIMAL(38, 18). */
  public static Encoder<BigDecimal> DECIMAL() {
    return scalar(BigDecimal.class);
  }

  /** {@code java.sql.Date} as DATE. */
  public static Encoder<java.sql.Date> DATE() {
    return scalar(java.sql.Date.class);
  }

  /** {@code LocalDate} as DATE. */
  public static Encoder<LocalDate> LOCALDATE() {
    return scalar(LocalDate.class);
  }

  /** {@code java.sql.Timestamp} as TIMESTAMP. */
  public static Encoder<java.sql.Timestamp> TIMESTAMP() {
    return scalar(java.sql.Timestamp.class);
  }

  /** {@code Instant} as TIMESTAMP. */
  public static Encoder<Instant> INSTANT() {
    return scalar(Instant.class);
  }

  /** {@code LocalDateTime} as TIMESTAMP_NTZ. */
  public static Encoder<LocalDateTime> LOCALDATETIME() {
    return scalar(LocalDateTime.class);
  }

  /** {@code Duration} as INTERVAL DAY TO SECOND. */
  public static Encoder<Duration> DURATION() {
    return scalar(Duration.class);
  }

  /** {@code Period} as INTERVAL YEAR TO MONTH. */
  public static Encoder<Period> PERIOD() {
    return scalar(Period.class);
  }

  /** {@code String} as CHAR({@code length}): padded to the length by the server where it stores them. */
  public static Encoder<String> CHAR(int length) {
    return new Encoder<>(Codecs.string(new CharType(length)));
  }

  /** {@code String} as VARCHAR({@code length}): the server refuses longer strings where it stores them. */
  public static Encoder<String> VARCHAR(int length) {
    return new Encoder<>(Codecs.string(new VarcharType(length)));
  }

  /**
   * {@code LocalTime} as TIME(6): Spark 4.1 and later, where the session sets
   * {@code spark.sql.timeType.enabled} (off by default in 4.1 and 4.2).
   */
  public static Encoder<LocalTime> LOCALTIME() {
    return scalar(LocalTime.class);
  }

  /**
   * Any {@link java.io.Serializable} class as one BINARY column {@code value} of its Java
   * serialization: for values with no Spark type, kept and read back by this client. The server
   * sees only bytes, so such a column cannot be filtered or sorted by its fields.
   */
  public static <T extends java.io.Serializable> Encoder<T> javaSerialization(Class<T> type) {
    return new Encoder<>(Codecs.javaSerialization(Objects.requireNonNull(type, "type")));
  }

  /** {@code byte[]} as BINARY. */
  public static Encoder<byte[]> BINARY() {
    return scalar(byte[].class);
  }

  /**
   * A Java bean (its readable properties, in name order, as Spark's bean encoder lays them out) or
   * a Java record (its components, in order). Properties may be scalars, enums (as strings),
   * arrays, {@code List}s, {@code Set}s, {@code Map}s, and other beans and records. Reading into a
   * bean needs a no-argument constructor (any visibility) and setters.
   *
   * @throws IllegalArgumentException naming the first property whose type has no Spark type
   */
  public static <T> Encoder<T> bean(Class<T> type) {
    return new Encoder<>(Codecs.bean(Objects.requireNonNull(type, "type")));
  }

  /** Rows of {@code schema}, as they are: what turns a typed Dataset back into rows. */
  public static Encoder<Row> row(StructType schema) {
    return new Encoder<>(Codecs.row(Objects.requireNonNull(schema, "schema")));
  }

  /** Pairs of {@code e1}'s and {@code e2}'s values, as columns {@code _1} and {@code _2}. */
  public static <T1, T2> Encoder<Tuple2<T1, T2>> tuple(Encoder<T1> e1, Encoder<T2> e2) {
    return tupleOf(e1, e2);
  }

  /** Triples, as columns {@code _1}..{@code _3}. */
  public static <T1, T2, T3> Encoder<Tuple3<T1, T2, T3>> tuple(Encoder<T1> e1, Encoder<T2> e2, Encoder<T3> e3) {
    return tupleOf(e1, e2, e3);
  }

  /** Tuples of four, as columns {@code _1}..{@code _4}. */
  public static <T1, T2, T3, T4> Encoder<Tuple4<T1, T2, T3, T4>> tuple(Encoder<T1> e1, Encoder<T2> e2,
      Encoder<T3> e3, Encoder<T4> e4) {
    return tupleOf(e1, e2, e3, e4);
  }

  /** Tuples of five, as columns {@code _1}..{@code _5}. */
  public static <T1, T2, T3, T4, T5> Encoder<Tuple5<T1, T2, T3, T4, T5>> tuple(Encoder<T1> e1, Encoder<T2> e2,
      Encoder<T3> e3, Encoder<T4> e4, Encoder<T5> e5) {
    return tupleOf(e1, e2, e3, e4, e5);
  }

  private static <T> Encoder<T> scalar(Class<T> type) {
    return new Encoder<>(Codecs.scalar(type));
  }

  private static <T> Encoder<T> tupleOf(Encoder<?>... encoders) {
    List<Codec<?>> codecs = new ArrayList<>();
    for (Encoder<?> encoder : encoders) {
      codecs.add(Objects.requireNonNull(encoder, "encoder").codec());
    }
    return new Encoder<>(Codecs.tuple(codecs));
  }
}
