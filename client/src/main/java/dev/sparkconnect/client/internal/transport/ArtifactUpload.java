package dev.sparkconnect.client.internal.transport;

import com.google.protobuf.ByteString;
import dev.sparkconnect.proto.AddArtifactsRequest;
import dev.sparkconnect.proto.AddArtifactsResponse;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.StreamObserver;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.zip.CRC32;

/**
 * Sends one artifact to the server with {@code AddArtifacts}: in a single message when it is
 * small, otherwise as a chunked artifact of 32 KiB chunks, each with its CRC-32, as Apache Spark's
 * clients do. The server's answer must confirm every CRC.
 */
final class ArtifactUpload {

  static final int CHUNK_SIZE = 32 * 1024;

  private ArtifactUpload() {}

  static void send(SparkConnectClient client, String name, byte[] bytes) {
    CompletableFuture<AddArtifactsResponse> answer = new CompletableFuture<>();
    StreamObserver<AddArtifactsRequest> requests = client.asyncStub().addArtifacts(new StreamObserver<>() {
      @Override
      public void onNext(AddArtifactsResponse value) {
        answer.complete(value);
      }

      @Override
      public void onError(Throwable t) {
        answer.completeExceptionally(t);
      }

      @Override
      public void onCompleted() {
        answer.complete(null);
      }
    });
    try {
      if (bytes.length <= CHUNK_SIZE) {
        requests.onNext(client.artifactRequest().setBatch(AddArtifactsRequest.Batch.newBuilder()
            .addArtifacts(AddArtifactsRequest.SingleChunkArtifact.newBuilder()
                .setName(name)
                .setData(chunk(bytes, 0, bytes.length)))).build());
      } else {
        int chunks = (bytes.length + CHUNK_SIZE - 1) / CHUNK_SIZE;
        requests.onNext(client.artifactRequest().setBeginChunk(AddArtifactsRequest.BeginChunkedArtifact.newBuilder()
            .setName(name)
            .setTotalBytes(bytes.length)
            .setNumChunks(chunks)
            .setInitialChunk(chunk(bytes, 0, CHUNK_SIZE))).build());
        for (int offset = CHUNK_SIZE; offset < bytes.length; offset += CHUNK_SIZE) {
          requests.onNext(client.artifactRequest()
              .setChunk(chunk(bytes, offset, Math.min(CHUNK_SIZE, bytes.length - offset))).build());
        }
      }
      requests.onCompleted();
    } catch (RuntimeException e) {
      requests.onError(e);
      throw e;
    }
    AddArtifactsResponse response;
    try {
      response = answer.get(10, TimeUnit.MINUTES);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof StatusRuntimeException failure) {
        throw failure;
      }
      throw new IllegalStateException("Uploading artifact " + name + " failed: " + e.getCause(), e.getCause());
    } catch (TimeoutException e) {
      throw new IllegalStateException("Uploading artifact " + name + " did not finish in 10 minutes", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while uploading artifact " + name, e);
    }
    if (response == null || response.getArtifactsList().stream()
        .noneMatch(summary -> summary.getName().equals(name) && summary.getIsCrcSuccessful())) {
      throw new IllegalStateException("The server did not confirm artifact " + name + " arrived intact: " + response);
    }
  }

  private static AddArtifactsRequest.ArtifactChunk chunk(byte[] bytes, int offset, int length) {
    CRC32 crc = new CRC32();
    crc.update(bytes, offset, length);
    return AddArtifactsRequest.ArtifactChunk.newBuilder()
        .setData(ByteString.copyFrom(bytes, offset, length))
        .setCrc(crc.getValue())
        .build();
  }
}
