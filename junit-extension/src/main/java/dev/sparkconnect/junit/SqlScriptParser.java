package dev.sparkconnect.junit;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits SQL text into statements at each {@code ;} that is not inside a quoted string, a
 * back-quoted name or a comment, remembering the line each statement starts on. Comments before
 * a statement are not part of it; a statement made only of comments is no statement.
 */
final class SqlScriptParser {

  private SqlScriptParser() {}

  /** The statements of {@code text}, whose first line is line {@code firstLine}. */
  static List<SqlStatement> statements(String text, int firstLine) {
    List<SqlStatement> statements = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    int line = firstLine;
    int startLine = -1;
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '-' && i + 1 < text.length() && text.charAt(i + 1) == '-') {
        int end = text.indexOf('\n', i);
        end = end < 0 ? text.length() : end;
        if (startLine >= 0) {
          current.append(text, i, end);
        }
        i = end;
        continue;
      }
      if (c == '/' && i + 1 < text.length() && text.charAt(i + 1) == '*') {
        int end = text.indexOf("*/", i + 2);
        if (end < 0) {
          throw new IllegalArgumentException("line " + line + ": a /* comment is never closed");
        }
        String comment = text.substring(i, end + 2);
        if (startLine >= 0) {
          current.append(comment);
        }
        line += (int) comment.chars().filter(ch -> ch == '\n').count();
        i = end + 2;
        continue;
      }
      if (c == '\'' || c == '"' || c == '`') {
        if (startLine < 0) {
          startLine = line;
        }
        int end = closingQuote(text, i, c);
        if (end < 0) {
          throw new IllegalArgumentException("line " + line + ": a " + c + "quoted" + c + " text is never closed");
        }
        String quoted = text.substring(i, end + 1);
        current.append(quoted);
        line += (int) quoted.chars().filter(ch -> ch == '\n').count();
        i = end + 1;
        continue;
      }
      if (c == ';') {
        add(statements, current, startLine);
        current.setLength(0);
        startLine = -1;
        i++;
        continue;
      }
      if (c == '\n') {
        line++;
      } else if (!Character.isWhitespace(c) && startLine < 0) {
        startLine = line;
      }
      current.append(c);
      i++;
    }
    add(statements, current, startLine);
    return statements;
  }

  /** The index of the quote that closes the one at {@code start} (a doubled quote or a backslash escapes it). */
  private static int closingQuote(String text, int start, char quote) {
    for (int i = start + 1; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\' && quote != '`') {
        i++;
      } else if (c == quote) {
        if (i + 1 < text.length() && text.charAt(i + 1) == quote) {
          i++;
        } else {
          return i;
        }
      }
    }
    return -1;
  }

  private static void add(List<SqlStatement> statements, StringBuilder text, int startLine) {
    String sql = text.toString().strip();
    if (startLine >= 0 && !withoutComments(sql).isBlank()) {
      statements.add(new SqlStatement(sql, startLine));
    }
  }

  private static String withoutComments(String sql) {
    return sql.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("--[^\\n]*", "");
  }
}
