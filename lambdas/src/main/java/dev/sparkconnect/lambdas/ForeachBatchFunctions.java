package dev.sparkconnect.lambdas;

import java.util.Map;
import org.apache.spark.api.java.function.VoidFunction2;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.ForeachWriter;
import org.apache.spark.sql.streaming.DataStreamWriter;
import org.apache.spark.sql.streaming.OutputMode;
import org.apache.spark.sql.streaming.StreamingQuery;
import org.apache.spark.sql.streaming.Trigger;
import scala.Function2;
import scala.collection.immutable.Seq;
import scala.runtime.BoxedUnit;

/**
 * The Scala function Spark's own {@code DataStreamWriter.foreachBatch(VoidFunction2)} makes of a
 * Java batch function, made by calling that very method: its lambda lives in Spark's class, which
 * every server has, so nothing of this module has to be uploaded for the server to read it. This
 * writer only catches the function that method hands on; it writes nothing.
 */
final class ForeachBatchFunctions extends DataStreamWriter<Object> {

  private Function2<Dataset<Object>, Object, BoxedUnit> caught;

  private ForeachBatchFunctions() {}

  /** Spark's Scala adaptor of {@code function}. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  static Object scalaFunction(VoidFunction2<?, ?> function) {
    ForeachBatchFunctions writer = new ForeachBatchFunctions();
    writer.foreachBatch((VoidFunction2) function);
    if (writer.caught == null) {
      throw new IllegalStateException("Spark's DataStreamWriter.foreachBatch(VoidFunction2) of spark-sql-api "
          + "did not hand on a Scala function; this module supports Spark 4.0 and later");
    }
    return writer.caught;
  }

  @Override
  public DataStreamWriter<Object> foreachBatch(Function2<Dataset<Object>, Object, BoxedUnit> function) {
    caught = function;
    return this;
  }

  @Override
  public DataStreamWriter<Object> outputMode(OutputMode outputMode) {
    throw unused();
  }

  @Override
  public DataStreamWriter<Object> outputMode(String outputMode) {
    throw unused();
  }

  @Override
  public DataStreamWriter<Object> trigger(Trigger trigger) {
    throw unused();
  }

  @Override
  public DataStreamWriter<Object> queryName(String queryName) {
    throw unused();
  }

  @Override
  public DataStreamWriter<Object> name(String name) {
    throw unused();
  }

  @Override
  public DataStreamWriter<Object> format(String source) {
    throw unused();
  }

  @Override
  public DataStreamWriter<Object> partitionBy(Seq<String> columns) {
    throw unused();
  }

  @Override
  public DataStreamWriter<Object> clusterBy(Seq<String> columns) {
    throw unused();
  }

  @Override
  public DataStreamWriter<Object> foreach(ForeachWriter<Object> writer) {
    throw unused();
  }

  @Override
  public StreamingQuery start(String path) {
    throw unused();
  }

  @Override
  public StreamingQuery start() {
    throw unused();
  }

  @Override
  public StreamingQuery toTable(String tableName) {
    throw unused();
  }

  @Override
  public DataStreamWriter<Object> option(String key, String value) {
    throw unused();
  }

  @Override
  public DataStreamWriter<Object> options(scala.collection.Map<String, String> options) {
    throw unused();
  }

  @Override
  public DataStreamWriter<Object> options(Map<String, String> options) {
    throw unused();
  }

  private static UnsupportedOperationException unused() {
    return new UnsupportedOperationException("only catches the function of foreachBatch");
  }
}
