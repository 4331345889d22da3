package dev.sparkconnect.client.internal.upload;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sparkconnect.client.internal.transport.LocalArtifact;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.apache.spark.api.java.function.MapFunction;
import org.junit.jupiter.api.Test;

/**
 * The code a server-side function needs is found from the function alone: the class that wrote the
 * lambda, a helper class it calls, the classes of what it captured and of the values, but nothing
 * the server already has.
 */
class ClassShippingTest {

  record Order(String id, int quantity) {}

  /** A helper in a class of its own, called from the lambda. */
  static final class Discount {
    static int apply(int quantity) {
      return quantity > 10 ? quantity - 1 : quantity;
    }
  }

  /** A captured value of a class of the test. */
  record Threshold(int value) implements java.io.Serializable {}

  @Test
  void aLambdasWriterItsHelperAndWhatItCapturedAreShippedAndTheJdkAndSparkAreNot() {
    Threshold threshold = new Threshold(5);
    MapFunction<Order, Integer> function = order -> Discount.apply(order.quantity()) + threshold.value();
    List<String> names = names(ClassShipping.artifactsFor(function, Set.of(Order.class)));
    assertThat(names).contains("classes/dev/sparkconnect/client/internal/upload/ClassShippingTest.class",
        "classes/dev/sparkconnect/client/internal/upload/ClassShippingTest$Discount.class",
        "classes/dev/sparkconnect/client/internal/upload/ClassShippingTest$Threshold.class",
        "classes/dev/sparkconnect/client/internal/upload/ClassShippingTest$Order.class");
    assertThat(names).noneMatch(name -> name.contains("java/lang") || name.contains("org/apache/spark"));
  }

  @Test
  void aFunctionOfANamedClassShipsThatClass() {
    List<String> names = names(ClassShipping.artifactsFor(new Named(), Set.of()));
    assertThat(names).contains("classes/dev/sparkconnect/client/internal/upload/ClassShippingTest$Named.class");
  }

  @Test
  void classFilesNameTheClassesTheyUse() {
    Set<String> used = ClassFiles.referencedClasses(ArtifactNames.classBytes(ClassShippingTest.class));
    assertThat(used).contains("dev.sparkconnect.client.internal.upload.ClassShippingTest$Discount",
        "org.apache.spark.api.java.function.MapFunction", "java.util.List");
  }

  static final class Named implements MapFunction<String, Integer> {
    @Override
    public Integer call(String value) {
      return value.length();
    }
  }

  private static List<String> names(List<LocalArtifact> artifacts) {
    Function<LocalArtifact, String> name = LocalArtifact::name;
    return artifacts.stream().map(name).toList();
  }
}
