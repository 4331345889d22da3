package dev.sparkconnect.lambdas;

import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.expressions.Aggregator;

/** A user-defined aggregate function as Java Spark code writes one: the sum of its inputs. */
public final class TotalQuantity extends Aggregator<Integer, Long, Long> {

  @Override
  public Long zero() {
    return 0L;
  }

  @Override
  public Long reduce(Long buffer, Integer value) {
    return value == null ? buffer : buffer + value;
  }

  @Override
  public Long merge(Long left, Long right) {
    return left + right;
  }

  @Override
  public Long finish(Long buffer) {
    return buffer;
  }

  @Override
  public Encoder<Long> bufferEncoder() {
    return Encoders.LONG();
  }

  @Override
  public Encoder<Long> outputEncoder() {
    return Encoders.LONG();
  }
}
