package dev.sparkconnect.examples;

import dev.sparkconnect.client.SparkSession;
import dev.sparkconnect.localserver.LocalSparkConnectServer;
import dev.sparkconnect.mock.record.RecordingProxy;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Records the sample fixtures bundled in the fixtures module: {@link SampleQueries} run on a real
 * local Spark server through the recording proxy. Run it again after a Spark upgrade:
 *
 * <pre>
 * mvn -q -DskipTests -Precord-samples verify
 * </pre>
 */
public final class RecordSamples {

  private RecordSamples() {}

  /** Records the samples into {@code args[0]}, by default the fixtures module's samples folder. */
  public static void main(String[] args) throws IOException {
    Path folder = Path.of(args.length > 0 ? args[0] : "fixtures/src/main/resources/spark-connect/samples");
    if (Files.exists(folder)) {
      try (Stream<Path> old = Files.walk(folder)) {
        for (Path path : old.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(path);
        }
      }
    }
    try (LocalSparkConnectServer server = LocalSparkConnectServer.builder().start();
         RecordingProxy proxy = RecordingProxy.builder().target(server.remote()).recordTo(folder).start();
         SparkSession spark = SparkSession.builder().remote(proxy.remote()).create()) {
      spark.conf().set("spark.sql.session.timeZone", "UTC");
      SampleQueries.run(spark, new PrintStream(OutputStream.nullOutputStream()));
      if (!proxy.failures().isEmpty()) {
        throw new IllegalStateException("some interactions could not be recorded: " + proxy.failures());
      }
      System.out.println("Recorded " + proxy.recorded().size() + " fixtures from Spark " + server.sparkVersion()
          + " into " + folder);
    }
  }
}
