package dev.sparkconnect.client;

import dev.sparkconnect.proto.Join;
import java.util.Locale;

/** Spark's join type names, as {@code DataFrame.join} accepts them. */
final class JoinTypes {

  private JoinTypes() {}

  static Join.JoinType parse(String name) {
    switch (name.toLowerCase(Locale.ROOT).replace("_", "")) {
      case "inner": return Join.JoinType.JOIN_TYPE_INNER;
      case "cross": return Join.JoinType.JOIN_TYPE_CROSS;
      case "outer": case "full": case "fullouter": return Join.JoinType.JOIN_TYPE_FULL_OUTER;
      case "left": case "leftouter": return Join.JoinType.JOIN_TYPE_LEFT_OUTER;
      case "right": case "rightouter": return Join.JoinType.JOIN_TYPE_RIGHT_OUTER;
      case "semi": case "leftsemi": return Join.JoinType.JOIN_TYPE_LEFT_SEMI;
      case "anti": case "leftanti": return Join.JoinType.JOIN_TYPE_LEFT_ANTI;
      default:
        throw new IllegalArgumentException("Unsupported join type '" + name + "'. Supported join types include: "
            + "'inner', 'outer', 'full', 'fullouter', 'full_outer', 'leftouter', 'left', 'left_outer', "
            + "'rightouter', 'right', 'right_outer', 'leftsemi', 'left_semi', 'semi', 'leftanti', 'left_anti', "
            + "'anti', 'cross'");
    }
  }
}
