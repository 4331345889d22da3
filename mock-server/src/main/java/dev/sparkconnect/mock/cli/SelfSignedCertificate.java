package dev.sparkconnect.mock.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.util.Base64;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * A certificate for {@code localhost} and {@code 127.0.0.1}, signed by itself, made with the JDK's
 * own {@code keytool} and written as PEM files: what {@code serve --tls-self-signed} serves with,
 * and the file clients trust ({@code SparkSession.builder().trustedCertificates(...)}).
 *
 * @param certificate the certificate, PEM; also the file to trust
 * @param privateKey its private key, PKCS#8 PEM, readable by its owner only
 */
record SelfSignedCertificate(Path certificate, Path privateKey) {

  /** Makes a new pair in {@code folder}, valid for {@code days}. */
  static SelfSignedCertificate create(Path folder, int days) {
    try {
      Files.createDirectories(folder);
      Path keystore = folder.resolve("mock-server.p12");
      String password = UUID.randomUUID().toString();
      Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
          "-genkeypair", "-alias", "mock", "-keyalg", "EC", "-groupname", "secp256r1", "-dname", "CN=localhost",
          "-ext", "SAN=dns:localhost,ip:127.0.0.1", "-validity", Integer.toString(days), "-storetype", "PKCS12",
          "-keystore", keystore.toString(), "-storepass", password, "-keypass", password)
          .redirectErrorStream(true).start();
      String output = new String(keytool.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      if (!keytool.waitFor(60, TimeUnit.SECONDS) || keytool.exitValue() != 0) {
        throw new IllegalStateException("keytool could not make a self-signed certificate: " + output.strip());
      }
      KeyStore store = KeyStore.getInstance("PKCS12");
      try (InputStream in = Files.newInputStream(keystore)) {
        store.load(in, password.toCharArray());
      }
      Files.delete(keystore);
      Path certificate = Files.writeString(folder.resolve("mock-server.crt"),
          pem("CERTIFICATE", store.getCertificate("mock").getEncoded()));
      Path key = folder.resolve("mock-server.key");
      Files.writeString(key, pem("PRIVATE KEY", ((PrivateKey) store.getKey("mock", password.toCharArray())).getEncoded()));
      try {
        Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("rw-------"));
      } catch (UnsupportedOperationException notPosix) {
        // The folder's own permissions protect the key on such file systems.
      }
      return new SelfSignedCertificate(certificate, key);
    } catch (IOException | GeneralSecurityException e) {
      throw new IllegalStateException("Could not make a self-signed certificate in " + folder + ": " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while making a self-signed certificate", e);
    }
  }

  private static String pem(String kind, byte[] der) {
    return "-----BEGIN " + kind + "-----\n" + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)
        + "\n-----END " + kind + "-----\n";
  }
}
