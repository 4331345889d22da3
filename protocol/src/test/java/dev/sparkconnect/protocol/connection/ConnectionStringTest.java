package dev.sparkconnect.protocol.connection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConnectionStringTest {

  @Test
  void hostAloneGetsTheDefaultPortAndPlaintext() {
    ConnectionString remote = ConnectionString.parse("sc://localhost");

    assertThat(remote.host()).isEqualTo("localhost");
    assertThat(remote.port()).isEqualTo(15002);
    assertThat(remote.useTls()).isFalse();
    assertThat(remote.token()).isEmpty();
    assertThat(remote.maxMessageSize()).isEqualTo(128 * 1024 * 1024);
    assertThat(remote.headers()).isEmpty();
  }

  @Test
  void everyKnownParameterIsRead() {
    ConnectionString remote = ConnectionString.parse("sc://spark.example.com:443/;use_ssl=true;user_id=alice;"
        + "user_agent=my-app;session_id=0d2f4a1e-8a3b-4c5d-9e6f-7a8b9c0d1e2f;grpc_max_message_size=1048576;"
        + "x-team=data");

    assertThat(remote.host()).isEqualTo("spark.example.com");
    assertThat(remote.port()).isEqualTo(443);
    assertThat(remote.useTls()).isTrue();
    assertThat(remote.userId()).contains("alice");
    assertThat(remote.userAgent()).contains("my-app");
    assertThat(remote.sessionId()).contains("0d2f4a1e-8a3b-4c5d-9e6f-7a8b9c0d1e2f");
    assertThat(remote.maxMessageSize()).isEqualTo(1048576);
    assertThat(remote.headers()).isEqualTo(Map.of("x-team", "data"));
  }

  @Test
  void aTokenImpliesTlsAndIsNeverShown() {
    ConnectionString remote = ConnectionString.parse("sc://h:1/;token=s3cr3t%2Fvalue;user_id=bob");

    assertThat(remote.useTls()).isTrue();
    assertThat(remote.token()).contains("s3cr3t/value");
    assertThat(remote.toString()).doesNotContain("s3cr3t").contains("token=<redacted>");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "sc://localhost:1/;token=t|false",
      "sc://127.0.0.1:1/;token=t|false",
      "sc://127.1.2.3:1/;token=t|false",
      "sc://[::1]:1/;token=t|false",
      "sc://spark.example.com:1/;token=t|true",
      "sc://10.0.0.1:1/;token=t|true",
      "sc://localhost:1/;token=t;use_ssl=true|true",
      "sc://spark.example.com:1/;token=t;use_ssl=false|false",
      "sc://spark.example.com:1/|false",
  })
  void aTokenMeansTlsExceptToALoopbackHost(String value, boolean tls) {
    ConnectionString remote = ConnectionString.parse(value);

    assertThat(remote.useTls()).isEqualTo(tls);
    assertThat(remote.sendsTokenInPlainTextOffThisMachine())
        .isEqualTo(remote.token().isPresent() && !tls && !remote.isLoopback());
  }

  @Test
  void onlyAnExplicitUseSslFalseSendsATokenInPlainTextToAnotherHost() {
    assertThat(ConnectionString.parse("sc://spark.example.com/;token=t;use_ssl=false")
        .sendsTokenInPlainTextOffThisMachine()).isTrue();
    assertThat(ConnectionString.parse("sc://localhost/;token=t").sendsTokenInPlainTextOffThisMachine()).isFalse();
    assertThat(ConnectionString.parse("sc://spark.example.com/;token=t").sendsTokenInPlainTextOffThisMachine())
        .isFalse();
  }

  @Test
  void headerValuesAreNeverShownForTheyMayBeCredentials() {
    ConnectionString remote = ConnectionString.parse("sc://h/;x-api-key=k3y;authorization=Basic%20c2VjcmV0");

    assertThat(remote.headers()).containsEntry("x-api-key", "k3y").containsEntry("authorization", "Basic c2VjcmV0");
    assertThat(remote.toString()).doesNotContain("k3y").doesNotContain("c2VjcmV0")
        .contains("x-api-key=<redacted>").contains("authorization=<redacted>");
    assertThatThrownBy(() -> ConnectionString.parse("sc://h/path;x-api-key=k3y"))
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("k3y"));
    assertThatThrownBy(() -> ConnectionString.parse("sc://h/;x-api-key=k3y=more"))
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("k3y"));
  }

  @Test
  void ipv6HostsAreBracketed() {
    ConnectionString remote = ConnectionString.parse("sc://[::1]:15010");
    assertThat(remote.host()).isEqualTo("::1");
    assertThat(remote.port()).isEqualTo(15010);
    assertThat(remote.toString()).startsWith("sc://[::1]:15010/");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "http://localhost:15002|starts with 'sc://'",
      "localhost:15002|no scheme",
      "sc://|has no host",
      "sc://:15002|has no host",
      "sc://localhost:port|'port' is not a number",
      "sc://localhost:70000|'70000' is not a number from 1 to 65535",
      "sc://localhost/path|has no path",
      "sc://localhost/;user_id|parameter number 1 is not exactly one key=value",
      "sc://localhost/;a=b=c|'a=...' is not exactly one key=value",
      "sc://localhost/;Token=t|'Token' is not one Spark knows; did you mean 'token'?",
      "sc://localhost/;TOKEN=t|did you mean 'token'?",
      "sc://localhost/;tokn=t|did you mean 'token'?",
      "sc://localhost/;user-id=a|did you mean 'user_id'?",
      "sc://localhost/;userid=a|did you mean 'user_id'?",
      "sc://localhost/;use-ssl=true|did you mean 'use_ssl'?",
      "sc://localhost/;token=|'token' is empty",
      "sc://localhost/;session_id=abc|'abc', which is not a UUID",
      "sc://localhost/;use_ssl=yes|'use_ssl' is 'yes'",
      "sc://localhost/;grpc_max_message_size=-1|give a positive number",
      "sc://localhost/;user_id=a;user_id=b|'user_id' is given twice",
  })
  void malformedStringsAreRejectedNamingTheBadPart(String value, String expected) {
    assertThatThrownBy(() -> ConnectionString.parse(value))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(expected);
  }

  @Test
  void sparkRemoteSuppliesTheConnectionWhenTheCodeGivesNone() {
    Map<String, String> environment = Map.of("SPARK_REMOTE", "sc://spark.internal:443/;use_ssl=true");
    assertThat(ConnectionString.fromEnvironment(environment::get))
        .hasValueSatisfying(remote -> {
          assertThat(remote.host()).isEqualTo("spark.internal");
          assertThat(remote.useTls()).isTrue();
        });
    assertThat(ConnectionString.fromEnvironment(name -> null)).isEmpty();
    assertThatThrownBy(() -> ConnectionString.fromEnvironment(name -> "http://nope"))
        .hasMessageContaining("SPARK_REMOTE")
        .hasMessageContaining("starts with 'sc://'");
  }

  @Test
  void noErrorMessageRevealsTheToken() {
    for (String value : new String[] {
        "sc://localhost/path;token=hunter2", "sc://localhost/;token=hunter2=x", "sc://localhost/;token=hunter2%zz",
        "sc://localhost/;Token=hunter2", "sc://localhost:bad/;token=hunter2", "sc://localhost/;hunter2"}) {
      assertThatThrownBy(() -> ConnectionString.parse(value))
          .as(value)
          .isInstanceOf(IllegalArgumentException.class)
          .satisfies(e -> assertThat(e.getMessage()).doesNotContain("hunter2"));
    }
  }
}
