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
 * @param queryContexts where in the query the error arose; empty if unknown
 * @param serverStackTrace the server-side stack trace; empty unless the server sent it
 * @param cause the server-side cause, or else the gRPC exception that carried the error
 */
public record ServerError(
    String message,
    String condition,
    String sqlState,
    Map<String, String> messageParameters,
    List<String> serverClasses,
    String errorId,
    List<QueryContext> queryContexts,
    List<StackTraceElement> serverStackTrace,
    Throwable cause) {}
