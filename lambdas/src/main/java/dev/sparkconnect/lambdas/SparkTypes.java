package dev.sparkconnect.lambdas;

import dev.sparkconnect.client.types.ArrayType;
import dev.sparkconnect.client.types.CharType;
import dev.sparkconnect.client.types.DataType;
import dev.sparkconnect.client.types.DataTypes;
import dev.sparkconnect.client.types.DayTimeIntervalType;
import dev.sparkconnect.client.types.DecimalType;
import dev.sparkconnect.client.types.MapType;
import dev.sparkconnect.client.types.StructField;
import dev.sparkconnect.client.types.StructType;
import dev.sparkconnect.client.types.VarcharType;
import dev.sparkconnect.client.types.YearMonthIntervalType;
import java.util.List;

/** This client's data types as Spark's, for the encoders in a UDF packet. */
final class SparkTypes {

  private SparkTypes() {}

  /**
   * Spark's type for {@code type}.
   *
   * @throws IllegalArgumentException for a type a Java UDF cannot return
   */
  static org.apache.spark.sql.types.DataType of(DataType type) {
    if (type.equals(DataTypes.BooleanType)) return org.apache.spark.sql.types.BooleanType$.MODULE$;
    if (type.equals(DataTypes.ByteType)) return org.apache.spark.sql.types.ByteType$.MODULE$;
    if (type.equals(DataTypes.ShortType)) return org.apache.spark.sql.types.ShortType$.MODULE$;
    if (type.equals(DataTypes.IntegerType)) return org.apache.spark.sql.types.IntegerType$.MODULE$;
    if (type.equals(DataTypes.LongType)) return org.apache.spark.sql.types.LongType$.MODULE$;
    if (type.equals(DataTypes.FloatType)) return org.apache.spark.sql.types.FloatType$.MODULE$;
    if (type.equals(DataTypes.DoubleType)) return org.apache.spark.sql.types.DoubleType$.MODULE$;
    if (type.equals(DataTypes.StringType)) return org.apache.spark.sql.types.StringType$.MODULE$;
    if (type.equals(DataTypes.BinaryType)) return org.apache.spark.sql.types.BinaryType$.MODULE$;
    if (type.equals(DataTypes.DateType)) return org.apache.spark.sql.types.DateType$.MODULE$;
    if (type.equals(DataTypes.TimestampType)) return org.apache.spark.sql.types.TimestampType$.MODULE$;
    if (type.equals(DataTypes.TimestampNTZType)) return org.apache.spark.sql.types.TimestampNTZType$.MODULE$;
    if (type.equals(DataTypes.NullType)) return org.apache.spark.sql.types.NullType$.MODULE$;
    if (type instanceof DecimalType decimal) {
      return new org.apache.spark.sql.types.DecimalType(decimal.precision(), decimal.scale());
    }
    if (type instanceof CharType || type instanceof VarcharType) {
      return org.apache.spark.sql.types.StringType$.MODULE$;
    }
    if (type instanceof DayTimeIntervalType d) {
      return new org.apache.spark.sql.types.DayTimeIntervalType(d.startField(), d.endField());
    }
    if (type instanceof YearMonthIntervalType y) {
      return new org.apache.spark.sql.types.YearMonthIntervalType(y.startField(), y.endField());
    }
    if (type instanceof ArrayType array) {
      return new org.apache.spark.sql.types.ArrayType(of(array.elementType()), array.containsNull());
    }
    if (type instanceof MapType map) {
      return new org.apache.spark.sql.types.MapType(of(map.keyType()), of(map.valueType()), map.valueContainsNull());
    }
    if (type instanceof StructType struct) {
      List<StructField> fields = struct.fields();
      org.apache.spark.sql.types.StructField[] spark = new org.apache.spark.sql.types.StructField[fields.size()];
      for (int i = 0; i < spark.length; i++) {
        spark[i] = new org.apache.spark.sql.types.StructField(fields.get(i).name(), of(fields.get(i).dataType()),
            fields.get(i).nullable(), new org.apache.spark.sql.types.Metadata());
      }
      return new org.apache.spark.sql.types.StructType(spark);
    }
    throw new IllegalArgumentException("A Java UDF cannot return " + type.simpleString() + " here; return one of "
        + "the numeric, string, binary, date, timestamp, decimal, interval, array, map or struct types");
  }
}
