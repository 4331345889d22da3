package dev.sparkconnect.client;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;

/**
 * How often and how patiently a failed call is retried. The defaults are Apache Spark's clients':
 * 15 retries, waits growing from 50 ms by a factor of 4 up to 60 s, a random 0 to 500 ms added to
 * waits of 2 s or more, and a server's own requested delay honoured up to 10 minutes.
 *
 * <pre>{@code
 * RetryPolicy patient = RetryPolicy.defaults().withMaxRetries(30);
 * }</pre>
 *
 * @param maxRetries how many times a call is retried before the failure is reported
 * @param initialBackoff the wait before the first retry
 * @param multiplier how much each wait grows over the one before
 * @param maxBackoff the longest wait this policy chooses itself
 * @param jitter the most random time added to a wait of at least {@code minJitterThreshold}
 * @param minJitterThreshold the shortest wait that gets jitter
 * @param maxServerRetryDelay the longest wait a server may ask for (with {@code RetryInfo})
 * @param unreachableTimeout how long a call keeps retrying while nothing listens at the server's
 *     address (connection refused, unknown host) and the server never answered this session: a
 *     server that is starting gets that long, a wrong address fails after it, not after the whole
 *     retry budget (30 s by default)
 */
public record RetryPolicy(
    int maxRetries,
    Duration initialBackoff,
    double multiplier,
    Duration maxBackoff,
    Duration jitter,
    Duration minJitterThreshold,
    Duration maxServerRetryDelay,
    Duration unreachableTimeout) {

  /**
   * A policy as given, checked; start from {@link #defaults()} when only one setting changes.
   *
   * @throws IllegalArgumentException if {@code maxRetries} is negative or {@code multiplier} below 1
   */
  public RetryPolicy {
    if (maxRetries < 0) {
      throw new IllegalArgumentException("maxRetries is " + maxRetries + "; use 0 for no retries");
    }
    Objects.requireNonNull(initialBackoff, "initialBackoff");
    Objects.requireNonNull(maxBackoff, "maxBackoff");
    Objects.requireNonNull(jitter, "jitter");
    Objects.requireNonNull(minJitterThreshold, "minJitterThreshold");
    Objects.requireNonNull(maxServerRetryDelay, "maxServerRetryDelay");
    Objects.requireNonNull(unreachableTimeout, "unreachableTimeout");
    if (multiplier < 1) {
      throw new IllegalArgumentException("multiplier is " + multiplier + "; waits may not shrink (use 1 or more)");
    }
  }

  /** Apache Spark's default policy. */
  public static RetryPolicy defaults() {
    return new RetryPolicy(15, Duration.ofMillis(50), 4.0, Duration.ofMinutes(1), Duration.ofMillis(500),
        Duration.ofSeconds(2), Duration.ofMinutes(10), Duration.ofSeconds(30));
  }

  /** No retries at all. */
  public static RetryPolicy none() {
    return defaults().withMaxRetries(0);
  }

  /** This policy with another retry budget. */
  public RetryPolicy withMaxRetries(int retries) {
    return new RetryPolicy(retries, initialBackoff, multiplier, maxBackoff, jitter, minJitterThreshold,
        maxServerRetryDelay, unreachableTimeout);
  }

  /** This policy with other waits. */
  public RetryPolicy withBackoff(Duration initial, double growth, Duration max) {
    return new RetryPolicy(maxRetries, initial, growth, max, jitter, minJitterThreshold, maxServerRetryDelay,
        unreachableTimeout);
  }

  /** This policy with another time to wait for a server that cannot be reached at all; see {@link #unreachableTimeout()}. */
  public RetryPolicy withUnreachableTimeout(Duration timeout) {
    return new RetryPolicy(maxRetries, initialBackoff, multiplier, maxBackoff, jitter, minJitterThreshold,
        maxServerRetryDelay, timeout);
  }

  /**
   * How long to wait before retry number {@code retry} (0 for the first).
   *
   * @param serverDelay the delay the server asked for, or null
   */
  public Duration backoff(int retry, Duration serverDelay) {
    if (serverDelay != null) {
      return serverDelay.compareTo(maxServerRetryDelay) > 0 ? maxServerRetryDelay : serverDelay;
    }
    double millis = initialBackoff.toMillis() * Math.pow(multiplier, retry);
    long wait = (long) Math.min(millis, maxBackoff.toMillis());
    if (wait >= minJitterThreshold.toMillis() && jitter.toMillis() > 0) {
      wait += ThreadLocalRandom.current().nextLong(jitter.toMillis() + 1);
    }
    return Duration.ofMillis(wait);
  }
}
