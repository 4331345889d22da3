package dev.sparkconnect.client.errors;

/**
 * What was asked for needs a newer Spark server than the one connected: thrown before anything is
 * sent, naming the feature, the server's version and the first version that has it.
 */
public class FeatureNotSupportedByServerException extends UnsupportedOperationException {

  private static final long serialVersionUID = 1L;

  private final String feature;
  private final String serverVersion;
  private final String firstVersion;

  /**
   * The refusal of {@code feature}, which Spark has from {@code firstVersion} on, on a server of
   * {@code serverVersion}; {@code detail} says more, or is null.
   */
  public FeatureNotSupportedByServerException(String feature, String serverVersion, String firstVersion,
      String detail) {
    super(feature + " needs Spark " + firstVersion + " or later, but the server runs Spark " + serverVersion
        + (detail == null ? "" : " (" + detail + ")"));
    this.feature = feature;
    this.serverVersion = serverVersion;
    this.firstVersion = firstVersion;
  }

  /** The feature asked for, such as "SQL parameters that are expressions". */
  public String feature() {
    return feature;
  }

  /** The Spark version of the server. */
  public String serverVersion() {
    return serverVersion;
  }

  /** The first Spark version that has the feature. */
  public String firstVersion() {
    return firstVersion;
  }
}
