package dev.sparkconnect.mock.faults;

import io.grpc.StatusRuntimeException;

/**
 * One call, as a {@link FaultEffect} sees it: the few things a fault can do to it, each carried out
 * by whatever serves the call (the mock server or the recording proxy). Each method says whether
 * the call is over afterwards.
 */
public interface FaultedCall {

  /** The RPC of the call, such as {@code ExecutePlan}. */
  String rpc();

  /** Whether the client has given up on the call (cancelled it, gone away, or interrupted its operation). */
  boolean isCancelled();

  /** Ends the call with {@code failure}; always true. */
  boolean fail(StatusRuntimeException failure);

  /**
   * Ends a response stream cleanly but without {@code result_complete}, as a server does when it
   * rotates a stream; a call that is not a stream goes on (false).
   */
  boolean endStream();

  /** Closes the connections the call travels on, as a network failure would. */
  boolean dropConnections();

  /** Forgets the calling session, as a server that evicted it would. */
  boolean loseSession();

  /** Restarts the server: every session and operation is gone and server-side session ids change. */
  boolean restartServer();

  /**
   * Closes the calling session as Spark's session manager does when it evicts one (idle past
   * its timeout): this call and every later one naming it fail with
   * {@code INVALID_HANDLE.SESSION_CLOSED}.
   */
  boolean evictSession();

  /**
   * Removes the call's operation as Spark does when no client came back for it within the
   * detached timeout, and cuts the stream: a reattach, or the same ExecutePlan again, fails with
   * {@code INVALID_HANDLE.OPERATION_ABANDONED}. A call without an operation goes on (false).
   */
  boolean abandonOperation();
}
