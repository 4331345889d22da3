package dev.sparkconnect.client.internal.results;

import dev.sparkconnect.client.Row;
import dev.sparkconnect.client.internal.transport.ResponseStream;
import java.util.List;

/** Reads a whole execution into a {@link QueryResult}, through a {@link RowStream}. */
public final class ResultCollector {

  private ResultCollector() {}

  /**
   * Consumes {@code responses} to the end.
   *
   * @throws IllegalStateException if the stream ends without {@code result_complete}
   */
  public static QueryResult collect(ResponseStream responses) {
    try (RowStream rows = new RowStream(responses)) {
      List<Row> all = rows.drain();
      return new QueryResult(rows.schema(), all, rows.sqlCommandRelation(), rows.checkpointRelation(),
          rows.commandResults());
    }
  }
}
