package dev.sparkconnect.benchmarks;

/**
 * The results the decoding benchmarks read: each a SQL query over {@code range(rows)}, so that the
 * real server computes it and the recording proxy keeps exactly what Spark sent.
 */
public enum Shape {

  /** Four plain columns: long, double, string, boolean. Measured at 2,000,000 rows. */
  SIMPLE(2_000_000, "long, double, string, boolean") {
    @Override
    public String sql(long rows) {
      return "SELECT id AS l, id * 0.5D AS d, concat('row-', CAST(id AS STRING)) AS s, id % 3 = 0 AS b"
          + " FROM range(" + rows + ")";
    }
  },

  /** The costly types: two decimals, a timestamp, an array of longs and a struct. Measured at 500,000 rows. */
  RICH(500_000, "decimal(22,8), decimal(38,6), timestamp, array<bigint>, struct<bigint,string,date>") {
    @Override
    public String sql(long rows) {
      return "SELECT CAST(id AS DECIMAL(20, 2)) / 7 AS amount,"
          + " CAST(id * 12345 AS DECIMAL(38, 6)) AS total,"
          + " timestamp_micros(1700000000000000 + id * 1000003) AS at,"
          + " array(id, id + 1, id + 2) AS ids,"
          + " named_struct('n', id, 'label', concat('item-', CAST(id AS STRING)),"
          + " 'day', date_add(DATE'2024-01-01', CAST(id % 1000 AS INT))) AS item"
          + " FROM range(" + rows + ")";
    }
  },

  /** A ten-row result: what the round-trip benchmarks ask for. */
  SMALL(10, "long, long") {
    @Override
    public String sql(long rows) {
      return "SELECT id, id * 2 AS twice FROM range(" + rows + ")";
    }
  };

  private final long defaultRows;
  private final String columns;

  Shape(long defaultRows, String columns) {
    this.defaultRows = defaultRows;
    this.columns = columns;
  }

  /** The query giving {@code rows} rows of this shape. */
  public abstract String sql(long rows);

  /** The row count the full benchmark run uses. */
  public long defaultRows() {
    return defaultRows;
  }

  /** The column types, for the results table. */
  public String columns() {
    return columns;
  }

  /** The row count this run uses: system property {@code benchmarks.rows.<shape>}, else the default. */
  public long rows() {
    return Long.getLong("benchmarks.rows." + name().toLowerCase(java.util.Locale.ROOT), defaultRows);
  }

  /** The query this run uses. */
  public String sql() {
    return sql(rows());
  }
}
