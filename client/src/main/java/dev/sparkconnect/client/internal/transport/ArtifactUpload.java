package dev.sparkconnect.client.internal.transport;

import com.google.protobuf.ByteString;
import dev.sparkconnect.proto.AddArtifactsRequest;
import dev.sparkconnect.proto.AddArtifactsResponse;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.ClientCallStreamObserver;
import io.grpc.stub.ClientResponseObserver;
import io.grpc.stub.StreamObserver;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.zip.CRC32;

/**
 * Sends artifacts to the server in one {@code AddArtifacts} stream, as Apache Spark's clients do:
 * small ones together in batches of at most 32 KiB, each larger one as a chunked artifact of
 * 32 KiB chunks read from its source as they go, every chunk with its CRC-32. The server's answer
 * must confirm every artifact's CRC.
 */
final class ArtifactUpload {

  static final int CHUNK_SIZE = 32 * 1024;

  private ArtifactUpload() {}

  static void send(SparkConnectClient client, List<LocalArtifact> artifacts) {
    CompletableFuture<AddArtifactsResponse> answer = new CompletableFuture<>();
    Object ready = new Object();
    AtomicReference<ClientCallStreamObserver<AddArtifactsRequest>> call = new AtomicReference<>();
    client.asyncStub().addArtifacts(new ClientResponseObserver<AddArtifactsRequest, AddArtifactsResponse>() {
      @Override
      public void beforeStart(ClientCallStreamObserver<AddArtifactsRequest> requestStream) {
        call.set(requestStream);
        requestStream.setOnReadyHandler(() -> {
          synchronized (ready) {
            ready.notifyAll();
          }
        });
      }

      @Override
      public void onNext(AddArtifactsResponse value) {
        answer.complete(value);
      }

      @Override
      public void onError(Throwable t) {
        answer.completeExceptionally(t);
        synchronized (ready) {
          ready.notifyAll();
        }
      }

      @Override
      public void onCompleted() {
        answer.complete(null);
      }
    });
    // Each chunk waits until gRPC can take it: the file is read no faster than the network sends.
    StreamObserver<AddArtifactsRequest> requests = new FlowControlled(call.get(), ready, answer);
    String names = describe(artifacts);
    try {
      AddArtifactsRequest.Batch.Builder batch = AddArtifactsRequest.Batch.newBuilder();
      long batched = 0;
      for (LocalArtifact artifact : artifacts) {
        if (artifact.size() > CHUNK_SIZE) {
          sendChunked(client, artifact, requests);
          continue;
        }
        if (batched + artifact.size() > CHUNK_SIZE && batch.getArtifactsCount() > 0) {
          requests.onNext(client.artifactRequest().setBatch(batch).build());
          batch = AddArtifactsRequest.Batch.newBuilder();
          batched = 0;
        }
        byte[] bytes = readAll(artifact);
        batch.addArtifacts(AddArtifactsRequest.SingleChunkArtifact.newBuilder()
            .setName(artifact.name()).setData(chunk(bytes, bytes.length)));
        batched += bytes.length;
      }
      if (batch.getArtifactsCount() > 0) {
        requests.onNext(client.artifactRequest().setBatch(batch).build());
      }
      requests.onCompleted();
    } catch (AnsweredEarly early) {
      // The answer, an error, is read below.
    } catch (RuntimeException e) {
      requests.onError(e);
      throw e;
    }
    AddArtifactsResponse response;
    try {
      response = answer.get(30, TimeUnit.MINUTES);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof StatusRuntimeException failure) {
        throw failure;
      }
      throw new IllegalStateException("Uploading " + names + " failed: " + e.getCause(), e.getCause());
    } catch (TimeoutException e) {
      throw new IllegalStateException("Uploading " + names + " did not finish in 30 minutes", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while uploading " + names, e);
    }
    Set<String> confirmed = new TreeSet<>();
    if (response != null) {
      response.getArtifactsList().stream().filter(AddArtifactsResponse.ArtifactSummary::getIsCrcSuccessful)
          .forEach(summary -> confirmed.add(summary.getName()));
    }
    List<String> unconfirmed = new ArrayList<>();
    for (LocalArtifact artifact : artifacts) {
      if (!confirmed.contains(artifact.name())) {
        unconfirmed.add(artifact.name());
      }
    }
    if (!unconfirmed.isEmpty()) {
      throw new IllegalStateException("The server did not confirm that " + unconfirmed + " arrived intact (its CRC"
          + " check failed or it did not answer for them); add them again. Server answered: " + response);
    }
  }

  /**
   * The request stream, holding each message back until the transport is ready for it (or the
   * call is over), so that an upload keeps about one chunk in memory whatever the file's size.
   */
  private static final class FlowControlled implements StreamObserver<AddArtifactsRequest> {
    private final ClientCallStreamObserver<AddArtifactsRequest> call;
    private final Object ready;
    private final CompletableFuture<?> answer;

    FlowControlled(ClientCallStreamObserver<AddArtifactsRequest> call, Object ready, CompletableFuture<?> answer) {
      this.call = call;
      this.ready = ready;
      this.answer = answer;
    }

    @Override
    public void onNext(AddArtifactsRequest request) {
      synchronized (ready) {
        while (!call.isReady() && !answer.isDone()) {
          try {
            ready.wait(100);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while uploading artifacts", e);
          }
        }
      }
      if (answer.isDone()) {
        // The server already ended the call (an error): reading and sending more would be wasted.
        throw new AnsweredEarly();
      }
      call.onNext(request);
    }

    @Override
    public void onError(Throwable t) {
      call.onError(t);
    }

    @Override
    public void onCompleted() {
      call.onCompleted();
    }
  }

  /** The server answered before the upload was sent: its answer says why. */
  private static final class AnsweredEarly extends RuntimeException {
    private static final long serialVersionUID = 1L;

    AnsweredEarly() {
      super(null, null, false, false);
    }
  }

  private static void sendChunked(SparkConnectClient client, LocalArtifact artifact,
      StreamObserver<AddArtifactsRequest> requests) {
    long chunks = (artifact.size() + CHUNK_SIZE - 1) / CHUNK_SIZE;
    try (InputStream in = artifact.open()) {
      byte[] buffer = new byte[CHUNK_SIZE];
      long sent = 0;
      int n = in.readNBytes(buffer, 0, CHUNK_SIZE);
      requests.onNext(client.artifactRequest().setBeginChunk(AddArtifactsRequest.BeginChunkedArtifact.newBuilder()
          .setName(artifact.name())
          .setTotalBytes(artifact.size())
          .setNumChunks(chunks)
          .setInitialChunk(chunk(buffer, n))).build());
      sent += n;
      while (sent < artifact.size()) {
        n = in.readNBytes(buffer, 0, (int) Math.min(CHUNK_SIZE, artifact.size() - sent));
        if (n == 0) {
          throw new IllegalStateException("Artifact " + artifact + " ended after " + sent + " bytes: did the file"
              + " change while it was being added?");
        }
        requests.onNext(client.artifactRequest().setChunk(chunk(buffer, n)).build());
        sent += n;
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read artifact " + artifact, e);
    }
  }

  private static byte[] readAll(LocalArtifact artifact) {
    try (InputStream in = artifact.open()) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read artifact " + artifact, e);
    }
  }

  private static AddArtifactsRequest.ArtifactChunk chunk(byte[] bytes, int length) {
    CRC32 crc = new CRC32();
    crc.update(bytes, 0, length);
    return AddArtifactsRequest.ArtifactChunk.newBuilder()
        .setData(ByteString.copyFrom(bytes, 0, length))
        .setCrc(crc.getValue())
        .build();
  }

  private static String describe(List<LocalArtifact> artifacts) {
    return artifacts.size() == 1 ? "artifact " + artifacts.get(0).name() : artifacts.size() + " artifacts";
  }
}
