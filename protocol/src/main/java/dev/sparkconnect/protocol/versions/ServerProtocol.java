package dev.sparkconnect.protocol.versions;

import com.google.protobuf.CodedInputStream;
import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.Descriptors.EnumValueDescriptor;
import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.Message;
import com.google.protobuf.WireFormat;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * What a Spark Connect server of an older Spark line can read of a request, so that a request it
 * would misread is refused before it is sent.
 *
 * <p>A protobuf reader skips fields it does not know. An old server given a plan with a newer
 * relation (a lateral join to a 4.0 server), expression (a subquery), enum value or option would
 * therefore not fail: it would run a different query, or fail with a message about something else.
 * This class holds the protocol of each older line (3.5, 4.0, 4.1: the {@code .proto} files of its
 * server jar, packed into this jar at build time) and finds the first part of a message that the
 * line's protocol lacks, with the first line that has it.
 *
 * <pre>{@code
 * ServerProtocol.unreadablePart(plan, server).ifPresent(part -> { throw ... part.firstVersion() ... });
 * }</pre>
 *
 * <p>Fields left at their default value are not sent on the wire, so they never count. Servers of
 * the line this build speaks ({@link SparkVersion#PROTOCOL}) or newer read everything.
 */
public final class ServerProtocol {

  private static final List<String> FILES = List.of("base", "catalog", "commands", "common", "expressions",
      "relations", "types", "ml", "ml_common", "pipelines", "example_plugins");

  /** The older lines, oldest first, with the version that names each. */
  private static final List<SparkVersion> OLDER_LINES = List.of(
      new SparkVersion(3, 5, 0, "3.5"), new SparkVersion(4, 0, 0, "4.0"), new SparkVersion(4, 1, 0, "4.1"));

  private static final Map<String, ProtoSchema> SCHEMAS = new ConcurrentHashMap<>();

  private static final AtomicBoolean PREPARING = new AtomicBoolean();

  private ServerProtocol() {}

  /**
   * Starts reading, on a daemon thread, what the first {@link #unreadablePart} call needs and a
   * fresh JVM does not yet hold: the oldest line's protocol files and this build's Spark Connect
   * descriptors (about 0.2 s together, most of it the descriptors). A client calls it as a session
   * opens, so the work overlaps the connection's set-up on another core instead of delaying the
   * first query. Calling it again does nothing; the first check waits for it if it has not finished.
   */
  public static void prepareInBackground() {
    if (!PREPARING.compareAndSet(false, true)) {
      return;
    }
    Thread thread = new Thread(() -> {
      try {
        dev.sparkconnect.proto.Plan.getDescriptor();
        schema(OLDER_LINES.get(0));
      } catch (RuntimeException | LinkageError e) {
        // Only a head start: the first check reads the same again and reports any failure itself.
      }
    }, "spark-connect-protocol-preparation");
    thread.setDaemon(true);
    thread.start();
  }

  /**
   * A part of a request that a server cannot read.
   *
   * @param name what it is, readable: {@code "relation NearestByJoin (spark.connect.Relation.nearest_by_join)"}
   * @param firstVersion the first Spark line whose servers read it, such as {@code "4.2"}
   */
  public record UnreadablePart(String name, String firstVersion) {}

  /**
   * The part of {@code message} that a server of {@code server}'s version cannot read and that needs
   * the newest Spark line (the first found, depth first, among equals), or empty if the server can
   * read all of it. Its {@link UnreadablePart#firstVersion()} is thus the oldest line that reads the
   * whole message.
   */
  public static Optional<UnreadablePart> unreadablePart(Message message, SparkVersion server) {
    SparkVersion line = lineOf(server);
    if (line == null) {
      return Optional.empty();
    }
    List<UnreadablePart> parts = new ArrayList<>();
    ProtoSchema schema = schema(line);
    dev.sparkconnect.protocol.plans.DeepWalk.run(() -> {
      parts.clear();
      collectUnreadable(message, schema, parts);
      return parts;
    });
    UnreadablePart newest = null;
    for (UnreadablePart part : parts) {
      if (newest == null || SparkVersion.parse(part.firstVersion()).compareTo(SparkVersion.parse(newest.firstVersion())) > 0) {
        newest = part;
      }
    }
    return Optional.ofNullable(newest);
  }

  /**
   * Walks {@code message} as the server will read it: its wire bytes, field by field, with this
   * build's descriptors naming each field. Only what is on the wire counts (a field left at its
   * default is not sent), and no reflection is needed: protobuf's reflective accessors
   * ({@code getAllFields}) would load the builder class of every field of every message type on the
   * way, which cost a fresh JVM's first query about 0.4 s.
   */
  private static void collectUnreadable(Message message, ProtoSchema schema, List<UnreadablePart> found) {
    try {
      walk(message.getDescriptorForType(), message.toByteString().newCodedInput(), schema, found);
    } catch (IOException e) {
      throw new IllegalStateException("Could not read back a message this client wrote: " + e.getMessage(), e);
    }
  }

  private static void walk(Descriptor type, CodedInputStream in, ProtoSchema schema, List<UnreadablePart> found)
      throws IOException {
    String typeName = type.getFullName();
    boolean typeKnown = schema.hasMessage(typeName);
    for (int tag = in.readTag(); tag != 0; tag = in.readTag()) {
      FieldDescriptor field = type.findFieldByNumber(WireFormat.getTagFieldNumber(tag));
      int wireType = WireFormat.getTagWireType(tag);
      if (field == null) {
        in.skipField(tag);
        continue;
      }
      if (field.getJavaType() == FieldDescriptor.JavaType.ENUM) {
        readEnumValues(field, wireType, in, typeKnown, schema, found);
      } else if (field.getJavaType() == FieldDescriptor.JavaType.MESSAGE && wireType == WireFormat.WIRETYPE_LENGTH_DELIMITED) {
        reportIfUnknown(field, typeKnown, schema, found);
        if (field.isMapField()) {
          in.skipField(tag);
        } else {
          int limit = in.pushLimit(in.readRawVarint32());
          walk(field.getMessageType(), in, schema, found);
          in.popLimit(limit);
        }
      } else if (!readsAsDefault(tag, in) || field.isRepeated()) {
        // A repeated field is sent only when it holds elements, even empty ones, so it always counts.
        reportIfUnknown(field, typeKnown, schema, found);
      }
    }
  }

  private static void reportIfUnknown(FieldDescriptor field, boolean typeKnown, ProtoSchema schema,
      List<UnreadablePart> found) {
    String type = field.getContainingType().getFullName();
    if (typeKnown && !schema.hasField(type, field.getName())) {
      found.add(new UnreadablePart(describe(field), firstLineWith(p -> p.hasField(type, field.getName()))));
    }
  }

  /** Reads one value, or a packed run of them; a field holding only the zero value counts as unset. */
  private static void readEnumValues(FieldDescriptor field, int wireType, CodedInputStream in, boolean typeKnown,
      ProtoSchema schema, List<UnreadablePart> found) throws IOException {
    List<Integer> numbers = new ArrayList<>();
    if (wireType == WireFormat.WIRETYPE_LENGTH_DELIMITED) {
      int limit = in.pushLimit(in.readRawVarint32());
      while (!in.isAtEnd()) {
        numbers.add(in.readEnum());
      }
      in.popLimit(limit);
    } else {
      numbers.add(in.readEnum());
    }
    boolean set = field.isRepeated() || numbers.stream().anyMatch(number -> number != 0);
    if (set) {
      reportIfUnknown(field, typeKnown, schema, found);
    }
    for (int number : numbers) {
      EnumValueDescriptor value = field.getEnumType().findValueByNumber(number);
      UnreadablePart part = value == null ? null : unreadableEnumValue(value, schema);
      if (part != null) {
        found.add(part);
      }
    }
  }

  /** Skips a scalar value, answering whether it was its type's zero (which proto3 does not send unless asked). */
  private static boolean readsAsDefault(int tag, CodedInputStream in) throws IOException {
    return switch (WireFormat.getTagWireType(tag)) {
      case WireFormat.WIRETYPE_VARINT -> in.readRawVarint64() == 0;
      case WireFormat.WIRETYPE_FIXED64 -> in.readRawLittleEndian64() == 0;
      case WireFormat.WIRETYPE_FIXED32 -> in.readRawLittleEndian32() == 0;
      case WireFormat.WIRETYPE_LENGTH_DELIMITED -> {
        int length = in.readRawVarint32();
        in.skipRawBytes(length);
        yield length == 0;
      }
      default -> {
        in.skipField(tag);
        yield false;
      }
    };
  }

  private static UnreadablePart unreadableEnumValue(EnumValueDescriptor value, ProtoSchema schema) {
    String enumType = value.getType().getFullName();
    if (value.getNumber() == 0 || schema.hasEnumValue(enumType, value.getName())) {
      return null;
    }
    return new UnreadablePart(value.getName() + " (" + enumType + ")",
        firstLineWith(p -> p.hasEnumValue(enumType, value.getName())));
  }

  private static String describe(FieldDescriptor field) {
    String where = field.getContainingType().getFullName() + "." + field.getName();
    if (field.getRealContainingOneof() != null && field.getJavaType() == FieldDescriptor.JavaType.MESSAGE) {
      String kind = field.getContainingType().getName().toLowerCase(java.util.Locale.ROOT);
      return kind + " " + field.getMessageType().getName() + " (" + where + ")";
    }
    return "the field " + where;
  }

  private static String firstLineWith(java.util.function.Predicate<ProtoSchema> has) {
    for (SparkVersion line : OLDER_LINES) {
      if (has.test(schema(line))) {
        return line.text();
      }
    }
    return SparkVersion.PROTOCOL.major() + "." + SparkVersion.PROTOCOL.minor();
  }

  /** The older line {@code server} belongs to, or null for the protocol's own line and newer. */
  private static SparkVersion lineOf(SparkVersion server) {
    SparkVersion chosen = null;
    for (SparkVersion line : OLDER_LINES) {
      if (server.major() == line.major() && server.minor() == line.minor()) {
        return line;
      }
      if (server.compareTo(line) > 0) {
        chosen = line;
      }
    }
    if (server.compareTo(OLDER_LINES.get(0)) < 0) {
      return OLDER_LINES.get(0);
    }
    return server.isAtLeast(new SparkVersion(SparkVersion.PROTOCOL.major(), SparkVersion.PROTOCOL.minor(), 0, ""))
        ? null : chosen;
  }

  private static ProtoSchema schema(SparkVersion line) {
    return SCHEMAS.computeIfAbsent(line.text(), ServerProtocol::load);
  }

  private static ProtoSchema load(String line) {
    List<String> files = new ArrayList<>();
    for (String file : FILES) {
      String resource = "spark-" + line + "/spark/connect/" + file + ".proto";
      try (InputStream in = ServerProtocol.class.getResourceAsStream(resource)) {
        if (in != null) {
          files.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
      } catch (IOException e) {
        throw new UncheckedIOException("Could not read " + resource, e);
      }
    }
    if (files.isEmpty()) {
      throw new IllegalStateException("The Spark " + line + " protocol files are missing from this jar "
          + "(dev/sparkconnect/protocol/versions/spark-" + line + "); the build packs them in");
    }
    return ProtoSchema.parse(files);
  }
}
