package dev.sparkconnect.client.internal.results;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.ByteString;
import java.nio.ByteBuffer;
import org.junit.jupiter.api.Test;

/** A batch's bytes are read where protobuf put them, whatever shape its ByteString has. */
class ByteStringViewsTest {

  @Test
  void aParsedFieldIsViewedInPlace() throws Exception {
    ByteString whole = ByteString.copyFrom(new byte[] {9, 1, 2, 3, 4, 9});
    ByteString field = whole.substring(1, 5);

    ByteBuffer view = ByteStringViews.view(field);

    assertThat(bytes(view)).containsExactly(1, 2, 3, 4);
    assertThat(view.hasArray()).as("strings are decoded from the array itself").isTrue();
  }

  @Test
  void piecesJoinedFromChunksAreCopiedIntoOne() {
    ByteString joined = ByteString.copyFrom(new byte[] {1, 2}).concat(ByteString.copyFrom(new byte[] {3, 4, 5}));

    assertThat(bytes(ByteStringViews.view(joined))).containsExactly(1, 2, 3, 4, 5);
    assertThat(bytes(ByteStringViews.view(ByteString.EMPTY))).isEmpty();
  }

  private static byte[] bytes(ByteBuffer buffer) {
    byte[] bytes = new byte[buffer.remaining()];
    buffer.duplicate().get(bytes);
    return bytes;
  }
}
