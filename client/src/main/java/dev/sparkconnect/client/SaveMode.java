package dev.sparkconnect.client;

/**
 * What a {@link DataFrameWriter} does when its target already exists, as Apache Spark's
 * {@code SaveMode}: {@code df.write().mode(SaveMode.Append).parquet(path)}.
 */
public enum SaveMode {
  /** Adds the rows to the existing data. */
  Append,
  /** Replaces the existing data. */
  Overwrite,
  /** Fails; the default. */
  ErrorIfExists,
  /** Leaves the existing data alone and writes nothing. */
  Ignore
}
