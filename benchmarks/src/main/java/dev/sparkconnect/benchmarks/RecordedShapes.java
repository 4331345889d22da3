package dev.sparkconnect.benchmarks;

import dev.sparkconnect.client.SparkSession;
import dev.sparkconnect.client.internal.results.RowStream;
import dev.sparkconnect.fixtures.Fixture;
import dev.sparkconnect.fixtures.FixtureStore;
import dev.sparkconnect.mock.record.RecordingProxy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The benchmarks' fixtures: each {@link Shape} at this run's row count, recorded from a real Spark
 * server through the recording proxy, one folder per shape and row count, kept between runs.
 */
public final class RecordedShapes {

  private RecordedShapes() {}

  /**
   * Records what is missing under {@code root} from the server at {@code realRemote}.
   *
   * @return {@code root}, holding a folder per shape
   */
  public static Path ensure(Path root, String realRemote) {
    for (Shape shape : Shape.values()) {
      Path folder = folderOf(root, shape);
      if (Files.isRegularFile(folder.resolve(".complete"))) {
        continue;
      }
      record(shape, folder, realRemote);
    }
    return root;
  }

  /** Where {@code shape} at this run's row count is recorded. */
  public static Path folderOf(Path root, Shape shape) {
    return root.resolve(shape.name().toLowerCase(java.util.Locale.ROOT) + "-" + shape.rows());
  }

  /** The recorded ExecutePlan fixture holding {@code shape}'s rows. */
  public static Fixture resultOf(Path root, Shape shape) {
    List<Fixture> results = FixtureStore.load(folderOf(root, shape)).all().stream()
        .filter(fixture -> fixture.rpc() == Fixture.Rpc.EXECUTE_PLAN && !fixture.arrowBatches().isEmpty())
        .toList();
    if (results.size() != 1) {
      throw new IllegalStateException("expected one recorded result for " + shape + " under " + folderOf(root, shape)
          + ", found " + results.size() + "; delete the folder to record it again");
    }
    return results.get(0);
  }

  private static void record(Shape shape, Path folder, String realRemote) {
    deleteRecursively(folder);
    try (RecordingProxy proxy = RecordingProxy.builder().target(realRemote).recordTo(folder).start();
         SparkSession spark = SparkSession.builder().remote(proxy.remote()).create();
         RowStream rows = spark.sql(shape.sql()).toLocalIterator()) {
      long count = 0;
      while (rows.hasNext()) {
        rows.next();
        count++;
      }
      if (count != shape.rows()) {
        throw new IllegalStateException(shape + " gave " + count + " rows, expected " + shape.rows());
      }
      if (!proxy.failures().isEmpty()) {
        throw new IllegalStateException("recording " + shape + " failed: " + proxy.failures());
      }
    }
    try {
      Files.writeString(folder.resolve(".complete"), shape.sql() + "\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void deleteRecursively(Path folder) {
    if (!Files.exists(folder)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(folder)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete " + folder, e);
    }
  }
}
