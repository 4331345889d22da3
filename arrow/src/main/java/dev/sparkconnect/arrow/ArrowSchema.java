package dev.sparkconnect.arrow;

import java.util.List;
import java.util.Map;

/** The schema at the head of an Arrow IPC stream: the top-level fields and their metadata. */
public record ArrowSchema(List<ArrowField> fields, Map<String, String> metadata) {

  /** A schema; the fields and metadata are copied, so the schema cannot change later. */
  public ArrowSchema {
    fields = List.copyOf(fields);
    metadata = Map.copyOf(metadata);
  }

  /** A schema without metadata. */
  public static ArrowSchema of(List<ArrowField> fields) {
    return new ArrowSchema(fields, Map.of());
  }
}
