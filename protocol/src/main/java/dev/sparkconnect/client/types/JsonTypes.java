package dev.sparkconnect.client.types;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads Spark's JSON schema form, the inverse of {@link DataType#json()}. */
final class JsonTypes {

  private static final Pattern PARAMETERISED = Pattern.compile("(decimal|char|varchar|time)\\((\\d+)(?:,\\s*(\\d+))?\\)");

  private static final Pattern COLLATED_STRING = Pattern.compile("string\\s+collate\\s+(\\w+)");

  private JsonTypes() {}

  static DataType parse(String json) {
    try {
      return type(JsonParser.parseString(json));
    } catch (JsonParseException | IllegalArgumentException | IllegalStateException | UnsupportedOperationException
        | NullPointerException e) {
      throw new IllegalArgumentException("Not a Spark JSON data type: " + json + " (" + e.getMessage() + ")", e);
    }
  }

  private static DataType type(JsonElement value) {
    if (value.isJsonPrimitive()) {
      return named(value.getAsString());
    }
    JsonObject object = value.getAsJsonObject();
    String kind = object.get("type").getAsString();
    switch (kind) {
      case "array":
        return new ArrayType(type(object.get("elementType")), bool(object.get("containsNull")));
      case "map":
        return new MapType(type(object.get("keyType")), type(object.get("valueType")),
            bool(object.get("valueContainsNull")));
      case "struct": {
        List<StructField> fields = new ArrayList<>();
        for (JsonElement field : object.getAsJsonArray("fields")) {
          JsonObject f = field.getAsJsonObject();
          fields.add(new StructField(f.get("name").getAsString(), type(f.get("type")), bool(f.get("nullable"))));
        }
        return new StructType(fields);
      }
      case "udt":
        return type(object.get("sqlType"));
      default:
        throw new IllegalArgumentException("unknown complex type '" + kind + "'");
    }
  }

  private static DataType named(String name) {
    Matcher collated = COLLATED_STRING.matcher(name);
    if (collated.matches()) {
      return DataTypes.createStringType(collated.group(1));
    }
    switch (name) {
      case "void": case "null": return DataTypes.NullType;
      case "boolean": return DataTypes.BooleanType;
      case "byte": return DataTypes.ByteType;
      case "short": return DataTypes.ShortType;
      case "integer": return DataTypes.IntegerType;
      case "long": return DataTypes.LongType;
      case "float": return DataTypes.FloatType;
      case "double": return DataTypes.DoubleType;
      case "string": return DataTypes.StringType;
      case "binary": return DataTypes.BinaryType;
      case "date": return DataTypes.DateType;
      case "timestamp": return DataTypes.TimestampType;
      case "timestamp_ntz": return DataTypes.TimestampNTZType;
      case "calendarinterval": case "interval": return DataTypes.CalendarIntervalType;
      case "variant": return DataTypes.VariantType;
      case "decimal": return new DecimalType(10, 0);
      default:
        break;
    }
    Matcher m = PARAMETERISED.matcher(name);
    if (m.matches()) {
      int first = Integer.parseInt(m.group(2));
      switch (m.group(1)) {
        case "decimal": return new DecimalType(first, m.group(3) == null ? 0 : Integer.parseInt(m.group(3)));
        case "char": return new CharType(first);
        case "varchar": return new VarcharType(first);
        default: return new TimeType(first);
      }
    }
    if (name.startsWith("interval ")) {
      return DdlParser.type(name);
    }
    throw new IllegalArgumentException("unknown type name '" + name + "'");
  }

  private static boolean bool(JsonElement value) {
    return value == null || value.isJsonNull() || Boolean.parseBoolean(value.getAsString());
  }
}
