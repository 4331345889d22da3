package dev.sparkconnect.junit;

import dev.sparkconnect.mock.MockSparkConnectServer;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.lang.annotation.Annotation;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.commons.support.HierarchyTraversalMode;

/**
 * Tells the tests whose answers come from stubs: those whose test method, or a {@code @BeforeEach}
 * or {@code @AfterEach} method run for them (in the class, its superclasses or, for a {@code @Nested} class, its
 * enclosing classes), takes the {@link MockSparkConnectServer}. Such a test needs no real server
 * and has nothing to record, so it runs on the mock whatever the mode.
 */
final class StubbedTests {

  private StubbedTests() {}

  static boolean takesTheMock(ExtensionContext context) {
    if (context.getTestMethod().map(StubbedTests::takesTheMock).orElse(false)) {
      return true;
    }
    for (Class<?> type = context.getTestClass().orElse(null); type != null; type = type.getEnclosingClass()) {
      for (Class<? extends Annotation> around : List.of(BeforeEach.class, AfterEach.class)) {
        for (Method method : AnnotationSupport.findAnnotatedMethods(type, around, HierarchyTraversalMode.TOP_DOWN)) {
          if (takesTheMock(method)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private static boolean takesTheMock(Method method) {
    return Arrays.asList(method.getParameterTypes()).contains(MockSparkConnectServer.class);
  }
}
