package dev.sparkconnect.arrow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The reader under corrupt input: a stream of every type Spark sends, damaged at random (bytes
 * changed, runs overwritten, offsets and lengths bent, the stream cut short), is either read and
 * every value decoded without error, or refused with an {@link ArrowFormatException}, never any
 * other exception and never a read outside a value's own bytes. Bounded: a fixed number of cases
 * per run, each run with a new seed, printed so a failure can be replayed.
 */
class MalformedArrowFuzzTest {

  private static final int CASES = 20_000;

  @Test
  void corruptStreamsAreReadOrRefusedByNameNeverAnythingElse() {
    byte[] valid = ArrowStreamWriter.write(ArrowStreamWriterTest.ALL_TYPES, ArrowStreamWriterTest.rows(), 2);
    decodeEverything(ArrowStreamReader.read(valid));
    long seed = new Random().nextLong();
    Random random = new Random(seed);
    int refused = 0;
    for (int i = 0; i < CASES; i++) {
      byte[] damaged = damage(valid, random);
      try {
        decodeEverything(ArrowStreamReader.read(damaged));
      } catch (ArrowFormatException expected) {
        refused++;
      } catch (Throwable other) {
        fail("seed " + seed + ", case " + i + ": " + other + " instead of a value or an ArrowFormatException", other);
      }
    }
    System.out.printf("MalformedArrowFuzzTest: seed %d, %d of %d damaged streams refused, the rest read%n", seed,
        refused, CASES);
    assertThat(refused).as("some damage must be caught (a reader that checks nothing refuses none)").isPositive();
  }

  @Test
  void aStringOffsetPointingIntoTheNextColumnIsRefused() {
    ArrowSchema schema = ArrowSchema.of(List.of(ArrowField.of("s", true, new ArrowType.Utf8(false)),
        ArrowField.of("b", true, new ArrowType.Binary(false))));
    byte[] bytes = ArrowStreamWriter.write(schema, List.of(new Object[] {"ab", new byte[100]},
        new Object[] {"cd", new byte[100]}));
    ArrowStream good = ArrowStreamReader.read(bytes);
    assertThat(good.batches().get(0).column(0).getString(1)).isEqualTo("cd");

    // The middle offset of 's' (after "ab") bent downwards: values would overlap and read backwards.
    byte[] bent = bytes.clone();
    int offsets = indexOf(bent, new byte[] {0, 0, 0, 0, 2, 0, 0, 0, 4, 0, 0, 0});
    assertThat(offsets).isPositive();
    ByteBuffer.wrap(bent).order(ByteOrder.LITTLE_ENDIAN).putInt(offsets + 4, 7);

    assertThatThrownBy(() -> ArrowStreamReader.read(bent)).isInstanceOf(ArrowFormatException.class)
        .hasMessageContaining("field 's' has offset 7").hasMessageContaining("offsets must rise within the buffer");
  }

  @Test
  void aSchemaNestedDeeperThanAnySparkTypeIsRefusedNotAStackOverflow() {
    // Every level past the cap is refused at the cap, so 1,000 levels stand for 20,000.
    byte[] deep = ArrowStreamWriter.writeEmpty(ArrowSchema.of(List.of(nested(1_000))));
    assertThatThrownBy(() -> ArrowStreamReader.read(deep)).isInstanceOf(ArrowFormatException.class)
        .hasMessageContaining("deeper than 512 levels");

    ArrowStream read = ArrowStreamReader.read(ArrowStreamWriter.writeEmpty(ArrowSchema.of(List.of(nested(300)))));
    assertThat(read.schema().fields()).hasSize(1);
  }

  private static ArrowField nested(int depth) {
    ArrowField field = ArrowField.of("leaf", true, new ArrowType.Int(32, true));
    for (int i = 0; i < depth; i++) {
      field = new ArrowField("s" + i, true, new ArrowType.Struct(), List.of(field), Map.of());
    }
    return field;
  }

  private static byte[] damage(byte[] valid, Random random) {
    byte[] bytes = valid.clone();
    switch (random.nextInt(5)) {
      case 0 -> {
        for (int n = 1 + random.nextInt(4); n > 0; n--) {
          bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
        }
      }
      case 1 -> {
        int start = random.nextInt(bytes.length);
        for (int j = start; j < Math.min(bytes.length, start + 1 + random.nextInt(16)); j++) {
          bytes[j] = (byte) (random.nextBoolean() ? 0xFF : 0);
        }
      }
      case 2 -> {
        int at = random.nextInt(bytes.length - 4) & ~3;
        int[] choices = {-1, 0, 1, Integer.MAX_VALUE, Integer.MIN_VALUE, 0x7FFF, 0x10000};
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).putInt(at, choices[random.nextInt(choices.length)]);
      }
      case 3 -> {
        return java.util.Arrays.copyOf(bytes, random.nextInt(bytes.length));
      }
      default -> {
        int at = random.nextInt(bytes.length - 8) & ~7;
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).putLong(at, random.nextLong());
      }
    }
    return bytes;
  }

  /** Reads every value of every column, as a client would. */
  private static void decodeEverything(ArrowStream stream) {
    for (ArrowRecordBatch batch : stream.batches()) {
      for (ArrowVector column : batch.columns()) {
        for (int row = 0; row < batch.rowCount(); row++) {
          decode(column, row);
        }
      }
    }
  }

  private static List<Object> decode(ArrowVector vector, int row) {
    List<Object> out = new ArrayList<>();
    if (vector.isNull(row)) {
      return out;
    }
    ArrowType type = vector.type();
    if (type instanceof ArrowType.Bool) {
      out.add(vector.getBoolean(row));
    } else if (type instanceof ArrowType.Int) {
      out.add(vector.getIntegral(row));
    } else if (type instanceof ArrowType.FloatingPoint t) {
      out.add(t.bitWidth() == 32 ? vector.getFloat(row) : vector.getDouble(row));
    } else if (type instanceof ArrowType.Utf8) {
      out.add(vector.getString(row));
    } else if (type instanceof ArrowType.Binary) {
      out.add(vector.getBytes(row));
    } else if (type instanceof ArrowType.Decimal) {
      out.add(vector.getDecimal(row));
    } else if (type instanceof ArrowType.Date || type instanceof ArrowType.Interval t
        && t.unit() == ArrowType.IntervalUnit.YEAR_MONTH) {
      out.add(vector.getInt(row));
    } else if (type instanceof ArrowType.Timestamp || type instanceof ArrowType.Duration) {
      out.add(vector.getLong(row));
    } else if (type instanceof ArrowType.Interval) {
      out.add(vector.getIntervalMonths(row) + vector.getIntervalDays(row) + vector.getIntervalNanos(row));
    } else if (type instanceof ArrowType.List || type instanceof ArrowType.Map) {
      for (int element = vector.elementStart(row); element < vector.elementEnd(row); element++) {
        out.addAll(decode(vector.child(0), element));
      }
    } else if (type instanceof ArrowType.Struct) {
      for (ArrowVector child : vector.children()) {
        out.addAll(decode(child, row));
      }
    }
    return out;
  }

  private static int indexOf(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i <= haystack.length - needle.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
