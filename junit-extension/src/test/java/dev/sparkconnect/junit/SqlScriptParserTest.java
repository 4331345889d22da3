package dev.sparkconnect.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqlScriptParserTest {

  @Test
  void splitsAtSemicolonsOutsideQuotesAndCommentsAndKeepsTheStartLine() {
    List<SqlStatement> statements = SqlScriptParser.statements("""
        -- leading comment; not a statement
        SELECT 'a;b' AS x;

        /* a block; comment */
        SELECT "c;d", `e;f`
        FROM t; -- trailing
        SELECT 'it''s' AS y
        """, 1);

    assertThat(statements).containsExactly(
        new SqlStatement("SELECT 'a;b' AS x", 2),
        new SqlStatement("SELECT \"c;d\", `e;f`\nFROM t", 5),
        new SqlStatement("SELECT 'it''s' AS y", 7));
  }

  @Test
  void aFileOfCommentsHasNoStatement() {
    assertThat(SqlScriptParser.statements("-- nothing\n/* here; */\n;\n", 1)).isEmpty();
  }

  @Test
  void anUnclosedQuoteSaysWhere() {
    assertThatThrownBy(() -> SqlScriptParser.statements("SELECT 1;\nSELECT 'oops", 1))
        .hasMessageContaining("line 2").hasMessageContaining("never closed");
  }

  @TempDir
  Path folder;

  @Test
  void theHeaderSetsConfAndRunsSetupInlineOrFromAFile() throws IOException {
    Files.writeString(folder.resolve("_setup.sql"), "CREATE TEMPORARY VIEW v AS SELECT 1 AS one;\n");
    Path file = folder.resolve("query.sql");
    Files.writeString(file, """
        -- what this file checks
        -- conf: spark.sql.ansi.enabled = false
        -- setup: _setup.sql
        -- setup: SET x = 1
        SELECT * FROM v;
        """);

    SqlFile sql = SqlFile.read(folder, file);

    assertThat(sql.name()).isEqualTo("query.sql");
    assertThat(sql.conf()).containsExactly(java.util.Map.entry("spark.sql.ansi.enabled", "false"));
    assertThat(sql.setup()).extracting(SqlStatement::sql)
        .containsExactly("CREATE TEMPORARY VIEW v AS SELECT 1 AS one", "SET x = 1");
    assertThat(sql.statements()).containsExactly(new SqlStatement("SELECT * FROM v", 5));
    assertThat(sql.whereIs("SELECT * FROM v")).contains("query.sql:5");
  }

  @Test
  void aBadHeaderNamesTheFileAndLine() throws IOException {
    Path file = folder.resolve("bad.sql");
    Files.writeString(file, "-- conf: no-equals-sign\nSELECT 1;\n");
    assertThatThrownBy(() -> SqlFile.read(folder, file)).hasMessageContaining("bad.sql:1")
        .hasMessageContaining("KEY=VALUE");

    Files.writeString(file, "-- setup: missing.sql\nSELECT 1;\n");
    assertThatThrownBy(() -> SqlFile.read(folder, file)).hasMessageContaining("bad.sql:1")
        .hasMessageContaining("missing.sql");
  }

  @Test
  void aHeaderLineAfterTheFirstStatementOrAnIncludeCycleIsRefused() throws IOException {
    Path late = folder.resolve("late.sql");
    Files.writeString(late, "\uFEFF-- conf: a=b\nSELECT 1;\n-- setup: SET x = 1\nSELECT 2;\n");
    assertThatThrownBy(() -> SqlFile.read(folder, late)).hasMessageContaining("late.sql:3")
        .hasMessageContaining("belongs in the header");

    Files.writeString(folder.resolve("_a.sql"), "-- setup: _b.sql\nSELECT 1;\n");
    Files.writeString(folder.resolve("_b.sql"), "-- setup: _a.sql\nSELECT 2;\n");
    Path cycle = folder.resolve("cycle.sql");
    Files.writeString(cycle, "-- setup: _a.sql\nSELECT 3;\n");
    assertThatThrownBy(() -> SqlFile.read(folder, cycle)).hasMessageContaining("includes itself");
  }

  @Test
  void aByteOrderMarkDoesNotHideTheHeader() throws IOException {
    Path file = folder.resolve("bom.sql");
    Files.writeString(file, "\uFEFF-- conf: spark.sql.ansi.enabled=true\nSELECT 1;\n");
    assertThat(SqlFile.read(folder, file).conf()).containsEntry("spark.sql.ansi.enabled", "true");
  }
}
