package dev.sparkconnect.protocol.plans;

import com.google.protobuf.CodedOutputStream;
import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.Message;
import com.google.protobuf.util.JsonFormat;
import dev.sparkconnect.proto.Plan;
import dev.sparkconnect.proto.Relation;
import dev.sparkconnect.protocol.secrets.SecretKeys;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * The canonical form of a Spark Connect plan: what stays the same when the same DataFrame is built
 * twice, in another session or by another client.
 *
 * <p>Clients number their relations from a per-process counter, so {@code spark.range(3)} is
 * {@code plan_id 7} in one run and {@code plan_id 12} in the next; Apache Spark's client also
 * attaches the caller's stack trace as an {@code origin}. The canonical form renumbers every
 * relation's plan id in traversal order (and every reference to it, such as
 * {@code df.col("x")}), renames lambda variables in order of appearance, and drops origins. It
 * also settles the few ways of writing the same thing that clients differ on: an expression
 * {@code common} left empty, {@code is_internal: false} (the default) spelled out, a SQL command in
 * its deprecated or its current form. What is left is a faithful key: two plans with the same
 * canonical form ask the server the same question. One thing more is left out, on purpose: the
 * value of every option whose name is a secret ({@link SecretKeys}, Spark's
 * {@code spark.redaction.regex}), such as a JDBC {@code password}, is replaced by Spark's
 * redaction mark, so a recorded plan can be committed and still matches the live request.
 *
 * <pre>{@code
 * Plan key = CanonicalPlans.canonicalize(request.getPlan());
 * String id = CanonicalPlans.hash(key);     // stable across runs and clients
 * String json = CanonicalPlans.toJson(key); // pretty, for people and fixtures
 * }</pre>
 */
public final class CanonicalPlans {

  private static final String RELATION_COMMON = "spark.connect.RelationCommon";
  private static final String LAMBDA_VARIABLE = "spark.connect.Expression.UnresolvedNamedLambdaVariable";
  private static final JsonFormat.Printer JSON = JsonFormat.printer().sortingMapKeys();
  private static final JsonFormat.Parser JSON_PARSER = deepJsonParser();

  private CanonicalPlans() {}

  /**
   * A JSON parser for plans as deep as a client can build. protobuf's parser stops at 100 levels
   * (a DataFrame of about 50 steps) and keeps the setting that lifts it package-private; it is
   * reached by reflection, and where that is refused the default parser is kept.
   */
  private static JsonFormat.Parser deepJsonParser() {
    JsonFormat.Parser parser = JsonFormat.parser();
    try {
      java.lang.reflect.Method limit = JsonFormat.Parser.class.getDeclaredMethod("usingRecursionLimit", int.class);
      limit.setAccessible(true);
      return (JsonFormat.Parser) limit.invoke(parser, 1_000_000);
    } catch (ReflectiveOperationException | RuntimeException refused) {
      return parser;
    }
  }

  /** The canonical form of any message that holds plans: a Plan, a Relation, an AnalyzePlanRequest. */
  @SuppressWarnings("unchecked")
  public static <M extends Message> M canonicalize(M message) {
    return DeepWalk.run(() -> canonicalizeHere(message));
  }

  @SuppressWarnings("unchecked")
  private static <M extends Message> M canonicalizeHere(M message) {
    if (message instanceof Plan plan && plan.hasCommand() && plan.getCommand().hasSqlCommand()) {
      message = (M) plan.toBuilder().setCommand(plan.getCommand().toBuilder()
          .setSqlCommand(SqlCommands.canonical(plan.getCommand().getSqlCommand()))).build();
    }
    Map<Long, Long> planIds = new HashMap<>();
    collectPlanIds(message, planIds);
    return (M) rewrite(message, new Renumbering(planIds));
  }

  /**
   * Pretty-printed proto3 JSON, fields in number order and map keys sorted: the same message always
   * prints the same text. A message holding an {@code Any} of a type outside the protocol cannot be
   * printed and fails naming it.
   */
  public static String toJson(Message message) {
    return DeepWalk.run(() -> toJsonHere(message));
  }

  private static String toJsonHere(Message message) {
    try {
      return JSON.print(message) + "\n";
    } catch (InvalidProtocolBufferException e) {
      throw new IllegalArgumentException("cannot print " + message.getDescriptorForType().getFullName()
          + " as JSON: " + e.getMessage(), e);
    }
  }

  /** Parses JSON printed by {@link #toJson} into {@code builder}'s message type. */
  @SuppressWarnings("unchecked")
  public static <M extends Message> M fromJson(String json, Message.Builder builder) throws InvalidProtocolBufferException {
    InvalidProtocolBufferException[] invalid = new InvalidProtocolBufferException[1];
    M message = DeepWalk.run(() -> {
      try {
        JSON_PARSER.merge(json, builder);
        return (M) builder.build();
      } catch (InvalidProtocolBufferException e) {
        invalid[0] = e;
        return null;
      }
    });
    if (invalid[0] != null) {
      throw invalid[0];
    }
    return message;
  }

  /** A stable hexadecimal digest of a (canonical) message's deterministic serialisation. */
  public static String hash(Message message) {
    return DeepWalk.run(() -> hashHere(message));
  }

  private static String hashHere(Message message) {
    try {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      CodedOutputStream out = CodedOutputStream.newInstance(bytes);
      out.useDeterministicSerialization();
      message.writeTo(out);
      out.flush();
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes.toByteArray()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  /** Whether two plans ask the same question, whatever their plan ids and origins. */
  public static boolean sameCanonicalForm(Message a, Message b) {
    return canonicalize(a).equals(canonicalize(b));
  }

  private static void collectPlanIds(Message message, Map<Long, Long> planIds) {
    for (Map.Entry<FieldDescriptor, Object> entry : message.getAllFields().entrySet()) {
      FieldDescriptor field = entry.getKey();
      if (field.getJavaType() == FieldDescriptor.JavaType.MESSAGE) {
        for (Object child : values(field, entry.getValue())) {
          collectPlanIds((Message) child, planIds);
        }
      } else if (isRelationPlanId(message.getDescriptorForType(), field)) {
        planIds.putIfAbsent((Long) entry.getValue(), (long) planIds.size());
      }
    }
  }

  private static boolean isRelationPlanId(Descriptor owner, FieldDescriptor field) {
    return owner.getFullName().equals(RELATION_COMMON) && field.getName().equals("plan_id");
  }

  private static Message rewrite(Message message, Renumbering renumbering) {
    // Fields this protocol version does not know would count in the hash but vanish from the JSON.
    Message.Builder builder = message.toBuilder().setUnknownFields(com.google.protobuf.UnknownFieldSet.getDefaultInstance());
    Descriptor type = message.getDescriptorForType();
    for (Map.Entry<FieldDescriptor, Object> entry : message.getAllFields().entrySet()) {
      FieldDescriptor field = entry.getKey();
      String name = field.getName();
      if (name.equals("origin") || (type.getFullName().equals(RELATION_COMMON) && name.equals("source_info"))) {
        builder.clearField(field);
      } else if (name.equals("plan_id") && field.getJavaType() == FieldDescriptor.JavaType.LONG
          && !field.isRepeated()) {
        builder.setField(field, renumbering.planId((Long) entry.getValue()));
      } else if (name.equals("is_internal") && Boolean.FALSE.equals(entry.getValue())) {
        builder.clearField(field);
      } else if (type.getFullName().equals(LAMBDA_VARIABLE) && name.equals("name_parts")) {
        builder.clearField(field);
        for (Object part : (List<?>) entry.getValue()) {
          builder.addRepeatedField(field, renumbering.lambdaVariable((String) part));
        }
      } else if (field.getJavaType() == FieldDescriptor.JavaType.MESSAGE) {
        if (field.isRepeated()) {
          builder.clearField(field);
          for (Object child : (List<?>) entry.getValue()) {
            Message rewritten = rewrite((Message) child, renumbering);
            builder.addRepeatedField(field, field.isMapField() ? withSecretHidden(rewritten) : rewritten);
          }
        } else {
          Message child = rewrite((Message) entry.getValue(), renumbering);
          if (name.equals("common") && child.getAllFields().isEmpty()) {
            builder.clearField(field);
          } else {
            builder.setField(field, child);
          }
        }
      }
    }
    return builder.build();
  }

  /** A map entry of text to text, its value hidden when its key names a secret ({@link SecretKeys}). */
  private static Message withSecretHidden(Message entry) {
    Descriptor type = entry.getDescriptorForType();
    FieldDescriptor key = type.findFieldByName("key");
    FieldDescriptor value = type.findFieldByName("value");
    if (key == null || value == null || key.getJavaType() != FieldDescriptor.JavaType.STRING
        || value.getJavaType() != FieldDescriptor.JavaType.STRING) {
      return entry;
    }
    String name = (String) entry.getField(key);
    if (!SecretKeys.standard().isSecret(name)) {
      return entry;
    }
    return entry.toBuilder().setField(value, SecretKeys.REDACTED).build();
  }

  private static List<?> values(FieldDescriptor field, Object value) {
    return field.isRepeated() ? (List<?>) value : List.of(value);
  }

  /** New plan ids and lambda variable names, handed out in order of first appearance. */
  private static final class Renumbering {
    private final Map<Long, Long> planIds;
    private final Map<String, String> lambdaVariables = new HashMap<>();

    Renumbering(Map<Long, Long> planIds) {
      this.planIds = planIds;
    }

    long planId(long original) {
      return planIds.computeIfAbsent(original, id -> (long) planIds.size());
    }

    String lambdaVariable(String original) {
      return lambdaVariables.computeIfAbsent(original, name -> "x_" + lambdaVariables.size());
    }
  }

}
