package dev.sparkconnect.arrow;

import java.util.List;
import java.util.Map;

/**
 * One field of an Arrow schema: a name, a type, nullability, children for nested types, and the
 * field's custom metadata (Spark keeps some type details there, for example for VARIANT).
 */
public record ArrowField(
    String name, boolean nullable, ArrowType type, List<ArrowField> children, Map<String, String> metadata) {

  /** A field; the children and metadata are copied, so the field cannot change later. */
  public ArrowField {
    children = List.copyOf(children);
    metadata = Map.copyOf(metadata);
  }

  /** A field without children or metadata. */
  public static ArrowField of(String name, boolean nullable, ArrowType type) {
    return new ArrowField(name, nullable, type, List.of(), Map.of());
  }

  /** The child at {@code index}, for nested types. */
  public ArrowField child(int index) {
    return children.get(index);
  }
}
