/**
 * Results as columns, for code that wants columns: {@code DataFrame.collectColumnar()} and
 * {@code DataFrame.toColumnarIterator()} give {@link dev.sparkconnect.client.columnar.ColumnarBatch}es
 * read in place from the Arrow batches the server sent, with primitive and bulk getters that
 * neither box nor decode what is not read. For Apache Arrow Java's own vectors, see
 * {@code ArrowResults.toArrow(df, allocator)}.
 */
package dev.sparkconnect.client.columnar;
