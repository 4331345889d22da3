package dev.sparkconnect.client.errors;

/**
 * Where in the query an error arose: a fragment of SQL text with its position, or a DataFrame call
 * site.
 *
 * @param contextType {@code SQL} or {@code DATAFRAME}
 * @param objectType the kind of object the SQL belongs to (for example {@code VIEW}), or empty
 * @param objectName its name, or empty
 * @param startIndex the fragment's first character in the SQL text, or -1
 * @param stopIndex its last character, or -1
 * @param fragment the SQL text or DataFrame operation at fault
 * @param callSite the DataFrame call site, or empty
 * @param summary the server's one-paragraph description of the context
 */
public record QueryContext(
    String contextType,
    String objectType,
    String objectName,
    int startIndex,
    int stopIndex,
    String fragment,
    String callSite,
    String summary) {}
