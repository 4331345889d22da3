package dev.sparkconnect.junit;

import java.util.List;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.discovery.ClassSelector;
import org.junit.platform.engine.discovery.MethodSelector;
import org.junit.platform.launcher.LauncherDiscoveryListener;
import org.junit.platform.launcher.LauncherDiscoveryRequest;

/**
 * Starts the {@link WarmUp} as soon as JUnit begins discovering tests, when they may include
 * {@code @SparkConnectTest} classes: a run that selects classes starts it only if one of them is
 * such a class; a run that selects anything else (a package, a class path root) starts it anyway.
 * The JUnit Platform launcher finds this listener by itself ({@code META-INF/services}); nothing
 * needs configuring.
 */
public final class WarmUpDiscoveryListener implements LauncherDiscoveryListener {

  @Override
  public void launcherDiscoveryStarted(LauncherDiscoveryRequest request) {
    List<DiscoverySelector> selectors = request.getSelectorsByType(DiscoverySelector.class);
    for (DiscoverySelector selector : selectors) {
      if (mayHoldSparkConnectTests(selector)) {
        WarmUp.startOnce();
        return;
      }
    }
  }

  static boolean mayHoldSparkConnectTests(DiscoverySelector selector) {
    try {
      if (selector instanceof ClassSelector classSelector) {
        return isSparkConnectTest(classSelector.getJavaClass());
      }
      if (selector instanceof MethodSelector methodSelector) {
        return isSparkConnectTest(methodSelector.getJavaClass());
      }
    } catch (RuntimeException | LinkageError unloadable) {
      // JUnit reports a class it cannot load itself; the warm-up is no help there.
      return false;
    }
    return true;
  }

  /** Whether {@code type}, or a class it is nested in, is a {@code @SparkConnectTest} class. */
  private static boolean isSparkConnectTest(Class<?> type) {
    for (Class<?> at = type; at != null; at = at.getEnclosingClass()) {
      if (AnnotationSupport.isAnnotated(at, SparkConnectTest.class)
          || AnnotationSupport.isAnnotated(at, org.junit.jupiter.api.extension.ExtendWith.class)
              && AnnotationSupport.findRepeatableAnnotations(at, org.junit.jupiter.api.extension.ExtendWith.class)
                  .stream().anyMatch(extend -> List.of(extend.value()).contains(SparkConnectExtension.class))) {
        return true;
      }
    }
    return false;
  }
}
