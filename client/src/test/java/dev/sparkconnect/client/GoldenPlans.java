package dev.sparkconnect.client;

import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.Message;
import dev.sparkconnect.proto.Relation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Apache Spark's golden plans: the {@code Relation} that its JVM client sends for each case of its
 * PlanGenerationTestSuite, from the {@code spark-connect-common} test-jar on the test classpath.
 * Plans compare after {@link #normalize}: JVM call-site origins removed, as the suite itself
 * ignores them.
 */
final class GoldenPlans {

  private static final String DIRECTORY = "query-tests/queries";

  private GoldenPlans() {}

  /** Every golden plan, by case name (file name without {@code .proto.bin}). */
  static Map<String, Relation> all() {
    URL marker = GoldenPlans.class.getClassLoader().getResource(DIRECTORY + "/select.proto.bin");
    if (marker == null) {
      throw new IllegalStateException("Apache Spark's golden plans are not on the test classpath");
    }
    try {
      URI uri = marker.toURI();
      Map<String, Relation> plans = new TreeMap<>();
      if (uri.getScheme().equals("jar")) {
        try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
          read(jar.getPath(DIRECTORY), plans);
        }
      } else {
        read(Path.of(uri).getParent(), plans);
      }
      return plans;
    } catch (URISyntaxException | IOException e) {
      throw new IllegalStateException("Cannot read the golden plans: " + e.getMessage(), e);
    }
  }

  private static void read(Path directory, Map<String, Relation> into) throws IOException {
    try (Stream<Path> files = Files.list(directory)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        String name = file.getFileName().toString();
        if (name.endsWith(".proto.bin")) {
          try (InputStream in = Files.newInputStream(file)) {
            into.put(name.substring(0, name.length() - ".proto.bin".length()), Relation.parseFrom(in));
          }
        }
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /** {@code message} without JVM origins, and without expression commons left empty by that. */
  @SuppressWarnings("unchecked")
  static <T extends Message> T normalize(T message) {
    Message.Builder builder = message.toBuilder();
    for (Map.Entry<FieldDescriptor, Object> field : message.getAllFields().entrySet()) {
      FieldDescriptor descriptor = field.getKey();
      if (descriptor.getName().equals("origin")) {
        builder.clearField(descriptor);
        continue;
      }
      if (descriptor.getJavaType() != FieldDescriptor.JavaType.MESSAGE) {
        continue;
      }
      if (descriptor.isRepeated()) {
        List<Object> normalized = new ArrayList<>();
        for (Object element : (List<Object>) field.getValue()) {
          normalized.add(descriptor.isMapField() ? element : normalize((Message) element));
        }
        builder.clearField(descriptor);
        for (Object element : normalized) {
          builder.addRepeatedField(descriptor, element);
        }
      } else {
        Message normalized = normalize((Message) field.getValue());
        if (descriptor.getName().equals("common") && normalized.getAllFields().isEmpty()) {
          builder.clearField(descriptor);
        } else {
          builder.setField(descriptor, normalized);
        }
      }
    }
    return (T) builder.build();
  }
}
