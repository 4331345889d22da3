package dev.sparkconnect.mock;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** A JVM UDF's payload names the user's lambda and classes in it, and none of the platform's. */
class UdfPayloadsTest {

  record Threshold(int value) implements Serializable {}

  @Test
  void aSerializedLambdaNamesItsMethodAndWhatItCaptured() throws IOException {
    Threshold threshold = new Threshold(3);
    Function<String, Boolean> longEnough = (Function<String, Boolean> & Serializable) s -> s.length() > threshold.value();

    var names = UdfPayloads.userCode(serialize(longEnough));

    assertThat(names.get(0)).startsWith("dev.sparkconnect.mock.UdfPayloadsTest.lambda$");
    assertThat(names).contains("dev.sparkconnect.mock.UdfPayloadsTest$Threshold")
        .noneMatch(name -> name.startsWith("java.") || name.startsWith("scala."));
  }

  @Test
  void bytesThatAreNoSerializedObjectNameNothing() {
    assertThat(UdfPayloads.userCode(new byte[] {1, 2, 3, 0x72, 0, 40})).isEmpty();
  }

  private static byte[] serialize(Object value) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(value);
    }
    return bytes.toByteArray();
  }
}
