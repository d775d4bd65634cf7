package dev.ferry.engine;

import java.time.Duration;

/**
 * Limits of a precheck run.
 *
 * @param connectTimeout per login attempt (an unreachable host fails after this)
 * @param queryTimeout per statement
 * @param serverDeadline all checks of one server; a slower server is reported, the others are not
 *     held up
 * @param threads servers checked at the same time
 * @param sampleTime how long the estimate reads from one table per source
 */
public record PrecheckOptions(
    Duration connectTimeout, Duration queryTimeout, Duration serverDeadline, int threads, Duration sampleTime) {

  public static PrecheckOptions defaults() {
    return new PrecheckOptions(
        Duration.ofSeconds(10), Duration.ofSeconds(30), Duration.ofSeconds(90), 4, Duration.ofMillis(500));
  }

  public PrecheckOptions withConnectTimeout(Duration timeout) {
    return new PrecheckOptions(timeout, queryTimeout, serverDeadline, threads, sampleTime);
  }

  public PrecheckOptions withServerDeadline(Duration deadline) {
    return new PrecheckOptions(connectTimeout, queryTimeout, deadline, threads, sampleTime);
  }
}
