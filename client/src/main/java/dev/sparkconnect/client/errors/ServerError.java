package dev.sparkconnect.client.errors;

import java.util.List;
import java.util.Map;

/**
 * The parts of an error as the server sent them, from which the matching {@link SparkException}
 * is made.
 *
 * @param message the server's message
 * @param condition the error condition, or null
 * @param sqlState the SQL state, or null
 * @param messageParameters the message's named values
 * @param serverClasses the server-side exception classes, most specific first
 * @param errorId the server's id for fetching more details, or null
 * @param cause the gRPC exception that carried it
 */
public record ServerError(
    String message,
    String condition,
    String sqlState,
    Map<String, String> messageParameters,
    List<String> serverClasses,
    String errorId,
    Throwable cause) {}
