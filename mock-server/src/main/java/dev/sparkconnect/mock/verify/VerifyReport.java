package dev.sparkconnect.mock.verify;

import java.util.List;

/** The outcome of verifying a set of fixtures against a real server. */
public record VerifyReport(String target, List<FixtureCheck> checks) {

  /** A report on {@code checks}, made against {@code target}; the list is copied. */
  public VerifyReport {
    checks = List.copyOf(checks);
  }

  /** Whether every fixture still matches the server's answers. */
  public boolean passed() {
    return checks.stream().allMatch(check -> check.verdict() == FixtureCheck.Verdict.MATCHES);
  }

  /** How many fixtures got {@code verdict}, for a summary such as "12 match, 1 differs". */
  public long count(FixtureCheck.Verdict verdict) {
    return checks.stream().filter(check -> check.verdict() == verdict).count();
  }

  /** One line: how many fixtures matched, differed and could not be checked. */
  public String summary() {
    long differ = count(FixtureCheck.Verdict.DIFFERS);
    return checks.size() + (checks.size() == 1 ? " fixture" : " fixtures") + " verified against " + target + ": "
        + count(FixtureCheck.Verdict.MATCHES) + " match" + (count(FixtureCheck.Verdict.MATCHES) == 1 ? "es" : "")
        + ", " + differ + (differ == 1 ? " differs" : " differ") + ", " + count(FixtureCheck.Verdict.NOT_CHECKED)
        + " not checked";
  }

  /** Every fixture that did not match, with its differences, one after the other; empty if all match. */
  public String mismatches() {
    StringBuilder text = new StringBuilder();
    for (FixtureCheck check : checks) {
      if (check.verdict() != FixtureCheck.Verdict.MATCHES) {
        text.append(check).append('\n');
      }
    }
    return text.toString();
  }

  /** Every fixture that did not match, with its differences, then the summary. */
  @Override
  public String toString() {
    return mismatches() + summary();
  }
}
