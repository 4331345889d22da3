package dev.sparkconnect.junit;

/**
 * One statement of a {@link SqlFile}: its text (without the ending {@code ;}) and where it starts.
 *
 * @param sql the statement
 * @param line the line of the file it starts on, from 1
 */
public record SqlStatement(String sql, int line) {}
