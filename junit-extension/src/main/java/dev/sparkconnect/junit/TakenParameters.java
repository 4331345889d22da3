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
 * What a test asks the extension for, known before any of it is resolved: whether its test method,
 * or a {@code @BeforeEach} or {@code @AfterEach} method run for it (in the class, its superclasses
 * or, for a {@code @Nested} class, its enclosing classes), takes a parameter of some type. A test
 * that takes the {@link MockSparkConnectServer} gets its answers from stubs, so it runs on the mock
 * whatever the mode; a LIVE test that takes a {@code FaultableServer} goes through the proxy.
 */
final class TakenParameters {

  private TakenParameters() {}

  static boolean takesTheMock(ExtensionContext context) {
    return takes(context, MockSparkConnectServer.class);
  }

  static boolean takes(ExtensionContext context, Class<?> type) {
    if (context.getTestMethod().map(method -> takes(method, type)).orElse(false)) {
      return true;
    }
    for (Class<?> owner = context.getTestClass().orElse(null); owner != null; owner = owner.getEnclosingClass()) {
      for (Class<? extends Annotation> around : List.of(BeforeEach.class, AfterEach.class)) {
        for (Method method : AnnotationSupport.findAnnotatedMethods(owner, around, HierarchyTraversalMode.TOP_DOWN)) {
          if (takes(method, type)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private static boolean takes(Method method, Class<?> type) {
    return Arrays.asList(method.getParameterTypes()).contains(type);
  }
}
