package dev.sparkconnect.mock;

import com.google.rpc.Status;
import dev.sparkconnect.protocol.rpc.SparkConnectRpc;
import dev.sparkconnect.proto.AddArtifactsRequest;
import dev.sparkconnect.proto.AddArtifactsResponse;
import dev.sparkconnect.proto.ArtifactStatusesRequest;
import dev.sparkconnect.proto.ArtifactStatusesResponse;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.StreamObserver;
import java.util.zip.CRC32;

/** AddArtifacts (whole and chunked, CRC-checked) and ArtifactStatus, kept per session. */
final class ArtifactRpcs {

  private final MockSparkConnectServer server;

  ArtifactRpcs(MockSparkConnectServer server) {
    this.server = server;
  }

  StreamObserver<AddArtifactsRequest> addArtifacts(StreamObserver<AddArtifactsResponse> out) {
    return new StreamObserver<>() {
      private MockSession session;
      private final AddArtifactsResponse.Builder response = AddArtifactsResponse.newBuilder();
      private String chunkedName;
      private ArtifactFiles.Upload chunked;
      private boolean chunkedCrcOk;
      private boolean failed;

      @Override
      public void onNext(AddArtifactsRequest request) {
        if (failed) {
          return;
        }
            try {
          session = server.sessions().of(request);
          switch (request.getPayloadCase()) {
            case BATCH -> request.getBatch().getArtifactsList().forEach(artifact -> {
              boolean ok = crcMatches(artifact.getData());
              if (ok) {
                ArtifactFiles.Upload upload = server.artifactFiles().create();
                upload.write(artifact.getData().getData());
                session.artifacts.put(artifact.getName(), upload.finish(true));
              }
              response.addArtifacts(AddArtifactsResponse.ArtifactSummary.newBuilder()
                  .setName(artifact.getName()).setIsCrcSuccessful(ok));
            });
            case BEGIN_CHUNK -> {
              finishChunked();
              chunkedName = request.getBeginChunk().getName();
              chunked = server.artifactFiles().create();
              chunkedCrcOk = crcMatches(request.getBeginChunk().getInitialChunk());
              chunked.write(request.getBeginChunk().getInitialChunk().getData());
            }
            case CHUNK -> {
              if (chunked == null) {
                throw io.grpc.Status.INVALID_ARGUMENT.withDescription("an artifact chunk before its begin_chunk")
                    .asRuntimeException();
              }
              chunkedCrcOk &= crcMatches(request.getChunk());
              chunked.write(request.getChunk().getData());
            }
            default -> throw io.grpc.Status.INVALID_ARGUMENT.withDescription("an AddArtifacts request without payload")
                .asRuntimeException();
          }
        } catch (StatusRuntimeException e) {
          failed = true;
          out.onError(e);
        } catch (java.io.UncheckedIOException e) {
          failed = true;
          out.onError(io.grpc.Status.INTERNAL.withDescription(e.getMessage()).asRuntimeException());
        }
      }

      private void finishChunked() {
        if (chunked != null) {
          java.nio.file.Path kept = chunked.finish(chunkedCrcOk);
          if (kept != null) {
            session.artifacts.put(chunkedName, kept);
          }
          response.addArtifacts(AddArtifactsResponse.ArtifactSummary.newBuilder()
              .setName(chunkedName).setIsCrcSuccessful(chunkedCrcOk));
          chunked = null;
        }
      }

      @Override
      public void onError(Throwable t) {
        if (chunked != null) {
          chunked.finish(false);
          chunked = null;
        }
      }

      @Override
      public void onCompleted() {
        if (failed) {
          return;
        }
        if (session == null) {
          out.onError(io.grpc.Status.INVALID_ARGUMENT.withDescription("AddArtifacts without any request").asRuntimeException());
          return;
        }
        finishChunked();
        out.onNext(response.setSessionId(session.sessionId).setServerSideSessionId(session.serverSideSessionId).build());
        out.onCompleted();
      }
    };
  }

  private static boolean crcMatches(AddArtifactsRequest.ArtifactChunk chunk) {
    CRC32 crc = new CRC32();
    crc.update(chunk.getData().asReadOnlyByteBuffer());
    return crc.getValue() == chunk.getCrc();
  }

  void artifactStatus(ArtifactStatusesRequest request, StreamObserver<ArtifactStatusesResponse> out) {
    UnaryRpc.answer(server, SparkConnectRpc.ARTIFACT_STATUS.methodName(), request, null, out, () -> {
      MockSession session = server.sessions().of(request);
      ArtifactStatusesResponse.Builder response = ArtifactStatusesResponse.newBuilder()
          .setSessionId(session.sessionId).setServerSideSessionId(session.serverSideSessionId);
      for (String name : request.getNamesList()) {
        response.putStatuses(name, ArtifactStatusesResponse.ArtifactStatus.newBuilder()
            .setExists(session.artifacts.containsKey(name)).build());
      }
      return response.build();
    });
  }
}
