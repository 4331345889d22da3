package dev.sparkconnect.mock;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Which armed faults fire where, and which never did, so a test can tell a fault it never exercised. */
class FaultScheduleTest {

  private final FaultSchedule schedule = new FaultSchedule();

  @Test
  void twoFaultsEndingTheSameCallAtTheSamePlaceFireOnTwoCalls() {
    schedule.add(Fault.unavailable());
    schedule.add(Fault.endStream());

    assertThat(schedule.forCall("ExecutePlan", "plan").at(0)).extracting(fault -> fault.effect().describe())
        .containsExactly("UNAVAILABLE");
    assertThat(schedule.unfired()).containsExactly("END_STREAM on ExecutePlan after 0"
        + " responses, 1 time (never fired)");
    assertThat(schedule.forCall("ExecutePlan", "plan").at(0)).hasSize(1);
    assertThat(schedule.unfired()).isEmpty();
  }

  @Test
  void delaysFireBesideTheFaultThatEndsTheCall() {
    schedule.add(Fault.delay(Duration.ofMillis(1)));
    schedule.add(Fault.unavailable());

    assertThat(schedule.forCall("ExecutePlan", "plan").at(0)).extracting(fault -> fault.effect().describe())
        .containsExactly("delay 1 ms", "UNAVAILABLE");
    assertThat(schedule.unfired()).isEmpty();
  }

  @Test
  void faultsOutOfReachAreReportedWithHowOftenTheyFired() {
    schedule.add(Fault.endStream().afterResponses(99));
    schedule.add(Fault.unavailable().times(3));
    schedule.add(Fault.unavailable().onRpc("AnalyzePlan").always());

    FaultSchedule.Call call = schedule.forCall("ExecutePlan", "plan");
    for (int position = 0; position < 5; position++) {
      call.at(position);
    }

    assertThat(schedule.unfired()).containsExactly(
        "END_STREAM on ExecutePlan after 99 responses, 1 time (never fired)",
        "UNAVAILABLE on ExecutePlan after 0 responses, 3 times (fired 1 of 3 times)",
        "UNAVAILABLE on AnalyzePlan after 0 responses, always (never fired)");
  }
}
