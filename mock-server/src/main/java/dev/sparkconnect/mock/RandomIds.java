package dev.sparkconnect.mock;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Version-4 UUIDs for the ids the mock hands out by the thousand (a response id per response, an
 * operation id when the client sent none). They need to be unique, not unguessable, so they come
 * from each thread's own generator: {@code UUID.randomUUID()} draws on one shared secure source
 * that 64 sessions at once queue for.
 */
final class RandomIds {

  private RandomIds() {}

  /** A random UUID, as {@code UUID.randomUUID().toString()} would look. */
  static String uuid() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    long high = (random.nextLong() & ~0xF000L) | 0x4000L; // version 4
    long low = (random.nextLong() & ~(0xC000L << 48)) | (0x8000L << 48); // IETF variant
    return new UUID(high, low).toString();
  }
}
