package dev.sparkconnect.mock.verify;

import java.util.List;

/**
 * The verdict on one fixture: it still matches, its answer changed (with every difference), or it
 * could not be checked at all (the server was unreachable, the request was refused).
 */
public record FixtureCheck(String fixture, Verdict verdict, List<Difference> differences, String problem) {

  /** How a fixture fared. */
  public enum Verdict { MATCHES, DIFFERS, NOT_CHECKED }

  /** A verdict; the differences are copied ({@code problem} is null unless NOT_CHECKED). */
  public FixtureCheck {
    differences = List.copyOf(differences);
  }

  @Override
  public String toString() {
    StringBuilder text = new StringBuilder(fixture).append(": ").append(switch (verdict) {
      case MATCHES -> "matches";
      case DIFFERS -> differences.size() + (differences.size() == 1 ? " difference" : " differences");
      case NOT_CHECKED -> "not checked (" + problem + ")";
    });
    for (Difference difference : differences) {
      text.append("\n    ").append(difference);
    }
    return text.toString();
  }
}
