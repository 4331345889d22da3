package dev.sparkconnect.junit;

import dev.sparkconnect.client.SparkSession;
import dev.sparkconnect.client.errors.SparkThrowable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One file of a {@link SqlGoldenFiles} folder: its statements, and the settings and set-up its
 * header asks for.
 *
 * <pre>
 * -- conf: spark.sql.ansi.enabled=true
 * -- setup: _orders.sql
 * -- setup: CREATE TEMPORARY VIEW cancelled AS SELECT * FROM orders WHERE status = 'cancelled'
 * SELECT status, count(*) FROM orders GROUP BY status ORDER BY status;
 * SELECT sum(amount) FROM cancelled;
 * </pre>
 *
 * <p>The header is the comment lines before the first statement: each {@code -- conf: KEY=VALUE}
 * sets a session setting, each {@code -- setup:} runs a statement, or every statement of another
 * file of the folder when it names one ending in {@code .sql}, before the file's own. Statements
 * end with {@code ;} (not inside quotes or comments).
 */
public final class SqlFile {

  private static final Logger LOG = LoggerFactory.getLogger(SqlFile.class);
  /** The condition of the mock's answer to a question it has no recording of. */
  private static final String NO_RECORDING = "MOCK_SERVER.NO_RECORDING";

  private final Path path;
  private final String name;
  private final Map<String, String> conf;
  private final List<SqlStatement> setup;
  private final List<SqlStatement> statements;

  private SqlFile(Path path, String name, Map<String, String> conf, List<SqlStatement> setup,
      List<SqlStatement> statements) {
    this.path = path;
    this.name = name;
    this.conf = conf;
    this.setup = setup;
    this.statements = statements;
  }

  /**
   * Reads the file at {@code path}; {@code name} is how it is shown (its path in the folder, such as
   * {@code reports/orders.sql}). A header or statement that cannot be read fails naming the file
   * and line.
   */
  static SqlFile read(Path folder, Path path) {
    return read(folder, path, new java.util.LinkedHashSet<>());
  }

  /** Reads {@code path}; {@code including} are the files whose set-up includes it, to refuse a cycle. */
  private static SqlFile read(Path folder, Path path, java.util.Set<Path> including) {
    String name = folder.relativize(path).toString().replace('\\', '/');
    Path normalized = path.toAbsolutePath().normalize();
    if (!including.add(normalized)) {
      throw new IllegalArgumentException(name + ": its set-up includes itself ("
          + including.stream().map(file -> file.getFileName().toString()).toList() + ")");
    }
    String text;
    try {
      text = Files.readString(path, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path, e);
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    Map<String, String> conf = new LinkedHashMap<>();
    List<SqlStatement> setup = new ArrayList<>();
    String[] lines = text.split("\n", -1);
    boolean inHeader = true;
    for (int index = 0; index < lines.length; index++) {
      String line = lines[index].strip();
      int number = index + 1;
      if (line.isEmpty()) {
        continue;
      }
      if (!line.startsWith("--")) {
        inHeader = false;
        continue;
      }
      if (!inHeader) {
        String comment = line.substring(2).strip();
        if (comment.startsWith("conf:") || comment.startsWith("setup:")) {
          throw new IllegalArgumentException(name + ":" + number + ": \"-- " + comment.substring(0, comment.indexOf(':'))
              + ":\" belongs in the header, before the first statement");
        }
        continue;
      }
      String comment = line.substring(2).strip();
      if (comment.startsWith("conf:")) {
        String setting = comment.substring("conf:".length()).strip();
        int equals = setting.indexOf('=');
        if (equals <= 0) {
          throw new IllegalArgumentException(name + ":" + number + ": \"-- conf:\" takes KEY=VALUE, not \"" + setting
              + "\"");
        }
        conf.put(setting.substring(0, equals).strip(), setting.substring(equals + 1).strip());
      } else if (comment.startsWith("setup:")) {
        String what = comment.substring("setup:".length()).strip();
        if (what.endsWith(".sql") && !what.contains(" ")) {
          Path included = path.getParent().resolve(what);
          if (!Files.isRegularFile(included)) {
            throw new IllegalArgumentException(name + ":" + number + ": the set-up file " + what + " is not beside it ("
                + included + ")");
          }
          SqlFile other = read(folder, included, including);
          if (!other.conf.isEmpty()) {
            throw new IllegalArgumentException(name + ":" + number + ": the set-up file " + what + " has \"-- conf:\""
                + " lines; put settings in the header of the file that runs");
          }
          setup.addAll(other.setup);
          setup.addAll(other.statements);
        } else {
          setup.addAll(SqlScriptParser.statements(what, number));
        }
      }
    }
    List<SqlStatement> statements;
    try {
      statements = SqlScriptParser.statements(text, 1);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(name + ": " + e.getMessage(), e);
    }
    including.remove(normalized);
    return new SqlFile(path, name, Collections.unmodifiableMap(conf), List.copyOf(setup), statements);
  }

  /** The file. */
  public Path path() {
    return path;
  }

  /** Its path in its folder, such as {@code reports/orders.sql}: how runs and failures name it. */
  public String name() {
    return name;
  }

  /** The session settings of its {@code -- conf:} header lines, in order. */
  public Map<String, String> conf() {
    return conf;
  }

  /** What its {@code -- setup:} header lines run first, in order. */
  public List<SqlStatement> setup() {
    return setup;
  }

  /** Its own statements, in order. */
  public List<SqlStatement> statements() {
    return statements;
  }

  /**
   * Runs the file on {@code spark}: its settings, its set-up, then each statement, collecting
   * every result. A statement's error is its answer, recorded, replayed and verified like rows (as
   * in Spark's own golden files); but a statement the mock has no recording of, or one that fails
   * in the client, fails the test naming the file and line.
   */
  public void runOn(SparkSession spark) {
    conf.forEach((key, value) -> spark.conf().set(key, value));
    List<SqlStatement> all = new ArrayList<>(setup);
    all.addAll(statements);
    for (SqlStatement statement : all) {
      run(spark, statement);
    }
  }

  private void run(SparkSession spark, SqlStatement statement) {
    try {
      int rows = spark.sql(statement.sql()).collectAsList().size();
      LOG.debug("{}:{}: {} rows", name, statement.line(), rows);
    } catch (RuntimeException e) {
      Optional<String> condition = e instanceof SparkThrowable spark1 ? Optional.ofNullable(spark1.getCondition())
          : Optional.empty();
      if (condition.isEmpty() || condition.get().equals(NO_RECORDING)) {
        throw new AssertionError(name + ":" + statement.line() + ": " + firstLine(statement.sql()) + "\n"
            + e.getMessage(), e);
      }
      LOG.info("{}:{} fails with {}, which is its answer", name, statement.line(), condition.get());
    }
  }

  private static String firstLine(String sql) {
    int newline = sql.indexOf('\n');
    return newline < 0 ? sql : sql.substring(0, newline) + " ...";
  }

  /** Where {@code sql} (a statement of this file or its set-up) starts, as {@code name:line}, if it is one. */
  Optional<String> whereIs(String sql) {
    String wanted = sql.strip();
    List<SqlStatement> all = new ArrayList<>(setup);
    all.addAll(statements);
    return all.stream().filter(statement -> statement.sql().equals(wanted)).findFirst()
        .map(statement -> name + ":" + statement.line());
  }

  @Override
  public String toString() {
    return name;
  }
}
