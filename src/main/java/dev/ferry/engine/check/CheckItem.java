package dev.ferry.engine.check;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Every precheck item, in report order. {@link #id()} is DM's item name where DM has the check
 * (so a DM task's {@code ignore-checking-items} keeps working) and Ferry's own name otherwise;
 * {@link #group()} is the name that also skips it (Ferry splits DM's {@code table_schema} into
 * finer items that {@code table_schema} still skips).
 */
public enum CheckItem {
  CONNECTION("connection", "connection"),
  VERSION("version", "version"),
  DUMP_PRIVILEGE("dump_privilege", "dump_privilege"),
  REPLICATION_PRIVILEGE("replication_privilege", "replication_privilege"),
  TARGET_PRIVILEGE("target_privilege", "target_privilege"),
  CONN_NUMBER("conn_number", "conn_number"),
  SERVER_ID("server_id", "server_id"),
  BINLOG_ENABLE("binlog_enable", "binlog_enable"),
  BINLOG_FORMAT("binlog_format", "binlog_format"),
  BINLOG_ROW_IMAGE("binlog_row_image", "binlog_row_image"),
  GTID_MODE("gtid_mode", "gtid_mode"),
  BINLOG_DB("binlog_db", "binlog_db"),
  BINLOG_RETENTION("binlog_retention", "binlog_retention"),
  META_POSITION("meta_position", "meta_position"),
  ONLINE_DDL("online_ddl", "online_ddl"),
  ONLINE_DDL_REPLAY("online_ddl_replay", "online_ddl"),
  TABLE_SCHEMA("table_schema", "table_schema"),
  TABLE_ENGINE("table_engine", "table_schema"),
  TABLE_CHARSET("table_charset", "table_schema"),
  FOREIGN_KEY("foreign_key", "table_schema"),
  SKIPPED_OBJECTS("skipped_objects", "skipped_objects"),
  TABLE_NAME_COLLISION("table_name_collision", "table_name_collision"),
  SCHEMA_OF_SHARD_TABLES("schema_of_shard_tables", "schema_of_shard_tables"),
  AUTO_INCREMENT_ID("auto_increment_ID", "auto_increment_ID"),
  SHARD_DDL("shard_ddl", "shard_ddl"),
  DOWNSTREAM_TABLE_EMPTY("downstream_table_empty", "downstream_table_empty"),
  MAX_ALLOWED_PACKET("max_allowed_packet", "max_allowed_packet"),
  LOCAL_INFILE("local_infile", "local_infile"),
  LOWER_CASE_TABLE_NAMES("lower_case_table_names", "lower_case_table_names"),
  TIME_ZONE("time_zone", "time_zone"),
  ESTIMATE("estimate", "estimate");

  /** The {@code ignore-checking-items} value that skips everything. */
  public static final String ALL = "all";

  private final String id;
  private final String group;

  CheckItem(String id, String group) {
    this.id = id;
    this.group = group;
  }

  public String id() {
    return id;
  }

  /** The ignore name that also skips this item. */
  public String group() {
    return group;
  }

  /** True when {@code ignored} (case-insensitive names) skips this item. */
  public boolean ignoredBy(java.util.Collection<String> ignored) {
    for (String name : ignored) {
      String n = name.trim();
      if (n.equalsIgnoreCase(id) || n.equalsIgnoreCase(group)) {
        return true;
      }
    }
    return false;
  }

  public static Optional<CheckItem> byId(String id) {
    return Arrays.stream(values())
        .filter(i -> i.id.toLowerCase(Locale.ROOT).equals(id.trim().toLowerCase(Locale.ROOT)))
        .findFirst();
  }
}
