package dev.sparkconnect.mock;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sparkconnect.client.SparkSession;
import dev.sparkconnect.proto.AddArtifactsRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What our client sends for artifacts, read from the mock's journal: a large file in 32 KiB CRC'd
 * chunks read as it goes, small ones batched, and nothing at all for bytes the session already sent
 * under the same name.
 */
class ArtifactUploadTest {

  @Test
  void aLargeJarGoesInChunksOnceAndAgainSendsNothing(@TempDir Path folder) throws Exception {
    byte[] bytes = new byte[5 * 1024 * 1024 + 123];
    new Random(3).nextBytes(bytes);
    Path jar = Files.write(folder.resolve("udfs.jar"), bytes);
    try (MockSparkConnectServer server = MockSparkConnectServer.builder().start();
         SparkSession spark = SparkSession.builder().remote(server.remote()).create()) {
      spark.addArtifact(jar);
      int messages = server.journal().count("AddArtifacts");
      spark.addArtifact(jar.toUri());

      assertThat(messages).isEqualTo((bytes.length + 32 * 1024 - 1) / (32 * 1024));
      assertThat(server.journal().count("AddArtifacts")).as("the same bytes again").isEqualTo(messages);
      AddArtifactsRequest begin = (AddArtifactsRequest) server.journal().entries("AddArtifacts").get(0).request();
      assertThat(begin.getBeginChunk().getName()).isEqualTo("jars/udfs.jar");
      assertThat(begin.getBeginChunk().getTotalBytes()).isEqualTo(bytes.length);

      Files.write(jar, new byte[] {1, 2, 3});
      spark.addArtifact(jar);
      assertThat(server.journal().count("AddArtifacts")).as("changed bytes are sent").isEqualTo(messages + 1);
    }
  }

  @Test
  void smallArtifactsTravelTogetherUnderTheirPackagePaths(@TempDir Path folder) throws Exception {
    try (MockSparkConnectServer server = MockSparkConnectServer.builder().start();
         SparkSession spark = SparkSession.builder().remote(server.remote()).create()) {
      spark.addClass(ArtifactUploadTest.class);
      spark.addArtifact(new byte[] {4, 5}, "lib/tiny.jar");
      spark.addFile(Files.writeString(folder.resolve("lookup.csv"), "a,1\n"));
      spark.addArchive(Files.write(folder.resolve("data.zip"), new byte[] {9}));

      List<String> names = server.journal().entries("AddArtifacts").stream()
          .flatMap(entry -> ((AddArtifactsRequest) entry.request()).getBatch().getArtifactsList().stream())
          .map(AddArtifactsRequest.SingleChunkArtifact::getName).toList();
      assertThat(names).containsExactly("classes/dev/sparkconnect/mock/ArtifactUploadTest.class", "jars/lib/tiny.jar",
          "files/lookup.csv", "archives/data.zip");
    }
  }
}
