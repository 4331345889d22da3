package dev.sparkconnect.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectMethod;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectPackage;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The background warm-up runs its query and reads its fixture cleanly, and starts only where it may help. */
class WarmUpTest {

  @SparkConnectTest
  static class AReplayedClass {
    @Test
    void aTest() {}

    class Nested {
      @Test
      void aNestedTest() {}
    }
  }

  static class APlainClass {
    @Test
    void aTest() {}
  }

  @Test
  void theWarmUpEndsWithoutAFailure() throws Exception {
    WarmUp.startOnce();
    // Throws what stopped it: a stub its query misses, a fixture it cannot read back.
    WarmUp.awaitDone(Duration.ofMinutes(1));
  }

  @Test
  void discoveryStartsItForSparkConnectTestClassesAndForSelectionsItCannotSee() {
    assertThat(WarmUpDiscoveryListener.mayHoldSparkConnectTests(selectClass(AReplayedClass.class))).isTrue();
    assertThat(WarmUpDiscoveryListener.mayHoldSparkConnectTests(selectClass(AReplayedClass.Nested.class))).isTrue();
    assertThat(WarmUpDiscoveryListener.mayHoldSparkConnectTests(selectMethod(AReplayedClass.class, "aTest"))).isTrue();
    assertThat(WarmUpDiscoveryListener.mayHoldSparkConnectTests(selectPackage("dev.sparkconnect.junit"))).isTrue();
    assertThat(WarmUpDiscoveryListener.mayHoldSparkConnectTests(selectClass(APlainClass.class))).isFalse();
    assertThat(WarmUpDiscoveryListener.mayHoldSparkConnectTests(selectClass("no.such.Type"))).isFalse();
  }
}
