package dev.sparkconnect.mock.conformance;

import static dev.sparkconnect.mock.conformance.Plans.plan;
import static dev.sparkconnect.mock.conformance.Plans.range;

import dev.sparkconnect.proto.AnalyzePlanRequest;
import dev.sparkconnect.proto.AnalyzePlanResponse;
import dev.sparkconnect.proto.DataType;
import dev.sparkconnect.proto.LocalRelation;
import dev.sparkconnect.proto.Plan;
import dev.sparkconnect.proto.Relation;
import dev.sparkconnect.proto.StorageLevel;
import dev.sparkconnect.protocol.versions.SparkVersion;
import java.util.ArrayList;
import java.util.List;

/** AnalyzePlan: each kind of question, answered with the result of its own kind. */
final class AnalysisCases {

  private static final String AREA = "analysis";
  private static final Plan RANGE = plan(range(0, 2));

  private AnalysisCases() {}

  static List<ConformanceCase> all() {
    return List.of(
        ConformanceCase.of(AREA, "schema", "the schema of Range(0, 2) is a struct of one non-null long named id",
            session -> {
          AnalyzePlanResponse response = session.analyze(request -> request.setSchema(
              AnalyzePlanRequest.Schema.newBuilder().setPlan(RANGE)));
          Expect.equal(AnalyzePlanResponse.ResultCase.SCHEMA, response.getResultCase(), "the kind of answer");
          expectIdLong(response.getSchema().getSchema(), false);
        }),
        ConformanceCase.of(AREA, "explain", "a SIMPLE explain of Range names the Range", session -> {
          AnalyzePlanResponse response = session.analyze(request -> request.setExplain(AnalyzePlanRequest.Explain
              .newBuilder().setPlan(RANGE).setExplainMode(AnalyzePlanRequest.Explain.ExplainMode.EXPLAIN_MODE_SIMPLE)));
          Expect.contains(response.getExplain().getExplainString(), "Range", "the explain string");
        }),
        ConformanceCase.of(AREA, "tree-string", "the tree string of Range names its column", session -> {
          AnalyzePlanResponse response = session.analyze(request -> request.setTreeString(
              AnalyzePlanRequest.TreeString.newBuilder().setPlan(RANGE)));
          Expect.contains(response.getTreeString().getTreeString(), "id", "the tree string");
        }),
        ConformanceCase.of(AREA, "is-local", "a LocalRelation is local and a Range is not", session -> {
          Plan local = plan(Relation.newBuilder().setLocalRelation(LocalRelation.newBuilder().setSchema("a INT"))
              .build());
          Expect.equal(true, session.analyze(request -> request.setIsLocal(AnalyzePlanRequest.IsLocal.newBuilder()
              .setPlan(local))).getIsLocal().getIsLocal(), "is_local of a LocalRelation");
          Expect.equal(false, session.analyze(request -> request.setIsLocal(AnalyzePlanRequest.IsLocal.newBuilder()
              .setPlan(RANGE))).getIsLocal().getIsLocal(), "is_local of a Range");
        }),
        ConformanceCase.of(AREA, "is-streaming", "a Range is not streaming", session ->
            Expect.equal(false, session.analyze(request -> request.setIsStreaming(
                AnalyzePlanRequest.IsStreaming.newBuilder().setPlan(RANGE))).getIsStreaming().getIsStreaming(),
                "is_streaming")),
        ConformanceCase.of(AREA, "input-files", "a Range reads no file", session ->
            Expect.equal(List.of(), session.analyze(request -> request.setInputFiles(
                AnalyzePlanRequest.InputFiles.newBuilder().setPlan(RANGE))).getInputFiles().getFilesList(),
                "input_files")),
        ConformanceCase.of(AREA, "spark-version", "spark_version answers a version number", session -> {
          String version = session.analyze(request -> request.setSparkVersion(
              AnalyzePlanRequest.SparkVersion.getDefaultInstance())).getSparkVersion().getVersion();
          try {
            SparkVersion.parse(version);
          } catch (IllegalArgumentException e) {
            throw Expect.fail("spark_version is a version number such as 4.2.0, not '" + version + "'");
          }
        }),
        ConformanceCase.of(AREA, "ddl-parse", "a DDL string parses to a struct of its fields", session -> {
          DataType parsed = session.analyze(request -> request.setDdlParse(AnalyzePlanRequest.DDLParse.newBuilder()
              .setDdlString("id BIGINT, name STRING"))).getDdlParse().getParsed();
          Expect.that(parsed.hasStruct(), "a struct, not " + parsed.getKindCase());
          Expect.equal(2, parsed.getStruct().getFieldsCount(), "the fields");
          Expect.equal("id", parsed.getStruct().getFields(0).getName(), "the first field's name");
          Expect.that(parsed.getStruct().getFields(0).getDataType().hasLong(), "id is a long");
          Expect.that(parsed.getStruct().getFields(1).getDataType().hasString(), "name is a string");
        }),
        ConformanceCase.of(AREA, "same-semantics", "a plan means the same as itself and not as another range",
            session -> {
          Expect.equal(true, sameSemantics(session, RANGE, plan(range(0, 2))), "Range(0, 2) against itself");
          Expect.equal(false, sameSemantics(session, RANGE, plan(range(0, 3))), "Range(0, 2) against Range(0, 3)");
        }),
        ConformanceCase.of(AREA, "semantic-hash", "the semantic hash of a plan is the same every time", session -> {
          int first = semanticHash(session, RANGE);
          Expect.equal(first, semanticHash(session, plan(range(0, 2))), "the hash of the same plan again");
        }),
        ConformanceCase.of(AREA, "persist-and-storage-level", "a persisted relation reports the storage level it was "
            + "persisted with, until unpersisted", session -> {
          Relation cached = range(0, 4);
          StorageLevel memoryOnly = StorageLevel.newBuilder().setUseMemory(true).setDeserialized(true)
              .setReplication(1).build();
          session.analyze(request -> request.setPersist(AnalyzePlanRequest.Persist.newBuilder().setRelation(cached)
              .setStorageLevel(memoryOnly)));
          try {
            StorageLevel level = session.analyze(request -> request.setGetStorageLevel(
                AnalyzePlanRequest.GetStorageLevel.newBuilder().setRelation(cached))).getGetStorageLevel()
                .getStorageLevel();
            Expect.equal(memoryOnly, level, "the storage level");
          } finally {
            // The cache is the server's, not the session's: leave nothing in it.
            session.analyze(request -> request.setUnpersist(AnalyzePlanRequest.Unpersist.newBuilder()
                .setRelation(cached).setBlocking(true)));
          }
        }),
        ConformanceCase.of(AREA, "json-to-ddl", "a schema in JSON converts to its DDL", session -> {
          String json = "{\"type\":\"struct\",\"fields\":[{\"name\":\"a\",\"type\":\"integer\",\"nullable\":true,"
              + "\"metadata\":{}}]}";
          String ddl = session.analyze(request -> request.setJsonToDdl(AnalyzePlanRequest.JsonToDDL.newBuilder()
              .setJsonString(json))).getJsonToDdl().getDdlString();
          Expect.equal("a INT", ddl, "the DDL");
        }).since("4.0.0"),
        ConformanceCase.of(AREA, "one-server-side-session", "every kind of answer in one session carries the same "
            + "server_side_session_id", session -> {
          List<String> ids = new ArrayList<>();
          ids.add(session.analyze(request -> request.setSchema(AnalyzePlanRequest.Schema.newBuilder().setPlan(RANGE)))
              .getServerSideSessionId());
          ids.add(session.analyze(request -> request.setSparkVersion(AnalyzePlanRequest.SparkVersion
              .getDefaultInstance())).getServerSideSessionId());
          ids.add(session.analyze(request -> request.setDdlParse(AnalyzePlanRequest.DDLParse.newBuilder()
              .setDdlString("id BIGINT"))).getServerSideSessionId());
          ids.add(session.serverSideSessionId());
          Expect.equal(1L, ids.stream().distinct().count(), "the distinct server-side session ids " + ids);
        }),
        ConformanceCase.of(AREA, "unresolved-column-fails", "the schema of a query naming a missing column fails with "
            + "UNRESOLVED_COLUMN and SQL state 42703", session -> {
          WireError error = session.failure(() -> session.analyze(request -> request.setSchema(
              AnalyzePlanRequest.Schema.newBuilder().setPlan(plan(Plans.sql("SELECT no_such_column"))))),
              "the schema of SELECT no_such_column");
          error.expectCondition("UNRESOLVED_COLUMN").expectSqlState("42703");
        }));
  }

  private static void expectIdLong(DataType schema, boolean nullable) {
    Expect.that(schema.hasStruct(), "the schema is a struct, not " + schema.getKindCase());
    Expect.equal(1, schema.getStruct().getFieldsCount(), "the fields");
    DataType.StructField id = schema.getStruct().getFields(0);
    Expect.equal("id", id.getName(), "the field's name");
    Expect.that(id.getDataType().hasLong(), "id is a long, not " + id.getDataType().getKindCase());
    Expect.equal(nullable, id.getNullable(), "whether id is nullable");
  }

  private static boolean sameSemantics(WireSession session, Plan target, Plan other) {
    return session.analyze(request -> request.setSameSemantics(AnalyzePlanRequest.SameSemantics.newBuilder()
        .setTargetPlan(target).setOtherPlan(other))).getSameSemantics().getResult();
  }

  private static int semanticHash(WireSession session, Plan plan) {
    return session.analyze(request -> request.setSemanticHash(AnalyzePlanRequest.SemanticHash.newBuilder()
        .setPlan(plan))).getSemanticHash().getResult();
  }
}
