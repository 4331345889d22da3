package dev.sparkconnect.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs a recorded {@link SparkConnectTest} once per kind of break and per position in each of its
 * result streams, and passes only if every run passes: where a test author would guess one place a
 * stream might break, the sweep tries them all.
 *
 * <pre>{@code
 * @SparkConnectTest
 * class OrdersTest {
 *   @FaultSweep
 *   void revenueByStatus(SparkSession spark) {          // instead of @Test
 *     assertThat(revenue(spark)).containsExactlyRows(...);
 *   }
 * }
 * }</pre>
 *
 * <p>The positions come from the test's recordings (its own and its class's {@code @BeforeEach}
 * ones): for a recorded execution of N responses, a break before each of them. Each run is named
 * like {@code UNAVAILABLE after response 3 of execute-sort-4a5d4992b041}; a failing one says how to
 * repeat exactly it ({@link #only}). The number of runs is logged before the first, and past
 * {@link #maxRuns} a sample is drawn with {@link #seed}. A report of kinds by positions, green or
 * red, is written as Markdown and HTML under {@code target/fault-sweeps/}.
 *
 * <p>In REPLAY the mock breaks its replayed streams; in RECORD, VERIFY and LIVE the recording proxy
 * breaks the real server's live ones.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@TestTemplate
@ExtendWith(FaultSweepExtension.class)
public @interface FaultSweep {

  /** The kinds of break to try; by default every kind a client must survive ({@link SweptFault#SURVIVABLE}). */
  SweptFault[] kinds() default {SweptFault.UNAVAILABLE, SweptFault.INVALID_CURSOR_DISCONNECTED, SweptFault.END_OF_STREAM,
      SweptFault.EMPTY_ROTATION, SweptFault.RETRY_INFO, SweptFault.DROPPED_CONNECTION};

  /** At most this many runs; past it, a sample of them drawn with {@link #seed}. */
  int maxRuns() default 500;

  /** The seed of the sample drawn past {@link #maxRuns}, so a sampled sweep repeats exactly. */
  long seed() default 0;

  /**
   * Only the run of this name (as a failing run prints it, for example
   * {@code "UNAVAILABLE after response 3 of execute-sort-4a5d4992b041"}), to repeat one failure.
   */
  String only() default "";
}
