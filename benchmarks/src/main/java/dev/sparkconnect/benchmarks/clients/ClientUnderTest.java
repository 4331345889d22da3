package dev.sparkconnect.benchmarks.clients;

import org.openjdk.jmh.infra.Blackhole;

/**
 * One Spark Connect client as the benchmarks drive it: a session on a remote, one prepared query,
 * its rows read whole ({@code collectAsList}) or one at a time ({@code toLocalIterator}). Every
 * cell of every row is handed to the {@link Blackhole}, so a client that decodes lazily pays too.
 */
public interface ClientUnderTest extends AutoCloseable {

  /** Which client: ours, Apache's, or none (a bare gRPC stub that decodes nothing, for the transport's share). */
  enum Kind {
    /** This project's client. */
    OURS,
    /** Apache Spark's own Spark Connect client. */
    APACHE,
    /** A bare gRPC stub that receives the responses and decodes nothing. */
    BARE_GRPC;

    /** A session of this client on {@code remote}. */
    public ClientUnderTest connect(String remote) {
      return switch (this) {
        case OURS -> new OurClient(remote);
        case APACHE -> new ApacheClient(remote);
        case BARE_GRPC -> new BareGrpcClient(remote);
      };
    }
  }

  /** Prepares {@code sql} as a DataFrame; each read below executes it again. */
  void prepare(String sql);

  /** {@code collectAsList()} of the prepared query; returns the row count. */
  long collect(Blackhole blackhole);

  /** {@code toLocalIterator()} of the prepared query, read to the end; returns the row count. */
  long iterate(Blackhole blackhole);

  @Override
  void close();
}
