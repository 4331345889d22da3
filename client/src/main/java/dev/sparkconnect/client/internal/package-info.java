/**
 * The client's plumbing, under this package and its subpackages: {@code transport} (the channel,
 * the calls of one session, retries and reattaches), {@code results} (Arrow batches read into
 * rows), {@code upload} (local data as Arrow), {@code errors} (server failures as typed
 * exceptions). Not an API: nothing here is promised between versions, and the API baseline lists
 * every public type here so that a new one shows in review.
 */
package dev.sparkconnect.client.internal;
