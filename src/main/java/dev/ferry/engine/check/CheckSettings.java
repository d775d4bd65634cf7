package dev.ferry.engine.check;

import java.time.Duration;

/**
 * Limits of one precheck run.
 *
 * @param connectTimeout per login
 * @param queryTimeout per statement
 * @param serverDeadline all checks of one server; a server still busy after this is reported as
 *     not answering and the others' results are kept
 * @param threads servers checked at the same time
 * @param sampleTime how long the estimate reads from one table
 */
public record CheckSettings(
    Duration connectTimeout, Duration queryTimeout, Duration serverDeadline, int threads, Duration sampleTime) {

  public static CheckSettings defaults() {
    return new CheckSettings(
        Duration.ofSeconds(10), Duration.ofSeconds(30), Duration.ofSeconds(90), 4, Duration.ofMillis(500));
  }
}
