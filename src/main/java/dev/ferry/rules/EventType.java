package dev.ferry.rules;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every binlog event type DM's binlog event filter knows ({@code pkg/binlog-filter}), with DM's
 * spelling. DDL types fall in two classes: compatible and incompatible ("might lose data"); {@code
 * all ddl} matches both, {@code incompatible ddl changes} only the latter. The group values ({@code
 * all}, {@code none}, ...) appear only in rules, never as the type of an event.
 */
public enum EventType {
  ALL("all", Kind.GROUP),
  ALL_DML("all dml", Kind.GROUP),
  ALL_DDL("all ddl", Kind.GROUP),
  NONE("none", Kind.GROUP),
  NONE_DML("none dml", Kind.GROUP),
  NONE_DDL("none ddl", Kind.GROUP),
  INCOMPATIBLE_DDL_CHANGES("incompatible ddl changes", Kind.GROUP),

  INSERT("insert", Kind.DML),
  UPDATE("update", Kind.DML),
  DELETE("delete", Kind.DML),

  CREATE_DATABASE("create database", Kind.DDL),
  ALTER_DATABASE("alter database", Kind.DDL),
  CREATE_TABLE("create table", Kind.DDL),
  CREATE_INDEX("create index", Kind.DDL),
  CREATE_VIEW("create view", Kind.DDL),
  DROP_VIEW("drop view", Kind.DDL),
  ALTER_TABLE("alter table", Kind.DDL),
  ADD_TABLE_PARTITION("add table partition", Kind.DDL),

  DROP_DATABASE("drop database", Kind.INCOMPATIBLE_DDL),
  DROP_TABLE("drop table", Kind.INCOMPATIBLE_DDL),
  TRUNCATE_TABLE("truncate table", Kind.INCOMPATIBLE_DDL),
  RENAME_TABLE("rename table", Kind.INCOMPATIBLE_DDL),
  DROP_INDEX("drop index", Kind.INCOMPATIBLE_DDL),
  DROP_TABLE_PARTITION("drop table partition", Kind.INCOMPATIBLE_DDL),
  TRUNCATE_TABLE_PARTITION("truncate table partition", Kind.INCOMPATIBLE_DDL),
  ADD_FOREIGN_KEY("add foreign key", Kind.INCOMPATIBLE_DDL),
  DROP_FOREIGN_KEY("drop foreign key", Kind.INCOMPATIBLE_DDL),
  VALUE_RANGE_DECREASE("value range decrease", Kind.INCOMPATIBLE_DDL),
  PRECISION_DECREASE("precision decrease", Kind.INCOMPATIBLE_DDL),
  MODIFY_COLUMN("modify column", Kind.INCOMPATIBLE_DDL),
  RENAME_COLUMN("rename column", Kind.INCOMPATIBLE_DDL),
  RENAME_INDEX("rename index", Kind.INCOMPATIBLE_DDL),
  DROP_COLUMN("drop column", Kind.INCOMPATIBLE_DDL),
  DROP_PRIMARY_KEY("drop primary key", Kind.INCOMPATIBLE_DDL),
  DROP_UNIQUE_KEY("drop unique key", Kind.INCOMPATIBLE_DDL),
  MODIFY_DEFAULT_VALUE("modify default value", Kind.INCOMPATIBLE_DDL),
  MODIFY_CONSTRAINT("modify constraint", Kind.INCOMPATIBLE_DDL),
  MODIFY_COLUMNS_ORDER("modify columns order", Kind.INCOMPATIBLE_DDL),
  MODIFY_CHARSET("modify charset", Kind.INCOMPATIBLE_DDL),
  MODIFY_COLLATION("modify collation", Kind.INCOMPATIBLE_DDL),
  REMOVE_AUTO_INCREMENT("remove auto increment", Kind.INCOMPATIBLE_DDL),
  MODIFY_STORAGE_ENGINE("modify storage engine", Kind.INCOMPATIBLE_DDL),
  REORGANIZE_TABLE_PARTITION("reorganize table partition", Kind.INCOMPATIBLE_DDL),
  REBUILD_TABLE_PARTITION("rebuild table partition", Kind.INCOMPATIBLE_DDL),
  COALESCE_TABLE_PARTITION("coalesce table partition", Kind.INCOMPATIBLE_DDL),
  SPLIT_TABLE_PARTITION("split table partition", Kind.INCOMPATIBLE_DDL),
  EXCHANGE_TABLE_PARTITION("exchange table partition", Kind.INCOMPATIBLE_DDL),
  MODIFY_SCHEMA_CHARSET_AND_COLLATE("modify schema charset and collate", Kind.INCOMPATIBLE_DDL),
  MODIFY_TABLE_CHARSET_AND_COLLATE("modify table charset and collate", Kind.INCOMPATIBLE_DDL),
  MODIFY_TABLE_COMMENT("modify table comment", Kind.INCOMPATIBLE_DDL),
  RECOVER_TABLE("recover table", Kind.INCOMPATIBLE_DDL),
  ALTER_TABLE_PARTITIONING("alter table partitioning", Kind.INCOMPATIBLE_DDL),
  REMOVE_TABLE_PARTITIONING("remove table partitioning", Kind.INCOMPATIBLE_DDL),
  ADD_COLUMN("add column", Kind.INCOMPATIBLE_DDL),
  SET_DEFAULT_VALUE("set default value", Kind.INCOMPATIBLE_DDL),
  REBASE_AUTO_ID("rebase auto id", Kind.INCOMPATIBLE_DDL),
  ADD_PRIMARY_KEY("add primary key", Kind.INCOMPATIBLE_DDL),
  ALTER_INDEX_VISIBILITY("alter index visibility", Kind.INCOMPATIBLE_DDL),
  ALTER_TTL_INFO("alter ttl info", Kind.INCOMPATIBLE_DDL),
  ALTER_TTL_REMOVE("alter ttl remove", Kind.INCOMPATIBLE_DDL),
  MULTI_SCHEMA_CHANGE("multi schema change", Kind.INCOMPATIBLE_DDL),

  /**
   * A statement DM cannot map to a type (its {@code NullEvent}, spelled {@code ""}): the filter
   * skips the type check and decides by {@code sql-pattern} alone.
   */
  UNMAPPED("", Kind.UNMAPPED);

  /** The class of an event type. */
  public enum Kind {
    GROUP,
    DML,
    DDL,
    INCOMPATIBLE_DDL,
    UNMAPPED
  }

  private static final Map<String, EventType> BY_NAME =
      Arrays.stream(values()).collect(Collectors.toMap(EventType::dmName, Function.identity()));

  private static final Map<String, EventType> ALIASES =
      Map.of(
          "create schema", CREATE_DATABASE,
          "drop schema", DROP_DATABASE,
          "alter schema", ALTER_DATABASE);

  private final String dmName;
  private final Kind kind;

  EventType(String dmName, Kind kind) {
    this.dmName = dmName;
    this.kind = kind;
  }

  /** DM's spelling, e.g. {@code "truncate table"}. */
  public String dmName() {
    return dmName;
  }

  public Kind kind() {
    return kind;
  }

  public boolean isDml() {
    return kind == Kind.DML;
  }

  /** Compatible or incompatible DDL. */
  public boolean isDdl() {
    return kind == Kind.DDL || kind == Kind.INCOMPATIBLE_DDL;
  }

  public boolean isIncompatibleDdl() {
    return kind == Kind.INCOMPATIBLE_DDL;
  }

  /**
   * Parses DM's spelling, case-insensitively, including the aliases {@code create schema}, {@code
   * drop schema}, {@code alter schema}. DM accepts the empty string (its NullEvent) too.
   */
  public static Optional<EventType> fromDmName(String name) {
    if (name == null) {
      return Optional.empty();
    }
    String n = name.toLowerCase(Locale.ROOT);
    EventType t = BY_NAME.get(n);
    return Optional.ofNullable(t != null ? t : ALIASES.get(n));
  }

  @Override
  public String toString() {
    return dmName;
  }
}
