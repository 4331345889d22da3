/**
 * Tuples of two to five elements: the element type of a typed Dataset of
 * {@code Encoders.tuple(...)}, of {@code joinWith} and of {@code select} with several typed
 * columns. This client has no Scala, so these records stand in for Scala's tuples, with the same
 * accessor names.
 */
package dev.sparkconnect.client.tuples;
