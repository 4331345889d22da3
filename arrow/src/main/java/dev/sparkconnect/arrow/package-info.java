/**
 * Arrow IPC streams, read straight from the bytes that a Spark Connect {@code ArrowBatch} carries.
 *
 * <p>Spark Connect sends every result as Arrow IPC stream messages inside protobuf {@code bytes}.
 * Apache Arrow Java would copy them into off-heap buffers through an allocator that needs
 * {@code --add-opens} on Java 17 and more flags on newer JDKs. This package reads the flatbuffer
 * metadata with {@code arrow-format} and leaves the column data where it is, as little-endian
 * {@link java.nio.ByteBuffer} views: no allocator, no copy, no JVM flag.
 *
 * <p>Start with {@link dev.sparkconnect.arrow.ArrowStreamReader#read(java.nio.ByteBuffer)}; it
 * gives an {@link dev.sparkconnect.arrow.ArrowStream} of {@link dev.sparkconnect.arrow.ArrowRecordBatch}es
 * whose {@link dev.sparkconnect.arrow.ArrowVector}s have typed accessors per row.
 */
package dev.sparkconnect.arrow;
