/**
 * The kinds of fault, one class each, behind one small interface ({@link
 * dev.sparkconnect.mock.faults.FaultEffect}) that the mock server and the recording proxy both
 * drive through a {@link dev.sparkconnect.mock.faults.FaultedCall}. Where and how often a fault
 * fires is said by {@code dev.sparkconnect.mock.Fault}.
 */
package dev.sparkconnect.mock.faults;
