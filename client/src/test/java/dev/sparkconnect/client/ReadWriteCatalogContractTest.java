package dev.sparkconnect.client;

import static dev.sparkconnect.client.functions.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sparkconnect.client.types.DataTypes;
import dev.sparkconnect.client.types.StructType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.Tag;

/** Files written and read by the real server under a temporary folder, tables in its catalog. */
@Tag("first-jdk-only")
class ReadWriteCatalogContractTest extends RealServerTest {

  private static final StructType SCHEMA = new StructType()
      .add("id", DataTypes.LongType).add("name", DataTypes.StringType).add("day", DataTypes.StringType);

  @TempDir
  Path dir;

  private DataFrame data() {
    return spark.createDataFrame(List.of(Row.of(1L, "ann", "mon"), Row.of(2L, "bob", "tue"), Row.of(3L, "cid", "mon")),
        SCHEMA);
  }

  @Test
  void parquetPartitionedByDayRoundTrips() {
    String path = dir.resolve("people.parquet").toString();
    data().write().mode("overwrite").partitionBy("day").parquet(path);

    assertThat(Files.isDirectory(dir.resolve("people.parquet").resolve("day=mon"))).isTrue();
    DataFrame back = spark.read().parquet(path);
    Row source = back.select(back.metadataColumn("_metadata").getField("file_name")).first();
    assertThat(source.getString(0)).endsWith(".parquet");
    assertThat(back.select("id", "name", "day").orderBy("id").collectAsList()).containsExactly(
        Row.of(1L, "ann", "mon"), Row.of(2L, "bob", "tue"), Row.of(3L, "cid", "mon"));
    assertThatThrownBy(() -> data().write().parquet(path))
        .isInstanceOf(dev.sparkconnect.client.errors.AnalysisException.class)
        .hasMessageContaining("already exists");
  }

  @Test
  void csvJsonAndTextWithOptionsAndSchemas() {
    String csv = dir.resolve("people.csv").toString();
    data().write().option("header", true).csv(csv);
    assertThat(spark.read().option("header", true).schema("id BIGINT, name STRING, day STRING").csv(csv)
        .orderBy("id").collectAsList()).hasSize(3).first().isEqualTo(Row.of(1L, "ann", "mon"));

    String json = dir.resolve("people.json").toString();
    data().write().json(json);
    assertThat(spark.read().schema(SCHEMA).json(json).filter(col("day").equalTo("mon")).count()).isEqualTo(2);

    String text = dir.resolve("names.txt").toString();
    data().select("name").write().text(text);
    assertThat(spark.read().text(text).orderBy("value").collectAsList())
        .containsExactly(Row.of("ann"), Row.of("bob"), Row.of("cid"));

    assertThatThrownBy(() -> data().write().mode("sometimes"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'sometimes'");
  }

  @Test
  void saveModesOrcAndGenericLoad() {
    String orc = dir.resolve("people.orc").toString();
    data().write().format("orc").save(orc);
    data().filter(col("id").equalTo(2L)).write().mode(SaveMode.Append).orc(orc);
    assertThat(spark.read().orc(orc).count()).isEqualTo(4);
    data().write().mode("ignore").orc(orc);
    assertThat(spark.read().format("orc").load(orc).count()).isEqualTo(4);
    data().filter(col("day").equalTo("tue")).write().mode("overwrite").orc(orc);
    assertThat(spark.read().format("orc").load(orc).collectAsList()).containsExactly(Row.of(2L, "bob", "tue"));
    assertThatThrownBy(() -> data().write().mode("errorifexists").orc(orc))
        .isInstanceOf(dev.sparkconnect.client.errors.AnalysisException.class).hasMessageContaining("already exists");

    String xml = dir.resolve("people.xml").toString();
    data().write().option("rowTag", "person").xml(xml);
    assertThat(spark.read().option("rowTag", "person").schema(SCHEMA).xml(xml).orderBy("id").toDF().first())
        .isEqualTo(Row.of(1L, "ann", "mon"));

    String many = dir.resolve("many.json").toString();
    data().write().json(many + "/a");
    data().write().json(many + "/b");
    assertThat(spark.read().schema(SCHEMA).json(many + "/a", many + "/b").count()).isEqualTo(6);
    assertThat(spark.read().schema(SCHEMA).format("json").load(many + "/a").inputFiles()).isNotEmpty()
        .allSatisfy(file -> assertThat(file).contains("many.json/a"));
  }

  @Test
  void clusteredTablesKeepTheirClustering() {
    data().write().format("parquet").clusterBy("day").option("compression", "gzip").saveAsTable("rw_clustered");
    assertThat(spark.catalog().getTableProperties("rw_clustered")).containsEntry("clusteringColumns", "[[\"day\"]]");
    spark.sql("DROP TABLE rw_clustered");
  }

  @Test
  void bucketedAndSortedTablesKeepTheirLayout() {
    data().write().format("parquet").bucketBy(2, "id").sortBy("name").saveAsTable("rw_bucketed");
    assertThat(spark.table("rw_bucketed").count()).isEqualTo(3);
    List<Row> details = spark.sql("DESCRIBE TABLE EXTENDED rw_bucketed").collectAsList();
    assertThat(details).contains(Row.of("Num Buckets", "2", ""), Row.of("Bucket Columns", "[`id`]", ""),
        Row.of("Sort Columns", "[`name`]", ""));
    spark.sql("DROP TABLE rw_bucketed");
  }

  @Test
  void tablesInTheCatalog() {
    Catalog catalog = spark.catalog();
    assertThat(catalog.currentDatabase()).isEqualTo("default");
    assertThat(catalog.currentCatalog()).isEqualTo("spark_catalog");
    assertThat(catalog.databaseExists("default")).isTrue();

    data().write().mode("overwrite").format("parquet").saveAsTable("rw_people");
    data().filter(col("id").equalTo(1L)).write().insertInto("rw_people");

    assertThat(catalog.tableExists("rw_people")).isTrue();
    assertThat(catalog.tableExists("rw_nobody")).isFalse();
    assertThat(spark.table("rw_people").count()).isEqualTo(4);
    assertThat(catalog.listTables().select("name").collectAsList()).contains(Row.of("rw_people"));
    assertThat(catalog.listColumns("rw_people").select("name").collectAsList())
        .containsExactly(Row.of("id"), Row.of("name"), Row.of("day"));
    assertThat(catalog.functionExists("upper")).isTrue();

    catalog.cacheTable("rw_people");
    assertThat(catalog.isCached("rw_people")).isTrue();
    catalog.uncacheTable("rw_people");
    assertThat(catalog.isCached("rw_people")).isFalse();
    catalog.refreshTable("rw_people");

    data().createOrReplaceTempView("rw_view");
    assertThat(catalog.dropTempView("rw_view")).isTrue();
    assertThat(catalog.dropTempView("rw_view")).isFalse();
  }

  @Test
  void tablesCreatedThroughTheCatalogAndLookedUp() {
    Catalog catalog = spark.catalog();
    String path = dir.resolve("external.parquet").toString();
    data().write().parquet(path);

    DataFrame external = catalog.createTable("rw_external", path, "parquet");
    assertThat(external.count()).isEqualTo(3);
    assertThat(catalog.getTable("rw_external").<String>getAs("tableType")).isEqualTo("EXTERNAL");
    assertThat(catalog.getTable("default", "rw_external").<String>getAs("name")).isEqualTo("rw_external");
    assertThat(catalog.tableExists("default", "rw_external")).isTrue();

    DataFrame managed = catalog.createTable("rw_managed", "parquet", SCHEMA, "made empty", java.util.Map.of());
    assertThat(managed.count()).isZero();
    assertThat(managed.schema().fieldNames()).containsExactly("id", "name", "day");
    assertThat(catalog.getTable("rw_managed").<String>getAs("description")).isEqualTo("made empty");
    assertThat(catalog.listTables("default", "rw_*").select("name").collectAsList())
        .contains(Row.of("rw_external"), Row.of("rw_managed"));
    assertThat(catalog.listColumns("default", "rw_managed").count()).isEqualTo(3);

    assertThat(catalog.getDatabase("default").<String>getAs("name")).isEqualTo("default");
    assertThat(catalog.getFunction("upper").<String>getAs("name")).isEqualTo("upper");
    assertThat(catalog.functionExists("default", "no_such_function")).isFalse();
    assertThat(catalog.listDatabases("def*").count()).isEqualTo(1);
    assertThatThrownBy(() -> catalog.getTable("rw_nowhere"))
        .isInstanceOf(dev.sparkconnect.client.errors.AnalysisException.class);

    catalog.cacheTable("rw_external", StorageLevel.DISK_ONLY);
    assertThat(catalog.isCached("rw_external")).isTrue();
    catalog.refreshByPath(path);
    catalog.uncacheTable("rw_external");
    spark.sql("DROP TABLE rw_external");
    spark.sql("DROP TABLE rw_managed");
  }

  @Test
  void databasesTablesAndViewsManagedByTheCatalog() {
    Catalog catalog = spark.catalog();
    catalog.createDatabase("rw_db", false, java.util.Map.of("comment", "made by a test"));
    catalog.createDatabase("rw_db", true);
    assertThat(catalog.databaseExists("rw_db")).isTrue();
    assertThatThrownBy(() -> catalog.createDatabase("rw_db", false))
        .isInstanceOf(dev.sparkconnect.client.errors.AnalysisException.class).hasMessageContaining("rw_db");

    data().write().partitionBy("day").format("parquet").saveAsTable("rw_db.people");
    spark.sql("ALTER TABLE rw_db.people SET TBLPROPERTIES ('team' = 'tests')");
    assertThat(catalog.getTableProperties("rw_db.people")).containsEntry("team", "tests");
    assertThat(catalog.getCreateTableString("rw_db.people", false))
        .startsWith("CREATE TABLE").contains("rw_db.people").contains("PARTITIONED BY (day)");
    assertThat(catalog.listPartitions("rw_db.people").collectAsList()).extracting(row -> row.getString(0))
        .containsExactlyInAnyOrder("day=mon", "day=tue");
    catalog.analyzeTable("rw_db.people", false);
    assertThat(spark.sql("DESCRIBE TABLE EXTENDED rw_db.people").filter(col("col_name").equalTo("Statistics"))
        .first().getString(1)).contains("3 rows");

    spark.sql("CREATE VIEW rw_db.mondays AS SELECT * FROM rw_db.people WHERE day = 'mon'");
    assertThat(catalog.listViews("rw_db").select("name").collectAsList()).contains(Row.of("mondays"));
    assertThat(catalog.listViews("rw_db", "mon*").count()).isEqualTo(1);
    assertThat(spark.table("rw_db.mondays").count()).isEqualTo(2);
    catalog.dropView("rw_db.mondays", false);
    catalog.dropView("rw_db.mondays", true);
    assertThat(catalog.tableExists("rw_db.mondays")).isFalse();

    catalog.truncateTable("rw_db.people");
    assertThat(spark.table("rw_db.people").count()).isZero();
    assertThatThrownBy(() -> catalog.dropDatabase("rw_db", false, false))
        .isInstanceOf(dev.sparkconnect.client.errors.AnalysisException.class).hasMessageContaining("rw_db");
    catalog.dropTable("rw_db.people", false, true);
    catalog.dropTable("rw_db.people", true, false);
    assertThat(catalog.tableExists("rw_db.people")).isFalse();
    catalog.dropDatabase("rw_db", false, true);
    catalog.dropDatabase("rw_db", true, false);
    assertThat(catalog.databaseExists("rw_db")).isFalse();
  }

  @Test
  void jdbcReadsAreRefusedWithASchemaAndSentAsSpark() {
    assertThatThrownBy(() -> spark.read().schema(SCHEMA).jdbc("jdbc:h2:mem:x", "t", new java.util.Properties()))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("schema");
    java.util.Properties properties = new java.util.Properties();
    properties.setProperty("user", "sa");
    // No JDBC driver on the server: the server, not the client, says so.
    assertThatThrownBy(() -> spark.read().jdbc("jdbc:nodriver:mem:x", "people", properties).count())
        .isInstanceOf(dev.sparkconnect.client.errors.SparkException.class);
    // Writing: the URL, table and properties all arrive, so the server gets as far as the driver.
    assertThatThrownBy(() -> data().write().jdbc("jdbc:nodriver:mem:x", "people", properties))
        .isInstanceOf(dev.sparkconnect.client.errors.SparkException.class).hasMessageContaining("No suitable driver");
  }

  @Test
  void theV2WriterCreatesTablesAndTheServerJudgesTheRest() {
    data().writeTo("rw_v2").using("parquet").tableProperty("owner", "tests").create();

    assertThat(spark.table("rw_v2").count()).isEqualTo(3);
    assertThat(spark.catalog().tableExists("rw_v2")).isTrue();
    assertThatThrownBy(() -> data().writeTo("rw_v2").using("parquet").create())
        .isInstanceOf(dev.sparkconnect.client.errors.AnalysisException.class)
        .hasMessageContaining("rw_v2");
    data().writeTo("rw_v2_clustered").using("parquet").option("compression", "snappy").option("maxRecordsPerFile", 100L)
        .clusterBy("day").create();
    assertThat(spark.catalog().getCreateTableString("rw_v2_clustered", false))
        .contains("'clusteringColumns' = '[[\"day\"]]'").contains("'maxRecordsPerFile' = '100'");
    // Replacing and overwriting need a v2 catalog, which a plain Spark server does not have for
    // parquet tables; the server names the operation it was sent.
    assertThatThrownBy(() -> data().writeTo("rw_v2_fresh").using("parquet").createOrReplace())
        .isInstanceOf(dev.sparkconnect.client.errors.AnalysisException.class)
        .hasMessageContaining("REPLACE TABLE AS SELECT");
    assertThatThrownBy(() -> data().writeTo("rw_v2").using("parquet").replace())
        .isInstanceOf(dev.sparkconnect.client.errors.AnalysisException.class)
        .hasMessageContaining("REPLACE TABLE AS SELECT");
    assertThatThrownBy(() -> data().writeTo("rw_v2").overwrite(col("id").equalTo(1L)))
        .isInstanceOf(dev.sparkconnect.client.errors.AnalysisException.class).hasMessageContaining("rw_v2");
    assertThatThrownBy(() -> data().writeTo("rw_v2").overwritePartitions())
        .isInstanceOf(dev.sparkconnect.client.errors.AnalysisException.class).hasMessageContaining("rw_v2");
    assertThat(spark.table("rw_v2").count()).isEqualTo(3);
    // The session catalog keeps parquet tables as v1 tables, which only v1 writes may append to.
    assertThatThrownBy(() -> data().writeTo("rw_v2").append())
        .isInstanceOf(dev.sparkconnect.client.errors.AnalysisException.class)
        .hasMessageContaining("v1 table");
  }
}
