package dev.sparkconnect.mock.conformance;

import com.google.protobuf.ByteString;
import dev.sparkconnect.arrow.ArrowField;
import dev.sparkconnect.arrow.ArrowSchema;
import dev.sparkconnect.arrow.ArrowStreamWriter;
import dev.sparkconnect.arrow.ArrowType;
import dev.sparkconnect.arrow.ArrowVector;
import dev.sparkconnect.proto.LocalRelation;
import dev.sparkconnect.proto.Relation;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;

/**
 * Values in Arrow as Spark sends them: the doubles a careless encoder loses (NaN, -0.0,
 * infinities), the empties it confuses with nulls (strings, arrays, maps, structs, binary), exact
 * decimals and integer bounds, time values in the session's zone, and a local relation sent in
 * and read back unchanged.
 */
final class ArrowValueCases {

  private static final String AREA = "arrow";

  private ArrowValueCases() {}

  static List<ConformanceCase> all() {
    return List.of(
        ConformanceCase.of(AREA, "double-specials", "NaN, both infinities and -0.0 arrive as such in a DOUBLE column",
            session -> {
          Execution result = session.sql("SELECT CAST('NaN' AS DOUBLE) AS nan, CAST('Infinity' AS DOUBLE) AS pos_inf, "
              + "CAST('-Infinity' AS DOUBLE) AS neg_inf, CAST('-0.0' AS DOUBLE) AS neg_zero, "
              + "CAST('0.0' AS DOUBLE) AS pos_zero").expectSuccess();
          Expect.equal(new ArrowType.FloatingPoint(64), result.cell(0, 0).vector().type(), "the Arrow type");
          Expect.that(Double.isNaN(result.cell(0, 0).vector().getDouble(0)), "nan is NaN");
          Expect.equal(Double.POSITIVE_INFINITY, result.cell(0, 1).vector().getDouble(0), "pos_inf");
          Expect.equal(Double.NEGATIVE_INFINITY, result.cell(0, 2).vector().getDouble(0), "neg_inf");
          Expect.equal(Long.MIN_VALUE, Double.doubleToRawLongBits(result.cell(0, 3).vector().getDouble(0)),
              "the bits of neg_zero (the sign kept)");
          Expect.equal(0L, Double.doubleToRawLongBits(result.cell(0, 4).vector().getDouble(0)), "the bits of pos_zero");
        }),
        ConformanceCase.of(AREA, "float-specials", "NaN, both infinities and -0.0 arrive as such in a FLOAT column",
            session -> {
          Execution result = session.sql("SELECT CAST('NaN' AS FLOAT) AS nan, CAST('Infinity' AS FLOAT) AS pos_inf, "
              + "CAST('-Infinity' AS FLOAT) AS neg_inf, CAST('-0.0' AS FLOAT) AS neg_zero").expectSuccess();
          Expect.equal(new ArrowType.FloatingPoint(32), result.cell(0, 0).vector().type(), "the Arrow type");
          Expect.that(Float.isNaN(result.cell(0, 0).vector().getFloat(0)), "nan is NaN");
          Expect.equal(Float.POSITIVE_INFINITY, result.cell(0, 1).vector().getFloat(0), "pos_inf");
          Expect.equal(Float.NEGATIVE_INFINITY, result.cell(0, 2).vector().getFloat(0), "neg_inf");
          Expect.equal(Integer.MIN_VALUE, Float.floatToRawIntBits(result.cell(0, 3).vector().getFloat(0)),
              "the bits of neg_zero (the sign kept)");
        }),
        ConformanceCase.of(AREA, "nan-ordering", "NaN sorts after +Infinity and equals itself, as Spark defines it",
            session -> {
          Execution sorted = session.sql("SELECT v FROM VALUES (CAST('NaN' AS DOUBLE)), (1.5D), "
              + "(CAST('Infinity' AS DOUBLE)), (CAST('-Infinity' AS DOUBLE)) AS t(v) ORDER BY v").expectSuccess();
          Expect.equal(List.of("-Infinity", "1.5", "Infinity", "NaN"), sorted.column(), "the sorted values");
          Expect.equal(List.of("true"), session.sql("SELECT CAST('NaN' AS DOUBLE) = CAST('NaN' AS DOUBLE) AS same")
              .expectSuccess().column(), "NaN = NaN");
        }),
        ConformanceCase.of(AREA, "empty-string-is-not-null", "an empty string and a null string stay apart", session -> {
          Execution result = session.sql("SELECT '' AS empty, CAST(NULL AS STRING) AS missing").expectSuccess();
          Expect.that(!result.cell(0, 0).isNull(), "the empty string is not null");
          Expect.equal("", result.cell(0, 0).vector().getString(0), "the empty string");
          Expect.that(result.cell(0, 1).isNull(), "the null string is null");
        }),
        ConformanceCase.of(AREA, "empty-array-is-not-null", "an empty array, a null array and an array holding a null "
            + "stay apart", session -> {
          Execution result = session.sql("SELECT CAST(array() AS ARRAY<INT>) AS empty, CAST(NULL AS ARRAY<INT>) AS "
              + "missing, array(1, NULL, 3) AS holey").expectSuccess();
          ArrowVector empty = result.cell(0, 0).vector();
          Expect.that(!empty.isNull(0), "the empty array is not null");
          Expect.equal(0, empty.elementEnd(0) - empty.elementStart(0), "the empty array's length");
          Expect.that(result.cell(0, 1).isNull(), "the null array is null");
          Expect.equal("[1, NULL, 3]", result.cell(0, 2).text(), "the array holding a null");
        }),
        ConformanceCase.of(AREA, "empty-map-is-not-null", "an empty map, a null map and a map with a null value stay "
            + "apart", session -> {
          Execution result = session.sql("SELECT CAST(map() AS MAP<STRING, INT>) AS empty, "
              + "CAST(NULL AS MAP<STRING, INT>) AS missing, map('a', 1, 'b', NULL) AS pairs").expectSuccess();
          Expect.equal(List.of(List.of("{}", "NULL", "{a -> 1, b -> NULL}")), result.rows(), "the maps");
          Expect.that(!result.cell(0, 0).isNull(), "the empty map is not null");
        }),
        ConformanceCase.of(AREA, "struct-of-null-is-not-null", "a struct whose field is null and a null struct stay "
            + "apart", session -> {
          Execution result = session.sql("SELECT named_struct('a', CAST(NULL AS INT)) AS hollow, "
              + "CAST(NULL AS STRUCT<a: INT>) AS missing").expectSuccess();
          Expect.that(!result.cell(0, 0).isNull(), "the struct of a null field is not null");
          Expect.that(result.cell(0, 0).vector().child(0).isNull(0), "its field is null");
          Expect.that(result.cell(0, 1).isNull(), "the null struct is null");
        }),
        ConformanceCase.of(AREA, "empty-binary-is-not-null", "empty bytes and null bytes stay apart", session -> {
          Execution result = session.sql("SELECT X'' AS empty, CAST(NULL AS BINARY) AS missing, X'00FF' AS two")
              .expectSuccess();
          Expect.that(!result.cell(0, 0).isNull(), "the empty bytes are not null");
          Expect.equal(0, result.cell(0, 0).vector().getBytes(0).length, "the empty bytes' length");
          Expect.that(result.cell(0, 1).isNull(), "the null bytes are null");
          Expect.that(Arrays.equals(new byte[] {0, (byte) 0xFF}, result.cell(0, 2).vector().getBytes(0)),
              "the two bytes are 00 FF");
        }),
        ConformanceCase.of(AREA, "exact-decimals", "decimals arrive exactly, up to 38 digits, with their precision and "
            + "scale", session -> {
          Execution result = session.sql("SELECT CAST('12345678901234567890.123456789' AS DECIMAL(38, 9)) AS big, "
              + "CAST('-0.01' AS DECIMAL(4, 2)) AS small, "
              + "CAST('99999999999999999999999999999999999999' AS DECIMAL(38, 0)) AS widest").expectSuccess();
          ArrowType.Decimal big = (ArrowType.Decimal) result.cell(0, 0).vector().type();
          Expect.equal(List.of(38, 9), List.of(big.precision(), big.scale()), "the precision and scale of big");
          Expect.equal(new BigDecimal("12345678901234567890.123456789"), result.cell(0, 0).vector().getDecimal(0),
              "big");
          Expect.equal(new BigDecimal("-0.01"), result.cell(0, 1).vector().getDecimal(0), "small");
          Expect.equal(new BigDecimal("99999999999999999999999999999999999999"),
              result.cell(0, 2).vector().getDecimal(0), "widest");
        }),
        ConformanceCase.of(AREA, "integer-bounds", "each integer type arrives in its own width with its extreme "
            + "values", session -> {
          Execution result = session.sql("SELECT CAST(-128 AS TINYINT) AS t, CAST(32767 AS SMALLINT) AS s, "
              + "CAST(-2147483648 AS INT) AS i, 9223372036854775807L AS l").expectSuccess();
          Expect.equal(List.of(8, 16, 32, 64), List.of(0, 1, 2, 3).stream()
              .map(column -> ((ArrowType.Int) result.cell(0, column).vector().type()).bitWidth()).toList(),
              "the bit widths");
          Expect.equal(List.of(List.of("-128", "32767", "-2147483648", "9223372036854775807")), result.rows(),
              "the values");
        }),
        ConformanceCase.of(AREA, "timestamps-in-session-zone", "a TIMESTAMP arrives as microseconds since the epoch "
            + "in UTC, labelled with the session's zone, and a TIMESTAMP_NTZ without a zone", session -> {
          session.set("spark.sql.session.timeZone", "America/Los_Angeles");
          Execution result = session.sql("SELECT TIMESTAMP '2024-01-02 03:04:05.123456' AS la_time, "
              + "TIMESTAMP '1969-12-31 15:59:59.999999' AS before_epoch, "
              + "TIMESTAMP_NTZ '2024-01-02 03:04:05.123456' AS wall_time").expectSuccess();
          Expect.equal(new ArrowType.Timestamp(ArrowType.TimeUnit.MICROSECOND, "America/Los_Angeles"),
              result.cell(0, 0).vector().type(), "the Arrow type of a TIMESTAMP");
          Expect.equal(micros(Instant.parse("2024-01-02T11:04:05.123456Z")), result.cell(0, 0).vector().getLong(0),
              "the instant of 03:04:05.123456 in Los Angeles");
          Expect.equal(-1L, result.cell(0, 1).vector().getLong(0), "one microsecond before the epoch");
          Expect.equal(new ArrowType.Timestamp(ArrowType.TimeUnit.MICROSECOND, null),
              result.cell(0, 2).vector().type(), "the Arrow type of a TIMESTAMP_NTZ");
          Expect.equal(micros(LocalDateTime.parse("2024-01-02T03:04:05.123456").toInstant(ZoneOffset.UTC)),
              result.cell(0, 2).vector().getLong(0), "the wall time, counted as if in UTC");
        }),
        ConformanceCase.of(AREA, "dates", "dates arrive as days since the epoch, before it and at the calendar's ends",
            session -> {
          Execution result = session.sql("SELECT DATE '1900-01-01' AS old, DATE '0001-01-01' AS first_day, "
              + "DATE '9999-12-31' AS last_day").expectSuccess();
          Expect.equal(new ArrowType.Date(ArrowType.TimeUnit.DAY), result.cell(0, 0).vector().type(), "the Arrow type");
          Expect.equal(List.of(LocalDate.parse("1900-01-01").toEpochDay(), LocalDate.parse("0001-01-01").toEpochDay(),
              LocalDate.parse("9999-12-31").toEpochDay()), List.of(0, 1, 2).stream()
              .map(column -> (long) result.cell(0, column).vector().getInt(0)).toList(), "the days");
        }),
        ConformanceCase.of(AREA, "intervals", "a year-month interval arrives as months and a day-time one as a "
            + "duration in microseconds", session -> {
          Execution result = session.sql("SELECT INTERVAL '1-2' YEAR TO MONTH AS ym, "
              + "INTERVAL '1 02:03:04.5' DAY TO SECOND AS dt").expectSuccess();
          Expect.equal(new ArrowType.Interval(ArrowType.IntervalUnit.YEAR_MONTH), result.cell(0, 0).vector().type(),
              "the Arrow type of ym");
          Expect.equal(14, result.cell(0, 0).vector().getInt(0), "ym in months");
          Expect.equal(new ArrowType.Duration(ArrowType.TimeUnit.MICROSECOND), result.cell(0, 1).vector().type(),
              "the Arrow type of dt");
          Expect.equal(93_784_500_000L, result.cell(0, 1).vector().getLong(0), "dt in microseconds");
        }),
        ConformanceCase.of(AREA, "unicode-text", "text outside ASCII arrives unchanged, counted in characters",
            session -> Expect.equal(List.of(List.of("é€𝄞", "3")), session.sql(
                "SELECT 'é€𝄞' AS text, char_length('é€𝄞') AS chars").expectSuccess().rows(), "the text and its length")),
        ConformanceCase.of(AREA, "local-relation-round-trip", "a LocalRelation's Arrow data comes back unchanged: "
            + "empty and null strings, NaN and -0.0", session -> {
          ArrowSchema schema = ArrowSchema.of(List.of(ArrowField.of("label", true, new ArrowType.Utf8(false)),
              ArrowField.of("score", true, new ArrowType.FloatingPoint(64))));
          byte[] data = ArrowStreamWriter.write(schema, List.of(new Object[] {"", Double.NaN},
              new Object[] {"spark", -0.0d}, new Object[] {null, null}));
          Relation local = Relation.newBuilder().setLocalRelation(LocalRelation.newBuilder()
              .setData(ByteString.copyFrom(data))).build();
          Execution result = session.execute(local).expectSuccess();
          Expect.equal(List.of("label", "score"), result.columnNames(), "the columns");
          Expect.equal(3L, result.rowCount(), "the rows");
          Expect.equal("", result.cell(0, 0).vector().getString(result.cell(0, 0).index()), "the empty label");
          Expect.that(!result.cell(0, 0).isNull(), "the empty label is not null");
          Expect.that(Double.isNaN(result.cell(0, 1).vector().getDouble(result.cell(0, 1).index())), "NaN");
          Expect.equal(Long.MIN_VALUE, Double.doubleToRawLongBits(result.cell(1, 1).vector()
              .getDouble(result.cell(1, 1).index())), "the bits of -0.0");
          Expect.that(result.cell(2, 0).isNull() && result.cell(2, 1).isNull(), "the third row is null in both columns");
        }));
  }

  private static long micros(Instant instant) {
    return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000L), instant.getNano() / 1000);
  }
}
