package dev.ferry.config;

import java.util.List;
import java.util.Set;

/**
 * The precheck items a task may skip with {@code ignore-checking-items} (DM's names, reference
 * §14), plus {@code all}.
 */
public final class CheckingItems {

  /** Skips every check. */
  public static final String ALL_ITEMS = "all";

  /** Every item name DM accepts, in the reference's order, {@code all} first. */
  public static final List<String> ALL =
      List.of(
          ALL_ITEMS,
          "version",
          "dump_privilege",
          "replication_privilege",
          "server_id",
          "binlog_enable",
          "binlog_format",
          "binlog_row_image",
          "binlog_db",
          "online_ddl",
          "meta_position",
          "table_schema",
          "schema_of_shard_tables",
          "auto_increment_ID",
          "conn_number",
          "target_privilege",
          "empty_region",
          "region_distribution",
          "downstream_version",
          "free_space",
          "downstream_mutex_features",
          "downstream_table_empty",
          "primary_key");

  /** Items that only check DM's physical import (TiDB Lightning local backend). */
  public static final Set<String> PHYSICAL_IMPORT_ONLY =
      Set.of(
          "empty_region",
          "region_distribution",
          "downstream_version",
          "free_space",
          "downstream_mutex_features",
          "downstream_table_empty");

  private CheckingItems() {}
}
