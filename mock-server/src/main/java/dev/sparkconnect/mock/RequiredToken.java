package dev.sparkconnect.mock;

import io.grpc.Metadata;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.grpc.Status;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * Refuses calls without {@code Authorization: Bearer <token>} when the server requires a token. The
 * comparison takes constant time and no message ever contains the token.
 */
final class RequiredToken implements ServerInterceptor {

  private static final Metadata.Key<String> AUTHORIZATION =
      Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER);

  private final byte[] expected;

  RequiredToken(String token) {
    this.expected = token == null ? null : ("Bearer " + token).getBytes(StandardCharsets.UTF_8);
  }

  @Override
  public <Q, R> ServerCall.Listener<Q> interceptCall(ServerCall<Q, R> call, Metadata headers, ServerCallHandler<Q, R> next) {
    if (expected != null) {
      String given = headers.get(AUTHORIZATION);
      if (given == null || !MessageDigest.isEqual(expected, given.getBytes(StandardCharsets.UTF_8))) {
        call.close(Status.UNAUTHENTICATED.withDescription(given == null
            ? "this mock server requires a bearer token: add ;token=... to the sc:// string"
            : "the bearer token is not the one this mock server requires"), new Metadata());
        return new ServerCall.Listener<>() {};
      }
    }
    return next.startCall(call, headers);
  }
}
