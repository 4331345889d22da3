package dev.sparkconnect.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sparkconnect.client.types.ArrayType;
import dev.sparkconnect.protocol.types.DataTypeProtos;
import dev.sparkconnect.client.types.DataTypes;
import dev.sparkconnect.client.types.DecimalType;
import dev.sparkconnect.client.types.MapType;
import dev.sparkconnect.client.types.StructType;
import dev.sparkconnect.proto.AnalyzePlanRequest;
import org.junit.jupiter.api.Test;

/** The real server reads our DDL and JSON schema forms as the schema we meant, and we read its. */
class SchemaFormsContractTest extends RealServerTest {

  private static final StructType SCHEMA = new StructType()
      .add("id", DataTypes.LongType, false)
      .add("price", new DecimalType(12, 3))
      .add("when", DataTypes.TimestampNTZType)
      .add("tags", new ArrayType(DataTypes.StringType, true))
      .add("attrs", new MapType(DataTypes.StringType, new StructType().add("n", DataTypes.IntegerType, false), true))
      .add("odd `name`", DataTypes.VariantType)
      .add("label", DataTypes.createStringType("UTF8_LCASE"));

  @Test
  void theServerParsesOurDdlIntoTheSameSchema() {
    var parsed = spark.client().analyze(AnalyzePlanRequest.newBuilder()
        .setDdlParse(AnalyzePlanRequest.DDLParse.newBuilder().setDdlString(SCHEMA.toDDL())));
    assertThat(DataTypeProtos.fromProto(parsed.getDdlParse().getParsed())).isEqualTo(SCHEMA);
  }

  @Test
  void theServersDdlOfOurJsonParsesBackToTheSameSchema() {
    var ddl = spark.client().analyze(AnalyzePlanRequest.newBuilder()
        .setJsonToDdl(AnalyzePlanRequest.JsonToDDL.newBuilder().setJsonString(SCHEMA.json())));
    assertThat(StructType.fromDDL(ddl.getJsonToDdl().getDdlString())).isEqualTo(SCHEMA);
  }
}
