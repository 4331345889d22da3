/** Failed calls turned into the typed exceptions of {@link dev.sparkconnect.client.errors}. */
package dev.sparkconnect.client.internal.errors;
