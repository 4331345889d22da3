/**
 * Results: Arrow record batches from the server turned into {@link dev.sparkconnect.client.Row}s of
 * exact Java values, reading the Arrow buffers in place.
 */
package dev.sparkconnect.client.internal.results;
