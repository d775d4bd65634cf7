package dev.ferry.config.rules;

import java.util.Arrays;
import java.util.Optional;

/** A binlog event filter's action: DM's {@code Do}, {@code Ignore}, {@code Error}. */
public enum FilterAction {
  DO("Do"),
  IGNORE("Ignore"),
  ERROR("Error");

  private final String dmName;

  FilterAction(String dmName) {
    this.dmName = dmName;
  }

  public String dmName() {
    return dmName;
  }

  /** Case-insensitive, as DM accepts it. */
  public static Optional<FilterAction> fromDmName(String name) {
    return Arrays.stream(values()).filter(a -> a.dmName.equalsIgnoreCase(name)).findFirst();
  }
}
