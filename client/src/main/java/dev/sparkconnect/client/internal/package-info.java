/** Helpers of this client's own; not an API, and free to change between versions. */
package dev.sparkconnect.client.internal;
