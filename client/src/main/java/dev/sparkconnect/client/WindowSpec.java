package dev.sparkconnect.client;

import dev.sparkconnect.proto.Expression;
import java.util.ArrayList;
import java.util.List;

/**
 * A window: how rows are partitioned, ordered and framed for a window function. Made with
 * {@link Window}; immutable, each method returns a new spec.
 *
 * <pre>{@code
 * WindowSpec byDay = Window.partitionBy("day").orderBy(col("ts")).rowsBetween(Window.unboundedPreceding, Window.currentRow);
 * df.select(col("amount"), sum("amount").over(byDay).as("running_total"));
 * }</pre>
 */
public final class WindowSpec {

  private final List<Expression> partitionBy;
  private final List<Expression.SortOrder> orderBy;
  private final Expression.Window.WindowFrame frame;

  WindowSpec(List<Expression> partitionBy, List<Expression.SortOrder> orderBy, Expression.Window.WindowFrame frame) {
    this.partitionBy = List.copyOf(partitionBy);
    this.orderBy = List.copyOf(orderBy);
    this.frame = frame;
  }

  /** This window partitioned by the named columns instead. */
  public WindowSpec partitionBy(String column, String... columns) {
    return partitionBy(functions.names(column, columns));
  }

  /** This window partitioned by {@code columns} instead. */
  public WindowSpec partitionBy(Column... columns) {
    List<Expression> expressions = new ArrayList<>();
    for (Column column : columns) {
      expressions.add(column.expr());
    }
    return new WindowSpec(expressions, orderBy, frame);
  }

  /** This window ordered by the named columns (ascending) instead. */
  public WindowSpec orderBy(String column, String... columns) {
    return orderBy(functions.names(column, columns));
  }

  /** This window ordered by {@code columns} instead; plain columns sort ascending. */
  public WindowSpec orderBy(Column... columns) {
    List<Expression.SortOrder> orders = new ArrayList<>();
    for (Column column : columns) {
      orders.add(column.sortOrder());
    }
    return new WindowSpec(partitionBy, orders, frame);
  }

  /**
   * This window framed by row positions relative to the current row, from {@code start} to
   * {@code end} inclusive; use {@link Window#unboundedPreceding}, {@link Window#currentRow} and
   * {@link Window#unboundedFollowing} for the special bounds.
   */
  public WindowSpec rowsBetween(long start, long end) {
    return new WindowSpec(partitionBy, orderBy, frame(Expression.Window.WindowFrame.FrameType.FRAME_TYPE_ROW, start, end));
  }

  /** This window framed by the ordering value's range around the current row's. */
  public WindowSpec rangeBetween(long start, long end) {
    return new WindowSpec(partitionBy, orderBy,
        frame(Expression.Window.WindowFrame.FrameType.FRAME_TYPE_RANGE, start, end));
  }

  private static Expression.Window.WindowFrame frame(Expression.Window.WindowFrame.FrameType type, long start,
      long end) {
    return Expression.Window.WindowFrame.newBuilder()
        .setFrameType(type)
        .setLower(boundary(type, start))
        .setUpper(boundary(type, end))
        .build();
  }

  private static Expression.Window.WindowFrame.FrameBoundary boundary(
      Expression.Window.WindowFrame.FrameType type, long value) {
    Expression.Window.WindowFrame.FrameBoundary.Builder boundary = Expression.Window.WindowFrame.FrameBoundary.newBuilder();
    if (value == Window.currentRow) {
      return boundary.setCurrentRow(true).build();
    }
    if (value == Window.unboundedPreceding || value == Window.unboundedFollowing) {
      return boundary.setUnbounded(true).build();
    }
    Object literal = type == Expression.Window.WindowFrame.FrameType.FRAME_TYPE_ROW
        ? (Object) Math.toIntExact(value) : (Object) value;
    return boundary.setValue(functions.lit(literal).expr()).build();
  }

  /** {@code function} over this window. */
  Column apply(Column function) {
    Expression.Window.Builder window = Expression.Window.newBuilder()
        .setWindowFunction(function.expr())
        .addAllPartitionSpec(partitionBy)
        .addAllOrderSpec(orderBy);
    if (frame != null) {
      window.setFrameSpec(frame);
    }
    return Column.derived(Expression.newBuilder().setWindow(window).build(), function);
  }
}
