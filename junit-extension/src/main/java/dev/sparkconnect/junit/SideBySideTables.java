package dev.sparkconnect.junit;

import java.util.ArrayList;
import java.util.List;

/**
 * The actual and the expected rows printed side by side, as pyspark's assertDataFrameEqual does:
 * a row that differs is marked {@code !} in the margin and each differing cell is wrapped in
 * {@code >...<}, so the eye lands on what to fix.
 */
final class SideBySideTables {

  private SideBySideTables() {}

  static String render(List<String> columns, List<List<Object>> actual, List<List<Object>> expected,
      CellComparison cells) {
    int rows = Math.max(actual.size(), expected.size());
    List<String[]> left = new ArrayList<>();
    List<String[]> right = new ArrayList<>();
    List<Boolean> differs = new ArrayList<>();
    for (int row = 0; row < rows; row++) {
      List<Object> a = row < actual.size() ? actual.get(row) : null;
      List<Object> b = row < expected.size() ? expected.get(row) : null;
      String[] l = new String[columns.size()];
      String[] r = new String[columns.size()];
      boolean rowDiffers = a == null || b == null;
      for (int column = 0; column < columns.size(); column++) {
        Object x = a == null || column >= a.size() ? null : a.get(column);
        Object y = b == null || column >= b.size() ? null : b.get(column);
        boolean cellDiffers = a != null && b != null && !cells.same(x, y);
        rowDiffers |= cellDiffers;
        l[column] = a == null ? "" : mark(CellComparison.text(x), cellDiffers);
        r[column] = b == null ? "" : mark(CellComparison.text(y), cellDiffers);
      }
      left.add(l);
      right.add(r);
      differs.add(rowDiffers);
    }
    List<String> leftLines = table("actual (" + actual.size() + " rows)", columns, left);
    List<String> rightLines = table("expected (" + expected.size() + " rows)", columns, right);
    int width = leftLines.stream().mapToInt(String::length).max().orElse(0);
    StringBuilder text = new StringBuilder();
    for (int line = 0; line < Math.max(leftLines.size(), rightLines.size()); line++) {
      int row = line - 4;
      boolean marked = row >= 0 && row < differs.size() && differs.get(row);
      String l = line < leftLines.size() ? leftLines.get(line) : "";
      String r = line < rightLines.size() ? rightLines.get(line) : "";
      text.append(marked ? "! " : "  ").append(l).append(" ".repeat(width - l.length() + 3)).append(r).append('\n');
    }
    return text.toString();
  }

  private static String mark(String cell, boolean differs) {
    return differs ? ">" + cell + "<" : cell;
  }

  private static List<String> table(String title, List<String> columns, List<String[]> rows) {
    int[] widths = new int[columns.size()];
    for (int c = 0; c < columns.size(); c++) {
      widths[c] = columns.get(c).length();
      for (String[] row : rows) {
        widths[c] = Math.max(widths[c], row[c].length());
      }
    }
    StringBuilder rule = new StringBuilder("+");
    for (int width : widths) {
      rule.append("-".repeat(width + 2)).append('+');
    }
    List<String> lines = new ArrayList<>();
    lines.add(title);
    lines.add(rule.toString());
    lines.add(line(columns.toArray(String[]::new), widths));
    lines.add(rule.toString());
    for (String[] row : rows) {
      lines.add(line(row, widths));
    }
    lines.add(rule.toString());
    return lines;
  }

  private static String line(String[] cells, int[] widths) {
    StringBuilder line = new StringBuilder("|");
    for (int c = 0; c < cells.length; c++) {
      line.append(' ').append(cells[c]).append(" ".repeat(widths[c] - cells[c].length())).append(" |");
    }
    return line.toString();
  }
}
