package dev.sparkconnect.mock;

import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.Message;
import dev.sparkconnect.proto.CommonInlineUserDefinedFunction;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The user-defined functions a request registers or calls, named for a miss report: a query whose
 * UDF changed (another class, another return type) misses its recording, and the report should
 * say which function is involved before the reader digs through the plan.
 */
final class UserFunctions {

  private UserFunctions() {}

  /** Each function as {@code name (Java class c)}, {@code name (Scala function)}, ..., in plan order. */
  static List<String> in(Message request) {
    Set<String> found = new LinkedHashSet<>();
    collect(request, found, 0);
    return List.copyOf(found);
  }

  private static void collect(Message message, Set<String> found, int depth) {
    if (depth > 512) {
      return;
    }
    if (message instanceof CommonInlineUserDefinedFunction udf) {
      found.add(describe(udf));
    }
    for (Map.Entry<FieldDescriptor, Object> field : message.getAllFields().entrySet()) {
      if (field.getKey().getJavaType() != FieldDescriptor.JavaType.MESSAGE) {
        continue;
      }
      if (field.getKey().isRepeated()) {
        for (Object each : (List<?>) field.getValue()) {
          collect((Message) each, found, depth + 1);
        }
      } else {
        collect((Message) field.getValue(), found, depth + 1);
      }
    }
  }

  private static String describe(CommonInlineUserDefinedFunction udf) {
    String name = udf.getFunctionName().isEmpty() ? "an unnamed function" : udf.getFunctionName();
    return switch (udf.getFunctionCase()) {
      case JAVA_UDF -> name + " (Java class " + udf.getJavaUdf().getClassName() + ")";
      case SCALAR_SCALA_UDF -> {
        List<String> code = UdfPayloads.userCode(udf.getScalarScalaUdf().getPayload().toByteArray());
        yield name + (code.isEmpty() ? " (a Scala/JVM function)" : " (a JVM function: " + String.join(", ", code) + ")");
      }
      case PYTHON_UDF -> name + " (a Python function)";
      default -> name;
    };
  }
}
