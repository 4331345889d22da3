package dev.sparkconnect.arrow;

/** Facts about how each {@link ArrowType} lays its values out in memory. */
final class ArrowLayout {

  private ArrowLayout() {}

  /** Bytes per value in the values buffer of a fixed-width type; 0 where not fixed-width. */
  static int valueWidth(ArrowType type) {
    if (type instanceof ArrowType.Int t) {
      return t.bitWidth() / 8;
    } else if (type instanceof ArrowType.FloatingPoint t) {
      return t.bitWidth() / 8;
    } else if (type instanceof ArrowType.Decimal t) {
      return t.bitWidth() / 8;
    } else if (type instanceof ArrowType.Date t) {
      return t.unit() == ArrowType.TimeUnit.DAY ? 4 : 8;
    } else if (type instanceof ArrowType.Time t) {
      return t.bitWidth() / 8;
    } else if (type instanceof ArrowType.Timestamp || type instanceof ArrowType.Duration) {
      return 8;
    } else if (type instanceof ArrowType.Interval t) {
      switch (t.unit()) {
        case YEAR_MONTH: return 4;
        case DAY_TIME: return 8;
        default: return 16;
      }
    } else if (type instanceof ArrowType.FixedSizeBinary t) {
      return t.byteWidth();
    }
    return 0;
  }

  /** Whether the type keeps 64-bit offsets in its second buffer. */
  static boolean hasLargeOffsets(ArrowType type) {
    return (type instanceof ArrowType.Utf8 t && t.large())
        || (type instanceof ArrowType.Binary b && b.large())
        || (type instanceof ArrowType.List l && l.large());
  }

  /** Whether the type's second buffer holds offsets into a third buffer or a child. */
  static boolean hasOffsets(ArrowType type) {
    return type instanceof ArrowType.Utf8
        || type instanceof ArrowType.Binary
        || type instanceof ArrowType.List
        || type instanceof ArrowType.Map;
  }

  /** Whether the type's values buffer is a bitmap. */
  static boolean isBitPacked(ArrowType type) {
    return type instanceof ArrowType.Bool;
  }
}
