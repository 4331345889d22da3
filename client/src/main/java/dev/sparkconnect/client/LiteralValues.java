package dev.sparkconnect.client;

import dev.sparkconnect.client.types.CalendarInterval;
import dev.sparkconnect.proto.Expression;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Literal expressions sent by the server (observed metrics) as the same Java values rows hold:
 * Long for BIGINT, BigDecimal for DECIMAL, Instant for TIMESTAMP, List, Map, Row and so on.
 */
final class LiteralValues {

  private LiteralValues() {}

  static Object toJava(Expression.Literal literal) {
    return switch (literal.getLiteralTypeCase()) {
      case NULL, LITERALTYPE_NOT_SET -> null;
      case BOOLEAN -> literal.getBoolean();
      case BYTE -> (byte) literal.getByte();
      case SHORT -> (short) literal.getShort();
      case INTEGER -> literal.getInteger();
      case LONG -> literal.getLong();
      case FLOAT -> literal.getFloat();
      case DOUBLE -> literal.getDouble();
      case DECIMAL -> new BigDecimal(literal.getDecimal().getValue());
      case STRING -> literal.getString();
      case BINARY -> literal.getBinary().toByteArray();
      case DATE -> LocalDate.ofEpochDay(literal.getDate());
      case TIMESTAMP -> instantOfMicros(literal.getTimestamp());
      case TIMESTAMP_NTZ -> LocalDateTime.ofInstant(instantOfMicros(literal.getTimestampNtz()), ZoneOffset.UTC);
      case DAY_TIME_INTERVAL -> Duration.ofSeconds(Math.floorDiv(literal.getDayTimeInterval(), 1_000_000L),
          Math.floorMod(literal.getDayTimeInterval(), 1_000_000L) * 1000L);
      case YEAR_MONTH_INTERVAL -> Period.ofMonths(literal.getYearMonthInterval()).normalized();
      case CALENDAR_INTERVAL -> new CalendarInterval(literal.getCalendarInterval().getMonths(),
          literal.getCalendarInterval().getDays(), literal.getCalendarInterval().getMicroseconds());
      case TIME -> LocalTime.ofNanoOfDay(literal.getTime().getNano());
      case ARRAY -> all(literal.getArray().getElementsList());
      case MAP -> map(literal.getMap().getKeysList(), literal.getMap().getValuesList());
      case STRUCT -> Row.fromList(all(literal.getStruct().getElementsList()));
      default -> throw new IllegalArgumentException("A literal of kind " + literal.getLiteralTypeCase()
          + " has no Java value in this client yet");
    };
  }

  private static List<Object> all(List<Expression.Literal> literals) {
    List<Object> values = new ArrayList<>(literals.size());
    for (Expression.Literal literal : literals) {
      values.add(toJava(literal));
    }
    return values;
  }

  private static Map<Object, Object> map(List<Expression.Literal> keys, List<Expression.Literal> values) {
    Map<Object, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < keys.size(); i++) {
      map.put(toJava(keys.get(i)), i < values.size() ? toJava(values.get(i)) : null);
    }
    return map;
  }

  private static Instant instantOfMicros(long micros) {
    return Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1000L);
  }
}
