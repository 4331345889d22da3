package dev.sparkconnect.client.streaming;

/**
 * Which rows of a streaming query's result reach its sink at each trigger, as Apache Spark's
 * {@code OutputMode}: only new rows ({@link #Append()}), the whole result ({@link #Complete()}), or
 * the rows that changed ({@link #Update()}).
 */
public final class OutputMode {

  private static final OutputMode APPEND = new OutputMode("append");
  private static final OutputMode COMPLETE = new OutputMode("complete");
  private static final OutputMode UPDATE = new OutputMode("update");

  private final String name;

  private OutputMode(String name) {
    this.name = name;
  }

  /** Only the rows added since the last trigger; the default, and the only mode without aggregation. */
  public static OutputMode Append() {
    return APPEND;
  }

  /** The whole result, every trigger; for aggregations. */
  public static OutputMode Complete() {
    return COMPLETE;
  }

  /** The rows of the result that changed since the last trigger. */
  public static OutputMode Update() {
    return UPDATE;
  }

  /** The mode by its name, as {@code DataStreamWriter.outputMode(String)} takes it: append, complete or update. */
  public static OutputMode of(String name) {
    return switch (name.toLowerCase(java.util.Locale.ROOT)) {
      case "append" -> APPEND;
      case "complete" -> COMPLETE;
      case "update" -> UPDATE;
      default -> throw new IllegalArgumentException("Unknown output mode '" + name + "'; use append, complete or update");
    };
  }

  /** The name the server reads: {@code append}, {@code complete} or {@code update}. */
  public String name() {
    return name;
  }

  @Override
  public String toString() {
    return name;
  }
}
