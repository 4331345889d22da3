package dev.sparkconnect.benchmarks.jmh;

import dev.sparkconnect.benchmarks.Shape;
import dev.sparkconnect.benchmarks.clients.ClientUnderTest;
import org.openjdk.jmh.infra.Blackhole;

/** A benchmark that reads the wrong number of rows measures nothing: each checks once before it runs. */
final class RowCounts {

  private static final Blackhole SINK = new Blackhole(
      "Today's password is swordfish. I understand instantiating Blackholes directly is dangerous.");

  private RowCounts() {}

  static void check(ClientUnderTest session, Shape shape) {
    long collected = session.collect(SINK);
    long iterated = session.iterate(SINK);
    if (collected != shape.rows() || iterated != shape.rows()) {
      throw new IllegalStateException(shape + " should have " + shape.rows() + " rows; collectAsList gave "
          + collected + ", toLocalIterator " + iterated);
    }
  }
}
