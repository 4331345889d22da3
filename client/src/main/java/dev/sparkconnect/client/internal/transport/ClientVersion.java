package dev.sparkconnect.client.internal.transport;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** This client's own version, as built, and the {@code client_type} it reports to servers. */
public final class ClientVersion {

  private static final String VERSION = load();

  private ClientVersion() {}

  /** The version of spark-connect-java, for example {@code 0.1.0}. */
  public static String version() {
    return VERSION;
  }

  /** What this client tells the server it is: user agent, client version, Java and OS. */
  public static String clientType(String userAgent) {
    return userAgent + " spark-connect-java/" + VERSION + " java/" + System.getProperty("java.version")
        + " os/" + System.getProperty("os.name").toLowerCase(java.util.Locale.ROOT).replace(' ', '_');
  }

  private static String load() {
    try (InputStream in = ClientVersion.class.getResourceAsStream("/dev/sparkconnect/client/version.properties")) {
      if (in == null) {
        return "unknown";
      }
      Properties properties = new Properties();
      properties.load(in);
      return properties.getProperty("version", "unknown");
    } catch (IOException e) {
      return "unknown";
    }
  }
}
