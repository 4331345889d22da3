package dev.sparkconnect.client;

import dev.sparkconnect.client.types.DataType;
import dev.sparkconnect.proto.Command;
import dev.sparkconnect.proto.CommonInlineUserDefinedFunction;
import dev.sparkconnect.proto.JavaUDF;
import dev.sparkconnect.proto.Plan;
import dev.sparkconnect.protocol.types.DataTypeProtos;
import java.util.Objects;

/**
 * Registers user-defined functions in this session, for SQL and {@code functions.call_function}:
 * {@code spark.udf()}. A UDF from a named class is registered by its class name; the server loads
 * the class from the session's artifacts, so add the jar (or the class, with
 * {@link SparkSession#addClass}) first:
 *
 * <pre>{@code
 * spark.addArtifact("target/udfs.jar");                    // holds com.acme.Upper implements UDF1<String, String>
 * spark.udf().registerJava("upper2", "com.acme.Upper", DataTypes.StringType);
 * spark.sql("SELECT upper2(name) FROM people");
 * }</pre>
 *
 * <p>The class implements one of Spark's {@code org.apache.spark.sql.api.java.UDF0} ..
 * {@code UDF22} interfaces (from {@code spark-sql-api}, which the server has; the client needs it
 * only to compile the class) and has a public no-argument constructor. The server reports a class
 * it cannot find, or one that implements none of those interfaces, when the function is
 * registered or first called, as an {@link dev.sparkconnect.client.errors.AnalysisException}.
 * Nothing is serialized: no Scala or Spark classes are needed in the client.
 */
public final class UDFRegistration {

  private final SparkSession session;

  UDFRegistration(SparkSession session) {
    this.session = session;
  }

  /**
   * Registers the class {@code className}, implementing one of Spark's {@code UDF0}..{@code UDF22}
   * interfaces, as the function {@code name} returning {@code returnType}.
   */
  public void registerJava(String name, String className, DataType returnType) {
    Objects.requireNonNull(returnType, "returnType");
    register(name, className, JavaUDF.newBuilder().setClassName(className)
        .setOutputType(DataTypeProtos.toProto(returnType)).setAggregate(false));
  }

  /**
   * Registers the class {@code className}, a subclass of Spark's
   * {@code UserDefinedAggregateFunction}, as the aggregate function {@code name}.
   */
  public void registerJavaUDAF(String name, String className) {
    register(name, className, JavaUDF.newBuilder().setClassName(className).setAggregate(true));
  }

  /**
   * Registers {@code udf} (a Java lambda or class made with {@code JavaUdfs.udf}) as the function
   * {@code name}, callable from SQL and {@code call_function}; uploads its classes to this session
   * first. Returns the function under that name.
   */
  public UserDefinedFunction register(String name, UserDefinedFunction udf) {
    requireName(name, "function name");
    Objects.requireNonNull(udf, "udf");
    udf.shipTo(session);
    session.execute(Plan.newBuilder().setCommand(Command.newBuilder().setRegisterFunction(udf.registration(name)))
        .build());
    return udf.withName(name);
  }

  private void register(String name, String className, JavaUDF.Builder udf) {
    requireName(name, "function name");
    requireName(className, "class name");
    session.execute(Plan.newBuilder().setCommand(Command.newBuilder().setRegisterFunction(
        CommonInlineUserDefinedFunction.newBuilder().setFunctionName(name).setDeterministic(true).setJavaUdf(udf)))
        .build());
  }

  private static void requireName(String value, String what) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("the " + what + " must not be empty");
    }
  }
}
