/**
 * How Java objects become Spark values and back, for typed Datasets: one {@link
 * dev.sparkconnect.client.internal.encoders.Codec} per Java type, built once (by {@link
 * dev.sparkconnect.client.internal.encoders.Codecs} from a class, or from other codecs for tuples),
 * then applied per value with no reflection: bean setters, getters and record constructors are
 * method handles looked up when the codec is made.
 *
 * <p>The Spark side of a codec is the value this client's rows hold for the codec's Spark type
 * ({@code Long} for BIGINT, {@code LocalDate} for DATE, {@code Row} for STRUCT, ...), so decoding a
 * result reads the same Arrow columns a {@code Row} reads.
 */
package dev.sparkconnect.client.internal.encoders;
