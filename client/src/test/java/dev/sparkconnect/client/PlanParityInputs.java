package dev.sparkconnect.client;

import dev.sparkconnect.proto.LocalRelation;

/**
 * The input DataFrames of Apache Spark's PlanGenerationTestSuite, each a schema-only local relation
 * that takes the session's next plan id when asked for, as there.
 */
final class PlanParityInputs {

  static final String SIMPLE = "struct<id:bigint,a:int,b:double>";
  static final String OTHER = "struct<a:int,id:bigint,payload:binary>";
  static final String COMPLEX = "struct<id:bigint,a:int,b:double,d:struct<id:bigint,a:int,b:double>,e:array<int>,"
      + "f:map<string,struct<id:bigint,a:int,b:double>>,g:string>";
  static final String BINARY = "struct<id:bigint,bytes:binary>";
  static final String TEMPORALS = "struct<d:date,t:timestamp,s:string,x:bigint,wt:struct<start:timestamp,end:timestamp>>";
  static final String BOOLEAN = "struct<id:bigint,flag:boolean>";

  final SparkSession session;

  PlanParityInputs(SparkSession session) {
    this.session = session;
  }

  DataFrame simple() {
    return local(SIMPLE);
  }

  DataFrame left() {
    return simple();
  }

  DataFrame right() {
    return local(OTHER);
  }

  DataFrame complex() {
    return local(COMPLEX);
  }

  DataFrame binary() {
    return local(BINARY);
  }

  DataFrame temporals() {
    return local(TEMPORALS);
  }

  DataFrame booleans() {
    return local(BOOLEAN);
  }

  DataFrame local(String schema) {
    return new DataFrame(session, session.newRelation()
        .setLocalRelation(LocalRelation.newBuilder().setSchema(schema)).build());
  }
}
