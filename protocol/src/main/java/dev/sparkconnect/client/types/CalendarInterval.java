package dev.sparkconnect.client.types;

/**
 * A value of Spark's legacy calendar {@code INTERVAL}: months, days and microseconds, kept apart
 * because a month has no fixed number of days and a day no fixed number of microseconds.
 */
public record CalendarInterval(int months, int days, long microseconds) {

  @Override
  public String toString() {
    return months + " months " + days + " days " + microseconds + " microseconds";
  }
}
