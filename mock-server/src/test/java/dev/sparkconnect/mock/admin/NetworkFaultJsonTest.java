package dev.sparkconnect.mock.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sparkconnect.mock.network.NetworkFault;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class NetworkFaultJsonTest {

  @Test
  void everyFieldPlacesTheFaultAsTheJavaApiDoes() {
    assertThat(NetworkFaultJson.parse("{\"fault\": \"latency\", \"millis\": 80, \"jitterMillis\": 20,"
        + " \"probability\": 0.5}")).isEqualTo(NetworkFault.latency(Duration.ofMillis(80), Duration.ofMillis(20))
        .probability(0.5));
    assertThat(NetworkFaultJson.parse("{\"fault\": \"reset\", \"direction\": \"upstream\", \"afterBytes\": 10,"
        + " \"times\": 1}")).isEqualTo(NetworkFault.reset().upstream().afterBytes(10).times(1));
    assertThat(NetworkFaultJson.parse("{\"fault\": \"slicer\", \"averageBytes\": 7, \"variationBytes\": 5}"))
        .isEqualTo(NetworkFault.slicer(7, 5, Duration.ZERO));
    assertThat(NetworkFaultJson.parse("{\"fault\": \"bandwidth\", \"bytesPerSecond\": 1000}").toString())
        .isEqualTo("bandwidth 1000 B/s downstream");
  }

  @Test
  void mistakesAreNamed() {
    assertThatThrownBy(() -> NetworkFaultJson.parse("{\"fault\": \"lag\"}")).hasMessageContaining("\"lag\"")
        .hasMessageContaining("latency, bandwidth, slicer, blackHole, reset, corrupt");
    assertThatThrownBy(() -> NetworkFaultJson.parse("{\"fault\": \"reset\", \"afterbytes\": 1}"))
        .hasMessageContaining("unknown field \"afterbytes\"").hasMessageContaining("afterBytes");
    assertThatThrownBy(() -> NetworkFaultJson.parse("{\"fault\": \"reset\", \"direction\": \"sideways\"}"))
        .hasMessageContaining("downstream (server to client) or upstream");
    assertThatThrownBy(() -> NetworkFaultJson.parse("[1]")).hasMessageContaining("JSON object");
    assertThatThrownBy(() -> NetworkFaultJson.parse("{\"fault\": \"corrupt\", \"probability\": 2}"))
        .hasMessageContaining("from 0 to 1");
    assertThatThrownBy(() -> NetworkFaultJson.parse("{\"fault\": \"bandwidth\", \"bytesPerSecond\": \"fast\"}"))
        .hasMessageContaining("must be a number");
  }
}
