package dev.ferry.domain;

import java.util.Arrays;
import java.util.Optional;

/** How DDL is coordinated when routes merge several upstream tables into one (DM's {@code shard-mode}). */
public enum ShardMode {
  /** No shard merge coordination (DM: empty string). */
  NONE(""),
  PESSIMISTIC("pessimistic"),
  OPTIMISTIC("optimistic");

  private final String dmName;

  ShardMode(String dmName) {
    this.dmName = dmName;
  }

  public String dmName() {
    return dmName;
  }

  public static Optional<ShardMode> fromDmName(String name) {
    String n = name == null ? "" : name;
    return Arrays.stream(values()).filter(m -> m.dmName.equals(n)).findFirst();
  }
}
