package dev.sparkconnect.protocol.show;

import java.util.List;

/**
 * Rows as Spark's {@code Dataset.showString} lays them out: a table of right-aligned cells (the
 * column names whole) cut to {@code truncate} characters (left-aligned and whole when {@code truncate} is 0), or one block
 * per row when {@code vertical}, and "only showing top N rows" when there were more. Cells are
 * text already ({@link ShowText}); widths count East Asian wide characters twice, as Spark does.
 *
 * <pre>{@code
 * String table = ShowTable.render(List.of("id", "name"), rows, true, 20, 20, false, false);
 * }</pre>
 */
public final class ShowTable {

  private static final int MINIMUM_COLUMN_WIDTH = 3;

  private ShowTable() {}

  /**
   * The table of {@code rows} (at most {@code numRows} of them are shown), with {@code hasMore}
   * saying whether the result had rows beyond them. Spark before 4.0 ends its last line
   * ("only showing top ...", "(0 rows)") with a line break, Spark 4 does not:
   * {@code footerLineBreak} chooses.
   */
  public static String render(List<String> names, List<List<String>> rows, boolean hasMore, int numRows, int truncate,
      boolean vertical, boolean footerLineBreak) {
    // Spark cuts and escapes the cells, never the column names.
    List<String> header = List.copyOf(names);
    List<List<String>> cells = rows.stream().limit(Math.max(0, numRows))
        .map(row -> row.stream().map(cell -> cut(cell, truncate)).toList()).toList();
    StringBuilder text = new StringBuilder();
    if (vertical) {
      vertical(header, cells, text);
    } else {
      table(header, cells, truncate, text);
    }
    String footer = vertical && cells.isEmpty() ? "(0 rows)"
        : hasMore ? "only showing top " + numRows + (numRows == 1 ? " row" : " rows") : null;
    if (footer != null) {
      text.append(footer).append(footerLineBreak ? "\n" : "");
    }
    return text.toString();
  }

  private static void table(List<String> header, List<List<String>> cells, int truncate, StringBuilder text) {
    int[] widths = new int[header.size()];
    for (int column = 0; column < widths.length; column++) {
      widths[column] = Math.max(MINIMUM_COLUMN_WIDTH, width(header.get(column)));
      for (List<String> row : cells) {
        widths[column] = Math.max(widths[column], width(row.get(column)));
      }
    }
    StringBuilder rule = new StringBuilder("+");
    for (int width : widths) {
      rule.append("-".repeat(width)).append('+');
    }
    rule.append('\n');
    text.append(rule);
    line(header, widths, truncate, text);
    text.append(rule);
    for (List<String> row : cells) {
      line(row, widths, truncate, text);
    }
    text.append(rule);
  }

  private static void line(List<String> cells, int[] widths, int truncate, StringBuilder text) {
    text.append('|');
    for (int column = 0; column < cells.size(); column++) {
      String cell = cells.get(column);
      String padding = " ".repeat(Math.max(0, widths[column] - width(cell)));
      text.append(truncate > 0 ? padding + cell : cell + padding).append('|');
    }
    text.append('\n');
  }

  private static void vertical(List<String> names, List<List<String>> cells, StringBuilder text) {
    int nameWidth = MINIMUM_COLUMN_WIDTH;
    for (String name : names) {
      nameWidth = Math.max(nameWidth, width(name));
    }
    int dataWidth = MINIMUM_COLUMN_WIDTH;
    for (List<String> row : cells) {
      for (String cell : row) {
        dataWidth = Math.max(dataWidth, width(cell));
      }
    }
    for (int index = 0; index < cells.size(); index++) {
      String header = "-RECORD " + index;
      text.append(header).append("-".repeat(Math.max(0, nameWidth + dataWidth + 5 - header.length()))).append('\n');
      List<String> row = cells.get(index);
      for (int column = 0; column < row.size(); column++) {
        String name = names.get(column);
        String cell = row.get(column);
        text.append(' ').append(name).append(" ".repeat(Math.max(0, nameWidth - width(name)))).append(" | ")
            .append(cell).append(" ".repeat(Math.max(0, dataWidth - width(cell)))).append(" \n");
      }
    }
  }

  /**
   * A cell as Spark shows it: control characters escaped ({@code \n} as a backslash and an n),
   * then cut to {@code truncate} characters, the last three "..." from 4 on.
   */
  private static String cut(String raw, int truncate) {
    String cell = raw.replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t").replace("\f", "\\f")
        .replace("\b", "\\b").replace("\u000B", "\\v").replace("\u0007", "\\a");
    if (truncate <= 0 || cell.length() <= truncate) {
      return cell;
    }
    return truncate < 4 ? cell.substring(0, truncate) : cell.substring(0, truncate - 3) + "...";
  }

  /**
   * How many columns {@code text} takes in a terminal, counted as Spark counts them: one per UTF-16
   * unit, and one more for each full-width (East Asian) character.
   */
  static int width(String text) {
    int width = text.length();
    for (int i = 0; i < text.length(); i++) {
      if (isFullWidth(text.charAt(i))) {
        width++;
      }
    }
    return width;
  }

  private static boolean isFullWidth(char c) {
    return (c >= '\u1100' && c <= '\u115F') || (c >= '\u2E80' && c <= '\uA4CF') || (c >= '\uAC00' && c <= '\uD7A3')
        || (c >= '\uF900' && c <= '\uFAFF') || (c >= '\uFE10' && c <= '\uFE19') || (c >= '\uFE30' && c <= '\uFE6F')
        || (c >= '\uFF00' && c <= '\uFF60') || (c >= '\uFFE0' && c <= '\uFFE6');
  }
}
