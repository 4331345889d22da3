package dev.sparkconnect.client;

import java.util.Objects;

/**
 * A column with the Java type its values are read as: {@code col("name").as(Encoders.STRING())}.
 * {@link Dataset#select(TypedColumn)} and its two- to five-column forms take these and give a
 * Dataset of that type, or of tuples of those types.
 *
 * @param <T> the type of the Dataset the column is selected from ({@code Object} for any)
 * @param <U> the type its values are read as
 */
public final class TypedColumn<T, U> {

  private final Column column;
  private final Encoder<U> encoder;

  TypedColumn(Column column, Encoder<U> encoder) {
    this.column = Objects.requireNonNull(column, "column");
    this.encoder = Objects.requireNonNull(encoder, "encoder");
  }

  /** The untyped column. */
  public Column column() {
    return column;
  }

  /** How the column's values become {@code U}s. */
  public Encoder<U> encoder() {
    return encoder;
  }

  /** This column under the name {@code alias}, of the same type. */
  public TypedColumn<T, U> name(String alias) {
    return new TypedColumn<>(column.name(alias), encoder);
  }

  /** The same as {@link #name(String)}. */
  public TypedColumn<T, U> as(String alias) {
    return name(alias);
  }

  @Override
  public String toString() {
    return column + " as " + encoder.clazz().getSimpleName();
  }
}
