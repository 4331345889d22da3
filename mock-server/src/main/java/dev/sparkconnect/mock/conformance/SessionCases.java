package dev.sparkconnect.mock.conformance;

import dev.sparkconnect.proto.CloneSessionRequest;
import dev.sparkconnect.proto.CloneSessionResponse;
import dev.sparkconnect.proto.ConfigRequest;
import dev.sparkconnect.proto.ReleaseSessionRequest;
import dev.sparkconnect.proto.ReleaseSessionResponse;
import java.util.List;
import java.util.UUID;

/** Sessions: what keeps them apart, what names them, and what ending one does. */
final class SessionCases {

  private static final String AREA = "session";
  private static final String PARTITIONS = "spark.sql.shuffle.partitions";

  private SessionCases() {}

  static List<ConformanceCase> all() {
    return List.of(
        ConformanceCase.of(AREA, "settings-isolated", "a setting made in one session is not seen by another",
            session -> {
          WireSession other = session.another();
          String otherBefore = other.get(PARTITIONS);
          session.set(PARTITIONS, "11");
          Expect.equal("11", session.get(PARTITIONS), "the setting in its own session");
          Expect.equal(otherBefore, other.get(PARTITIONS), "the setting in another session");
        }),
        ConformanceCase.of(AREA, "temporary-views-isolated", "a temporary view made in one session is not found from "
            + "another", session -> {
          session.sqlCommand("CREATE OR REPLACE TEMPORARY VIEW conformance_private AS SELECT 1 AS x").expectSuccess();
          Expect.equal(List.of("1"), session.sql("SELECT x FROM conformance_private").expectSuccess().column(),
              "the view in its own session");
          session.another().sql("SELECT x FROM conformance_private").expectError()
              .expectCondition("TABLE_OR_VIEW_NOT_FOUND");
        }),
        ConformanceCase.of(AREA, "users-isolated", "the same session id under another user id is another session",
            session -> {
          WireSession bob = session.asUser("conformance-other-user");
          String bobBefore = bob.get(PARTITIONS);
          session.set(PARTITIONS, "13");
          Expect.equal(bobBefore, bob.get(PARTITIONS), "the setting under the other user");
          if (session.atLeast("4.0.0")) {
            Expect.that(!bob.serverSideSessionId().equals(session.serverSideSessionId()),
                "the other user's session has its own server-side session id");
          }
        }),
        ConformanceCase.of(AREA, "malformed-session-id-refused", "a session id that is not a UUID fails with "
            + "INVALID_HANDLE.FORMAT", session ->
            session.failure(() -> session.withId("not-a-uuid").get(PARTITIONS), "a call with session id not-a-uuid")
                .expectCondition("INVALID_HANDLE.FORMAT")).since("4.0.0"),
        ConformanceCase.of(AREA, "released-session-closed", "after ReleaseSession, the session id fails with "
            + "INVALID_HANDLE.SESSION_CLOSED", session -> {
          String serverSide = session.serverSideSessionId();
          ReleaseSessionResponse released = session.stub().releaseSession(ReleaseSessionRequest.newBuilder()
              .setSessionId(session.id()).setUserContext(session.user()).build());
          Expect.equal(session.id(), released.getSessionId(), "the session id echoed by ReleaseSession");
          Expect.equal(serverSide, released.getServerSideSessionId(), "the server-side session id ReleaseSession "
              + "answers");
          session.failure(() -> session.get(PARTITIONS), "a call in a released session")
              .expectCondition("INVALID_HANDLE.SESSION_CLOSED");
        }).since("4.0.0"),
        ConformanceCase.of(AREA, "release-of-unknown-session", "releasing a session that never existed succeeds and "
            + "changes nothing", session -> {
          WireSession never = session.another();
          ReleaseSessionResponse released = never.stub().releaseSession(ReleaseSessionRequest.newBuilder()
              .setSessionId(never.id()).setUserContext(never.user()).build());
          Expect.equal(never.id(), released.getSessionId(), "the session id echoed by ReleaseSession");
        }).since("4.0.0"),
        ConformanceCase.of(AREA, "changed-server-side-session-refused", "a call that says it saw another server-side "
            + "session fails with INVALID_HANDLE.SESSION_CHANGED", session -> {
          session.serverSideSessionId();
          session.failure(() -> session.stub().config(ConfigRequest.newBuilder().setSessionId(session.id())
              .setUserContext(session.user()).setClientObservedServerSideSessionId(UUID.randomUUID().toString())
              .setOperation(ConfigRequest.Operation.newBuilder().setGet(ConfigRequest.Get.newBuilder()
                  .addKeys(PARTITIONS))).build()), "a Config call observing another server-side session")
              .expectCondition("INVALID_HANDLE.SESSION_CHANGED");
        }).since("4.0.0"),
        ConformanceCase.of(AREA, "clone-session", "a cloned session starts with its source's settings and views, then "
            + "goes its own way", session -> {
          session.set(PARTITIONS, "17");
          session.sqlCommand("CREATE OR REPLACE TEMPORARY VIEW conformance_cloned AS SELECT 5 AS x").expectSuccess();
          String cloneId = UUID.randomUUID().toString();
          CloneSessionResponse cloned = session.stub().cloneSession(CloneSessionRequest.newBuilder()
              .setSessionId(session.id()).setUserContext(session.user()).setNewSessionId(cloneId).build());
          Expect.equal(session.id(), cloned.getSessionId(), "the source session id echoed");
          Expect.equal(cloneId, cloned.getNewSessionId(), "the new session id");
          Expect.that(WireSession.isUuid(cloned.getNewServerSideSessionId()), "the clone's server-side session id is a "
              + "UUID");
          WireSession clone = session.withId(cloneId);
          Expect.equal("17", clone.get(PARTITIONS), "the setting in the clone");
          Expect.equal(List.of("5"), clone.sql("SELECT x FROM conformance_cloned").expectSuccess().column(),
              "the view in the clone");
          clone.set(PARTITIONS, "19");
          Expect.equal("17", session.get(PARTITIONS), "the source's setting after the clone changed its own");
        }).since("4.1.0").optionalRpc());
  }
}
