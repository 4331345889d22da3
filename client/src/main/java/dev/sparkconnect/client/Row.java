package dev.sparkconnect.client;

import dev.sparkconnect.client.internal.RowJson;
import dev.sparkconnect.client.internal.RowValues;
import dev.sparkconnect.client.internal.Rows;
import dev.sparkconnect.client.internal.results.ColumnReader;
import dev.sparkconnect.client.types.StructType;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One row of a result: values by position, and by name when the row knows its schema (every row a
 * query returns does).
 *
 * <p>Values have exact Java types, fixed by the column's Spark type: {@code Long} for BIGINT,
 * {@code BigDecimal} with the column's scale for DECIMAL, {@code LocalDate} for DATE,
 * {@code Instant} for TIMESTAMP, {@code List} for ARRAY, {@code Map} for MAP, {@code Row} for
 * STRUCT (see {@link dev.sparkconnect.client.types}). Primitive getters throw on a null value; use
 * {@link #isNullAt(int)} or {@link #get(int)} where nulls are expected.
 *
 * <pre>{@code
 * Row row = df.first();
 * long id = row.getLong(0);
 * String name = row.getAs("name");
 * }</pre>
 *
 * <p>Rows are immutable and compare by their values (arrays of bytes by content); the schema is
 * not part of equality, as in Apache Spark.
 *
 * <p>A row of a query result reads its values from the result's Arrow batch when they are asked
 * for, so holding many rows costs little more than the batches themselves, and a value never read
 * is never decoded. Such a row keeps its batch in memory while it is referenced; {@link #copy()}
 * gives one that holds only its own values.
 */
public final class Row {

  /** The values, or null for a row read from result columns on access. */
  private final Object[] values;
  private final ColumnReader[] columns;
  private final int index;
  private final StructType schema;

  static {
    Rows.install(new Rows.Maker() {
      @Override
      public Row withSchema(Object[] values, StructType schema) {
        if (schema != null && schema.size() != values.length) {
          throw new IllegalArgumentException("A row of " + values.length + " values for a schema of " + schema.size()
              + " fields: " + schema.simpleString());
        }
        return new Row(values, schema);
      }

      @Override
      public Row fromColumns(ColumnReader[] columns, int index, StructType schema) {
        if (schema != null && schema.size() != columns.length) {
          throw new IllegalArgumentException("A row of " + columns.length + " columns for a schema of " + schema.size()
              + " fields: " + schema.simpleString());
        }
        return new Row(columns, index, schema);
      }
    });
  }

  private Row(Object[] values, StructType schema) {
    this.values = values;
    this.columns = null;
    this.index = -1;
    this.schema = schema;
  }

  private Row(ColumnReader[] columns, int index, StructType schema) {
    this.values = null;
    this.columns = columns;
    this.index = index;
    this.schema = schema;
  }

  /** A row of {@code values}, without a schema; as {@code RowFactory.create} in Apache Spark. */
  public static Row of(Object... values) {
    return new Row(values.clone(), null);
  }

  /** The row of no values. */
  public static Row empty() {
    return new Row(new Object[0], null);
  }

  /** A row of {@code values}, without a schema. */
  public static Row fromList(List<?> values) {
    return new Row(values.toArray(), null);
  }

  /** This row with its values read and held by itself: it no longer keeps a result batch in memory. */
  public Row copy() {
    return values != null ? this : new Row(valuesArray(), schema);
  }

  /** The schema, or null for a row made without one. */
  public StructType schema() {
    return schema;
  }

  /** The number of values. */
  public int size() {
    return values != null ? values.length : columns.length;
  }

  /** The number of values; the same as {@link #size()}. */
  public int length() {
    return values != null ? values.length : columns.length;
  }

  /** The value at {@code i}, which may be null. */
  public Object get(int i) {
    return value(i);
  }

  /** The value at {@code i}, which may be null; Scala's {@code row(i)}. */
  public Object apply(int i) {
    return value(i);
  }

  /** Whether the value at {@code i} is null. */
  public boolean isNullAt(int i) {
    return value(i) == null;
  }

  /** The value at {@code i}, cast to what the caller expects. */
  @SuppressWarnings("unchecked")
  public <T> T getAs(int i) {
    return (T) value(i);
  }

  /** The value of the field called {@code name}, cast to what the caller expects. */
  @SuppressWarnings("unchecked")
  public <T> T getAs(String name) {
    return (T) value(fieldIndex(name));
  }

  /**
   * The position of the field called {@code name}.
   *
   * @throws UnsupportedOperationException if the row has no schema
   * @throws IllegalArgumentException if no field has that name
   */
  public int fieldIndex(String name) {
    if (schema == null) {
      throw new UnsupportedOperationException("This row has no schema, so its fields have no names; use positions");
    }
    return schema.fieldIndex(name);
  }

  /** A BOOLEAN value. */
  public boolean getBoolean(int i) {
    return (Boolean) nonNull(i);
  }

  /** A TINYINT value. */
  public byte getByte(int i) {
    return (Byte) nonNull(i);
  }

  /** A SMALLINT value. */
  public short getShort(int i) {
    return (Short) nonNull(i);
  }

  /** An INT value. */
  public int getInt(int i) {
    return (Integer) nonNull(i);
  }

  /** A BIGINT value. */
  public long getLong(int i) {
    return (Long) nonNull(i);
  }

  /** A FLOAT value. */
  public float getFloat(int i) {
    return (Float) nonNull(i);
  }

  /** A DOUBLE value. */
  public double getDouble(int i) {
    return (Double) nonNull(i);
  }

  /** A STRING (or CHAR, VARCHAR) value, or null. */
  public String getString(int i) {
    return (String) value(i);
  }

  /** A DECIMAL value with the column's scale, or null. */
  public BigDecimal getDecimal(int i) {
    return (BigDecimal) value(i);
  }

  /** A BINARY value, or null. */
  public byte[] getBinary(int i) {
    return (byte[]) value(i);
  }

  /** A DATE value, or null. */
  public LocalDate getLocalDate(int i) {
    return (LocalDate) value(i);
  }

  /** A TIMESTAMP value, or null. */
  public Instant getInstant(int i) {
    return (Instant) value(i);
  }

  /** A TIMESTAMP_NTZ value, or null. */
  public LocalDateTime getLocalDateTime(int i) {
    return (LocalDateTime) value(i);
  }

  /** A DAY-TIME INTERVAL value, or null. */
  public Duration getDuration(int i) {
    return (Duration) value(i);
  }

  /** A YEAR-MONTH INTERVAL value, or null. */
  public Period getPeriod(int i) {
    return (Period) value(i);
  }

  /** An ARRAY value, or null, as a Java {@code List} (Spark's {@code getSeq} gives a Scala {@code Seq}; its {@code getList} this). */
  @SuppressWarnings("unchecked")
  public <T> List<T> getList(int i) {
    return (List<T>) value(i);
  }

  /** A MAP value, or null, as a Java {@code Map}; Spark's {@code getMap} gives a Scala {@code Map}, its {@code getJavaMap} this. */
  @SuppressWarnings("unchecked")
  public <K, V> Map<K, V> getMap(int i) {
    return (Map<K, V>) value(i);
  }

  /** A DATE value as a {@code java.sql.Date} (as Apache Spark's Row returns by default), or null. */
  public java.sql.Date getDate(int i) {
    Object value = value(i);
    return value == null || value instanceof java.sql.Date ? (java.sql.Date) value
        : java.sql.Date.valueOf((LocalDate) value);
  }

  /** A TIMESTAMP value as a {@code java.sql.Timestamp} (as Apache Spark's Row returns by default), or null. */
  public java.sql.Timestamp getTimestamp(int i) {
    Object value = value(i);
    return value == null || value instanceof java.sql.Timestamp ? (java.sql.Timestamp) value
        : java.sql.Timestamp.from((Instant) value);
  }

  /** A MAP value, or null; the same as {@link #getMap(int)}, under Apache Spark's Java name. */
  public <K, V> Map<K, V> getJavaMap(int i) {
    return getMap(i);
  }

  /** A STRUCT value, or null. */
  public Row getStruct(int i) {
    return (Row) value(i);
  }

  /** As {@link #getBoolean(int)}, for the field called {@code name}. */
  public boolean getBoolean(String name) {
    return getBoolean(fieldIndex(name));
  }

  /** As {@link #getByte(int)}, for the field called {@code name}. */
  public byte getByte(String name) {
    return getByte(fieldIndex(name));
  }

  /** As {@link #getShort(int)}, for the field called {@code name}. */
  public short getShort(String name) {
    return getShort(fieldIndex(name));
  }

  /** As {@link #getInt(int)}, for the field called {@code name}. */
  public int getInt(String name) {
    return getInt(fieldIndex(name));
  }

  /** As {@link #getLong(int)}, for the field called {@code name}. */
  public long getLong(String name) {
    return getLong(fieldIndex(name));
  }

  /** As {@link #getFloat(int)}, for the field called {@code name}. */
  public float getFloat(String name) {
    return getFloat(fieldIndex(name));
  }

  /** As {@link #getDouble(int)}, for the field called {@code name}. */
  public double getDouble(String name) {
    return getDouble(fieldIndex(name));
  }

  /** As {@link #getString(int)}, for the field called {@code name}. */
  public String getString(String name) {
    return getString(fieldIndex(name));
  }

  /** As {@link #getDecimal(int)}, for the field called {@code name}. */
  public BigDecimal getDecimal(String name) {
    return getDecimal(fieldIndex(name));
  }

  /** As {@link #getBinary(int)}, for the field called {@code name}. */
  public byte[] getBinary(String name) {
    return getBinary(fieldIndex(name));
  }

  /** As {@link #getLocalDate(int)}, for the field called {@code name}. */
  public LocalDate getLocalDate(String name) {
    return getLocalDate(fieldIndex(name));
  }

  /** As {@link #getInstant(int)}, for the field called {@code name}. */
  public Instant getInstant(String name) {
    return getInstant(fieldIndex(name));
  }

  /** As {@link #getLocalDateTime(int)}, for the field called {@code name}. */
  public LocalDateTime getLocalDateTime(String name) {
    return getLocalDateTime(fieldIndex(name));
  }

  /** As {@link #getDuration(int)}, for the field called {@code name}. */
  public Duration getDuration(String name) {
    return getDuration(fieldIndex(name));
  }

  /** As {@link #getPeriod(int)}, for the field called {@code name}. */
  public Period getPeriod(String name) {
    return getPeriod(fieldIndex(name));
  }

  /** As {@link #getStruct(int)}, for the field called {@code name}. */
  public Row getStruct(String name) {
    return getStruct(fieldIndex(name));
  }

  /** As {@link #getList(int)}, for the field called {@code name}. */
  public <T> List<T> getList(String name) {
    return getList(fieldIndex(name));
  }

  /** As {@link #getMap(int)}, for the field called {@code name}. */
  public <K, V> Map<K, V> getMap(String name) {
    return getMap(fieldIndex(name));
  }

  /** Whether the field called {@code name} is null. */
  public boolean isNullAt(String name) {
    return isNullAt(fieldIndex(name));
  }

  /** The values of the named fields, by name: Spark's {@code getValuesMap}. */
  @SuppressWarnings("unchecked")
  public <T> Map<String, T> getValuesMap(List<String> fieldNames) {
    Map<String, T> values = new java.util.LinkedHashMap<>();
    for (String name : fieldNames) {
      values.put(name, (T) value(fieldIndex(name)));
    }
    return values;
  }

  /** Whether any value is null. */
  public boolean anyNull() {
    for (int i = 0, n = size(); i < n; i++) {
      if (value(i) == null) {
        return true;
      }
    }
    return false;
  }

  /** The values one after another, without separator. */
  public String mkString() {
    return mkString("", "", "");
  }

  /** The values separated by {@code separator}. */
  public String mkString(String separator) {
    return mkString("", separator, "");
  }

  /** The values separated by {@code separator}, between {@code start} and {@code end}; {@code toString()} is {@code mkString("[", ",", "]")}. */
  public String mkString(String start, String separator, String end) {
    StringBuilder text = new StringBuilder(start);
    for (int i = 0, n = size(); i < n; i++) {
      if (i > 0) {
        text.append(separator);
      }
      Object value = value(i);
      text.append(value instanceof byte[] bytes ? Arrays.toString(bytes) : Objects.toString(value));
    }
    return text.append(end).toString();
  }

  /**
   * The row as compact JSON, as Apache Spark writes it: {@code {"id":1,"name":"a"}}. BINARY values
   * are Base64, DATE {@code yyyy-MM-dd}, TIMESTAMP {@code yyyy-MM-dd HH:mm:ss} in this JVM's time
   * zone; a MAP with string keys is an object, any other MAP a list of key and value objects.
   *
   * @throws UnsupportedOperationException if the row has no schema (one made with {@link #of(Object...)})
   * @throws IllegalArgumentException for a value with no JSON form in Spark (an interval, a VARIANT)
   */
  public String json() {
    return RowJson.of(this, false);
  }

  /** The row as indented JSON, as Apache Spark's {@code prettyJson()} prints it; see {@link #json()}. */
  public String prettyJson() {
    return RowJson.of(this, true);
  }

  /** The values as a new list; Spark's {@code toSeq()} gives them as a Scala {@code Seq}. */
  public List<Object> toList() {
    return Arrays.asList(valuesArray());
  }

  private Object value(int i) {
    return values != null ? values[i] : columns[i].read(index);
  }

  /** The values in a new array. */
  private Object[] valuesArray() {
    Object[] all = new Object[size()];
    for (int i = 0; i < all.length; i++) {
      all[i] = value(i);
    }
    return all;
  }

  private Object nonNull(int i) {
    Object value = value(i);
    if (value == null) {
      String name = schema == null ? "" : " ('" + schema.apply(i).name() + "')";
      throw new NullPointerException("The value at index " + i + name + " is null; check isNullAt(" + i + ") first");
    }
    return value;
  }

  /**
   * Equal to another row of as many values, each equal as Apache Spark compares them: arrays of
   * bytes by content, numbers by value whatever their boxed type ({@code 1} equals {@code 1L},
   * {@code 1.0} equals {@code 1.00} as decimals, {@code 0.0} equals {@code -0.0}, NaN equals NaN),
   * anything else by {@code equals}. The schema is not compared.
   */
  @Override
  public boolean equals(Object other) {
    if (!(other instanceof Row that) || that.size() != size()) {
      return false;
    }
    for (int i = 0, n = size(); i < n; i++) {
      if (!RowValues.same(value(i), that.value(i))) {
        return false;
      }
    }
    return true;
  }

  /** A hash consistent with {@link #equals(Object)}. */
  @Override
  public int hashCode() {
    int hash = 1;
    for (int i = 0, n = size(); i < n; i++) {
      hash = 31 * hash + RowValues.hash(value(i));
    }
    return hash;
  }

  /** The values in brackets, as Apache Spark prints a row: {@code [1,alice,null]}. */
  @Override
  public String toString() {
    return mkString("[", ",", "]");
  }
}
