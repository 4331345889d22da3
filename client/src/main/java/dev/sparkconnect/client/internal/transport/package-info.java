/**
 * The wire: the gRPC channel with its headers and TLS, and the
 * protocol calls of one session.
 */
package dev.sparkconnect.client.internal.transport;
