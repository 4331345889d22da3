package dev.sparkconnect.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Method;
import java.net.JarURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;
import org.junit.jupiter.api.Test;

/**
 * Every method of Apache Spark's Java-callable DataFrame API (spark-sql-api, the version this build
 * pins) exists here with the same name and parameters, or is listed with its reason in
 * {@code api-parity-left-out.txt}. Spark's signatures are read with javap from its jar, so no Spark
 * class is loaded; methods that only Scala can call (Scala collections, implicits, encoders and the
 * typed Dataset's functions) are out of scope by rule.
 */
class ApiParityTest {

  /** Spark's class to ours. */
  private static final Map<String, Class<?>> CLASSES = new LinkedHashMap<>();

  static {
    CLASSES.put("org.apache.spark.sql.functions", functions.class);
    CLASSES.put("org.apache.spark.sql.Column", Column.class);
    CLASSES.put("org.apache.spark.sql.Dataset", DataFrame.class);
    CLASSES.put("org.apache.spark.sql.SparkSession", SparkSession.class);
    CLASSES.put("org.apache.spark.sql.RuntimeConfig", RuntimeConfig.class);
    CLASSES.put("org.apache.spark.sql.DataFrameReader", DataFrameReader.class);
    CLASSES.put("org.apache.spark.sql.DataFrameWriter", DataFrameWriter.class);
    CLASSES.put("org.apache.spark.sql.DataFrameWriterV2", DataFrameWriterV2.class);
    CLASSES.put("org.apache.spark.sql.catalog.Catalog", Catalog.class);
    CLASSES.put("org.apache.spark.sql.RelationalGroupedDataset", RelationalGroupedDataset.class);
    CLASSES.put("org.apache.spark.sql.DataFrameNaFunctions", DataFrameNaFunctions.class);
    CLASSES.put("org.apache.spark.sql.DataFrameStatFunctions", DataFrameStatFunctions.class);
    CLASSES.put("org.apache.spark.sql.expressions.Window", Window.class);
    CLASSES.put("org.apache.spark.sql.expressions.WindowSpec", WindowSpec.class);
    CLASSES.put("org.apache.spark.sql.Row", Row.class);
    CLASSES.put("org.apache.spark.util.sketch.BloomFilter", dev.sparkconnect.client.sketch.BloomFilter.class);
    CLASSES.put("org.apache.spark.util.sketch.CountMinSketch", dev.sparkconnect.client.sketch.CountMinSketch.class);
    CLASSES.put("org.apache.spark.sql.TableValuedFunction", TableValuedFunction.class);
    CLASSES.put("org.apache.spark.sql.MergeIntoWriter", MergeIntoWriter.class);
    CLASSES.put("org.apache.spark.sql.WhenMatched", MergeIntoWriter.WhenMatched.class);
    CLASSES.put("org.apache.spark.sql.WhenNotMatched", MergeIntoWriter.WhenNotMatched.class);
    CLASSES.put("org.apache.spark.sql.WhenNotMatchedBySource", MergeIntoWriter.WhenNotMatchedBySource.class);
    CLASSES.put("org.apache.spark.sql.streaming.DataStreamReader", DataStreamReader.class);
    CLASSES.put("org.apache.spark.sql.streaming.DataStreamWriter", DataStreamWriter.class);
    CLASSES.put("org.apache.spark.sql.streaming.StreamingQuery", dev.sparkconnect.client.streaming.StreamingQuery.class);
    CLASSES.put("org.apache.spark.sql.streaming.StreamingQueryManager",
        dev.sparkconnect.client.streaming.StreamingQueryManager.class);
    CLASSES.put("org.apache.spark.sql.streaming.Trigger", dev.sparkconnect.client.streaming.Trigger.class);
    CLASSES.put("org.apache.spark.sql.streaming.OutputMode", dev.sparkconnect.client.streaming.OutputMode.class);
    CLASSES.put("org.apache.spark.sql.streaming.StreamingQueryStatus",
        dev.sparkconnect.client.streaming.StreamingQueryStatus.class);
    CLASSES.put("org.apache.spark.sql.streaming.StreamingQueryProgress",
        dev.sparkconnect.client.streaming.StreamingQueryProgress.class);
    CLASSES.put("org.apache.spark.sql.streaming.SourceProgress", dev.sparkconnect.client.streaming.SourceProgress.class);
    CLASSES.put("org.apache.spark.sql.streaming.SinkProgress", dev.sparkconnect.client.streaming.SinkProgress.class);
    CLASSES.put("org.apache.spark.sql.streaming.StateOperatorProgress",
        dev.sparkconnect.client.streaming.StateOperatorProgress.class);
    CLASSES.put("org.apache.spark.sql.streaming.StreamingQueryListener",
        dev.sparkconnect.client.streaming.StreamingQueryListener.class);
    CLASSES.put("org.apache.spark.sql.streaming.StreamingQueryListener$QueryStartedEvent",
        dev.sparkconnect.client.streaming.StreamingQueryListener.QueryStartedEvent.class);
    CLASSES.put("org.apache.spark.sql.streaming.StreamingQueryListener$QueryProgressEvent",
        dev.sparkconnect.client.streaming.StreamingQueryListener.QueryProgressEvent.class);
    CLASSES.put("org.apache.spark.sql.streaming.StreamingQueryListener$QueryIdleEvent",
        dev.sparkconnect.client.streaming.StreamingQueryListener.QueryIdleEvent.class);
    CLASSES.put("org.apache.spark.sql.streaming.StreamingQueryListener$QueryTerminatedEvent",
        dev.sparkconnect.client.streaming.StreamingQueryListener.QueryTerminatedEvent.class);
  }

  /** Signatures only Scala code can call, or that belong to the typed Dataset and RDD worlds. */
  private static final Pattern SCALA_ONLY = Pattern.compile(
      "scala\\.|Encoder|TypedColumn|api\\.java\\.function|\\bRDD\\b|JavaRDD|KeyValueGroupedDataset"
          + "|org\\.apache\\.spark\\.internal|internal\\.ColumnNode|default\\$");

  /** Parameters of the typed Dataset's element type (a typed return type is fine: ours is a DataFrame). */
  private static final Pattern TYPED_PARAMETER = Pattern.compile("\\bT\\b|\\bU\\b|<T>|<U>");

  private static final Pattern METHOD = Pattern.compile(
      "^\\s*public (?:abstract |static |final |synchronized |native |default )*(?:<[^>]+> )?\\S+ (\\w+)\\((.*)\\)");

  /** As {@link #METHOD}, for return types with type arguments ({@code KeyValueGroupedDataset<K, T>}). */
  private static final Pattern GENERIC_METHOD = Pattern.compile(
      "^\\s*public (?:abstract |static |final |default )*(?:<.+?> )?[\\w.]+(?:<.*>)?(?:\\[\\])* (\\w+)\\((.*)\\)");

  @Test
  void everySparkMethodIsHereOrLeftOutWithAReason() throws IOException {
    Map<String, String> leftOut = leftOut();
    Set<String> unmatched = new TreeSet<>();
    Set<String> usedLeftOuts = new LinkedHashSet<>();
    int matched = 0;
    for (Map.Entry<String, Class<?>> pair : CLASSES.entrySet()) {
      String sparkClass = pair.getKey();
      String simple = sparkClass.substring(sparkClass.lastIndexOf('.') + 1);
      for (String signature : sparkSignatures(sparkClass)) {
        String name = simple + "." + signature.substring(0, signature.indexOf('('));
        if (callable(pair.getValue(), signature)) {
          matched++;
        } else if (leftOut.containsKey(simple + "." + signature)) {
          usedLeftOuts.add(simple + "." + signature);
        } else if (leftOut.containsKey(name)) {
          usedLeftOuts.add(name);
        } else {
          unmatched.add(simple + "." + signature);
        }
      }
    }
    System.out.printf("ApiParityTest: %d Spark methods callable here, %d left-out entries used%n", matched,
        usedLeftOuts.size());
    Set<String> stale = new TreeSet<>(leftOut.keySet());
    stale.removeAll(usedLeftOuts);
    stale.removeIf(key -> key.startsWith("TypedDataset.") || key.startsWith("Encoders.")
        || key.startsWith("KeyValueGroupedDataset."));

    assertThat(unmatched).as("Spark methods missing here (add them, or list them in api-parity-left-out.txt "
        + "with the reason)").isEmpty();
    assertThat(stale).as("api-parity-left-out.txt entries that match no missing Spark method").isEmpty();
    assertThat(matched).as("Spark methods matched (a parser that matches nothing must not pass)").isGreaterThan(1200);
  }

  /**
   * The typed side: every method of Spark's {@code Dataset} that takes an element type, an encoder,
   * a typed column or one of Spark's Java function interfaces has a method of the same name and
   * number of parameters on our {@link Dataset}, and every Java-callable factory of Spark's
   * {@code Encoders} one on ours; or is listed as {@code TypedDataset.name} or {@code Encoders.name}
   * with its reason. Scala's types differ from ours here (tuples, functions), so names and arities
   * are what can be compared.
   */
  @Test
  void everyTypedDatasetMethodAndEncoderIsHereOrLeftOutWithAReason() throws IOException {
    Map<String, String> leftOut = leftOut();
    Set<String> unmatched = new TreeSet<>();
    Set<String> usedLeftOuts = new LinkedHashSet<>();
    int matched = 0;
    Map<String, Class<?>> typed = Map.of("org.apache.spark.sql.Dataset", Dataset.class,
        "org.apache.spark.sql.Encoders", Encoders.class,
        "org.apache.spark.sql.KeyValueGroupedDataset", KeyValueGroupedDataset.class);
    for (Map.Entry<String, Class<?>> pair : typed.entrySet()) {
      boolean dataset = pair.getValue() == Dataset.class;
      String prefix = dataset ? "TypedDataset." : pair.getValue().getSimpleName() + ".";
      for (String[] method : sparkTypedMethods(pair.getKey(), dataset)) {
        String name = method[0];
        int arity = Integer.parseInt(method[1]);
        boolean here = java.util.Arrays.stream(pair.getValue().getMethods())
            .anyMatch(m -> m.getName().equals(name) && m.getParameterCount() == arity);
        if (here) {
          matched++;
        } else if (leftOut.containsKey(prefix + name)) {
          usedLeftOuts.add(prefix + name);
        } else {
          unmatched.add(prefix + name + "/" + arity);
        }
      }
    }
    System.out.printf("ApiParityTest: %d typed Dataset and Encoders methods here, %d left out%n", matched,
        usedLeftOuts.size());
    Set<String> stale = new TreeSet<>();
    for (String key : leftOut.keySet()) {
      if ((key.startsWith("TypedDataset.") || key.startsWith("Encoders.") || key.startsWith("KeyValueGroupedDataset."))
          && !usedLeftOuts.contains(key)) {
        stale.add(key);
      }
    }
    assertThat(unmatched).as("typed methods missing here (add them, or list them as TypedDataset.name or "
        + "Encoders.name in api-parity-left-out.txt with the reason)").isEmpty();
    assertThat(stale).as("typed left-out entries that match no missing method").isEmpty();
    assertThat(matched).as("typed methods matched").isGreaterThan(30);
  }

  /** Spark's typed methods of {@code className}: name and parameter count, Scala-only ones aside. */
  private static List<String[]> sparkTypedMethods(String className, boolean onlyTyped) {
    List<String[]> methods = new ArrayList<>();
    for (String line : javap(className).split("\n")) {
      Matcher m = GENERIC_METHOD.matcher(line);
      if (!m.find() || line.contains("$") || line.contains("scala.") || isObjectMethod(m.group(1))
          || line.contains("org.apache.spark.sql.internal") || line.contains("JavaRDD") || line.contains(" RDD")
          || line.contains("rdd.RDD")) {
        continue;
      }
      boolean typedLine = TYPED_PARAMETER.matcher(m.group(2)).find()
          || Pattern.compile("Encoder|TypedColumn|api\\.java\\.function|KeyValueGroupedDataset").matcher(line).find();
      if (onlyTyped && !typedLine) {
        continue;
      }
      int arity = m.group(2).isBlank() ? 0 : splitParameters(m.group(2)).size();
      methods.add(new String[] {m.group(1), Integer.toString(arity)});
    }
    return methods;
  }

  /**
   * Whether a Java call written against Spark's {@code signature} compiles against {@code ours}: a
   * method of the same name whose parameters accept Spark's argument types (a wider type, a boxed
   * {@code Object}, or varargs that take zero or more of the trailing arguments).
   */
  private static boolean callable(Class<?> ours, String signature) {
    String name = signature.substring(0, signature.indexOf('('));
    String inside = signature.substring(signature.indexOf('(') + 1, signature.length() - 1);
    List<Class<?>> arguments = new ArrayList<>();
    for (String type : inside.isEmpty() ? List.<String>of() : List.of(inside.split(", "))) {
      Class<?> resolved = resolve(type);
      if (resolved == null) {
        return false;
      }
      arguments.add(resolved);
    }
    for (Method method : ours.getMethods()) {
      if (method.getName().equals(name) && accepts(method, arguments)) {
        return true;
      }
    }
    return false;
  }

  private static boolean accepts(Method method, List<Class<?>> arguments) {
    Class<?>[] parameters = method.getParameterTypes();
    if (parameters.length == arguments.size() && allAssignable(parameters, arguments, parameters.length)) {
      return true;
    }
    if (!method.isVarArgs()) {
      return false;
    }
    int fixed = parameters.length - 1;
    if (arguments.size() < fixed || !allAssignable(parameters, arguments, fixed)) {
      return false;
    }
    Class<?> element = parameters[fixed].getComponentType();
    for (int i = fixed; i < arguments.size(); i++) {
      Class<?> argument = arguments.get(i);
      boolean spreadArray = i == fixed && i == arguments.size() - 1 && argument.isArray()
          && assignable(element, argument.getComponentType());
      if (!spreadArray && !assignable(element, argument)) {
        return false;
      }
    }
    return true;
  }

  private static boolean allAssignable(Class<?>[] parameters, List<Class<?>> arguments, int count) {
    for (int i = 0; i < count; i++) {
      if (!assignable(parameters[i], arguments.get(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Java's widening and boxing conversions for primitives; a reference parameter must be of the
   * very type Spark takes, since a wider one (an {@code Object} taking a {@code String}) may mean
   * something else (a literal, not a column name). Where ours is wider on purpose, the left-out
   * list says so.
   */
  private static boolean assignable(Class<?> parameter, Class<?> argument) {
    if (argument.isPrimitive()) {
      return parameter == argument || parameter == Object.class
          || (parameter == long.class && (argument == int.class || argument == short.class))
          || (parameter == double.class && (argument == float.class || argument == long.class || argument == int.class));
    }
    return parameter == argument;
  }

  private static Class<?> resolve(String type) {
    if (type.endsWith("[]")) {
      Class<?> element = resolve(type.substring(0, type.length() - 2));
      return element == null ? null : element.arrayType();
    }
    switch (type) {
      case "boolean": return boolean.class;
      case "byte": return byte.class;
      case "short": return short.class;
      case "int": return int.class;
      case "long": return long.class;
      case "float": return float.class;
      case "double": return double.class;
      default:
        try {
          return Class.forName(type, false, ApiParityTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
          return null;
        }
    }
  }

  /** Spark's public methods of {@code className} that Java can call, in our types, as {@code name(types)}. */
  private static List<String> sparkSignatures(String className) {
    List<String> signatures = new ArrayList<>();
    for (String line : javap(className).split("\n")) {
      Matcher m = METHOD.matcher(line);
      if (!m.find() || line.contains("$") || SCALA_ONLY.matcher(line).find()
          || TYPED_PARAMETER.matcher(m.group(2)).find()) {
        continue;
      }
      String name = m.group(1);
      if (name.equals(className.substring(className.lastIndexOf('.') + 1)) || isObjectMethod(name)) {
        continue;
      }
      List<String> types = new ArrayList<>();
      for (String type : splitParameters(m.group(2))) {
        types.add(ours(type));
      }
      signatures.add(name + "(" + String.join(", ", types) + ")");
    }
    return signatures;
  }

  /** javap's listing of Spark's public members of {@code className}, read from its jar. */
  private static String javap(String className) {
    URL classFile = ApiParityTest.class.getClassLoader().getResource(className.replace('.', '/') + ".class");
    assertThat(classFile).as(className + " on the test class path (spark-sql-api)").isNotNull();
    String jar;
    try {
      jar = ((JarURLConnection) classFile.openConnection()).getJarFileURL().getPath();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    StringWriter out = new StringWriter();
    int status = ToolProvider.findFirst("javap").orElseThrow()
        .run(new PrintWriter(out), new PrintWriter(out), "-public", "-cp", jar, className);
    assertThat(status).as(out.toString()).isZero();
    return out.toString();
  }

  /** Methods of java.lang.Object, and the members every Scala case class gets from scala.Product. */
  private static boolean isObjectMethod(String name) {
    return Set.of("toString", "equals", "hashCode", "getClass", "wait", "notify", "notifyAll",
        "canEqual", "productArity", "productElement", "productElementName", "productPrefix").contains(name);
  }

  private static List<String> splitParameters(String parameters) {
    List<String> types = new ArrayList<>();
    int depth = 0;
    StringBuilder current = new StringBuilder();
    for (char c : parameters.toCharArray()) {
      if (c == '<') {
        depth++;
      } else if (c == '>') {
        depth--;
      }
      if (c == ',' && depth == 0) {
        types.add(current.toString().trim());
        current.setLength(0);
      } else {
        current.append(c);
      }
    }
    if (!current.toString().isBlank()) {
      types.add(current.toString().trim());
    }
    return types;
  }

  /** A Spark parameter type as this client spells it (erased, varargs as arrays). */
  private static String ours(String sparkType) {
    if (sparkType.startsWith("org.apache.spark.sql.Dataset<") && !sparkType.startsWith("org.apache.spark.sql.Dataset<org.apache.spark.sql.Row>")
        && !sparkType.startsWith("org.apache.spark.sql.Dataset<?>")) {
      return "dev.sparkconnect.client.Dataset" + (sparkType.endsWith("...") ? "[]" : "");
    }
    String type = sparkType.replaceAll("<.*>", "").replace("...", "[]");
    return type
        .replace("org.apache.spark.sql.types.", "dev.sparkconnect.client.types.")
        .replace("org.apache.spark.sql.expressions.", "dev.sparkconnect.client.")
        .replace("org.apache.spark.sql.catalog.", "dev.sparkconnect.client.")
        .replace("org.apache.spark.storage.", "dev.sparkconnect.client.")
        .replace("org.apache.spark.util.sketch.BloomFilter$Version", "dev.sparkconnect.client.sketch.BloomFilter$Version")
        .replace("org.apache.spark.util.sketch.", "dev.sparkconnect.client.sketch.")
        .replace("org.apache.spark.sql.Dataset", "dev.sparkconnect.client.DataFrame")
        .replace("org.apache.spark.sql.", "dev.sparkconnect.client.");
  }

  /** {@code Class.method} (every overload) or {@code Class.method(types)}, each with its reason. */
  private static Map<String, String> leftOut() throws IOException {
    Map<String, String> reasons = new LinkedHashMap<>();
    try (InputStream in = ApiParityTest.class.getResourceAsStream("/api-parity-left-out.txt")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        int colon = line.indexOf(": ");
        assertThat(colon).as("'%s' has the form 'Class.method: reason'", line).isPositive();
        reasons.put(line.substring(0, colon).trim(), line.substring(colon + 2).trim());
      }
    }
    return reasons;
  }
}
