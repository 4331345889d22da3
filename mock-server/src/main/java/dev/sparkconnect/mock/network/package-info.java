/**
 * Faults below gRPC: {@link dev.sparkconnect.mock.network.FaultyNetwork}, a loopback TCP relay
 * that delays, throttles, slices, swallows, resets and corrupts the bytes of the connections
 * through it, following a seed; {@link dev.sparkconnect.mock.network.NetworkFault}, what it can do.
 * Protocol faults (a gRPC status, a stream ended early, a lost session) are
 * {@link dev.sparkconnect.mock.Fault}s instead.
 */
package dev.sparkconnect.mock.network;
