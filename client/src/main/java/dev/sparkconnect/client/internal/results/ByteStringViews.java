package dev.sparkconnect.client.internal.results;

import com.google.protobuf.ByteOutput;
import com.google.protobuf.ByteString;
import com.google.protobuf.UnsafeByteOperations;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;

/**
 * Arrow batches read in place from the protobuf message that carried them: a {@link ByteString}
 * parsed from the wire is one array, and reading the batch from a view of it spares a copy of
 * every result byte. The view is only read, never written, which is what protobuf's
 * {@link UnsafeByteOperations} asks of its callers.
 */
final class ByteStringViews {

  private ByteStringViews() {}

  /** A read view of {@code bytes}: its own array where it is one piece, else a copy. */
  static ByteBuffer view(ByteString bytes) {
    SinglePiece piece = new SinglePiece();
    try {
      UnsafeByteOperations.unsafeWriteTo(bytes, piece);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return piece.pieces == 1 && piece.view != null ? piece.view : ByteBuffer.wrap(bytes.toByteArray());
  }

  /** Keeps the first piece handed over without copying; counts the rest, which force a copy. */
  private static final class SinglePiece extends ByteOutput {
    ByteBuffer view;
    int pieces;

    @Override
    public void write(byte value) {
      pieces++;
    }

    @Override
    public void write(byte[] value, int offset, int length) {
      pieces++;
    }

    @Override
    public void writeLazy(byte[] value, int offset, int length) {
      if (++pieces == 1) {
        view = ByteBuffer.wrap(value, offset, length).slice();
      }
    }

    @Override
    public void write(ByteBuffer value) {
      pieces++;
    }

    @Override
    public void writeLazy(ByteBuffer value) {
      if (++pieces == 1) {
        view = value.slice();
      }
    }
  }
}
