/**
 * The mock Spark Connect server: fixture replay, fault injection, a request journal and the
 * recording proxy. Arrives with the fixtures and mock server issue.
 */
package dev.sparkconnect.mock;
