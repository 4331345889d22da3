package dev.sparkconnect.mock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class FaultExpressionTest {

  @Test
  void eachPartPlacesTheFault() {
    List<Fault> faults = FaultExpression.parse("endStream@2, unavailable@0~ReattachExecute,delay:300@1,"
        + "sparkError:DIVIDE_BY_ZERO,evictSession/AnalyzePlan");

    assertThat(faults).extracting(Fault::toString).containsExactly(
        "END_STREAM on ExecutePlan after 2 responses, 1 time",
        "UNAVAILABLE on ReattachExecute after 0 responses, 1 time",
        "delay 300 ms on ExecutePlan after 1 response, 1 time",
        faults.get(3).effect().describe() + " on ExecutePlan after 0 responses, 1 time",
        "EVICT_SESSION on AnalyzePlan after 0 responses, 1 time");
    assertThat(faults.get(3).effect().describe()).contains("DIVIDE_BY_ZERO");
  }

  @Test
  void mistakesAreNamedWithWhatIsExpected() {
    assertThatThrownBy(() -> FaultExpression.parse("endStream@two")).hasMessageContaining("'endStream@two'")
        .hasMessageContaining("how many responses");
    assertThatThrownBy(() -> FaultExpression.parse("delay@1")).hasMessageContaining("delay needs an argument: delay:MILLIS");
    assertThatThrownBy(() -> FaultExpression.parse("endStream:5")).hasMessageContaining("takes no argument");
    assertThatThrownBy(() -> FaultExpression.parse("unavailable~Nope")).hasMessageContaining("no RPC is named 'Nope'");
    assertThatThrownBy(() -> FaultExpression.parse("")).hasMessageContaining("kind[:argument][@afterResponses][~rpc]");
    assertThatThrownBy(() -> FaultExpression.parse("retryAfter:-1")).hasMessageContaining("milliseconds");
  }
}
