package dev.ferry.config;

import dev.ferry.config.rules.RuleRefs;

/**
 * One upstream MySQL/MariaDB/Aurora instance (DM {@code source.yaml} + its {@code
 * mysql-instances[]} entry).
 *
 * @param sourceId unique id, at most 32 characters (DM {@code source-id})
 * @param serverId the server id Ferry uses when reading the binlog; null chooses a free one
 * @param enableGtid start and resume by GTID rather than file/position (DM {@code enable-gtid})
 * @param meta start position for {@code incremental} tasks without a checkpoint; null when unset
 * @param rules the named rules this source uses
 */
public record SourceConfig(
    String sourceId,
    String host,
    int port,
    String user,
    Secret password,
    TlsConfig tls,
    Integer serverId,
    boolean enableGtid,
    StartPosition meta,
    RuleRefs rules,
    DumpOptions dump,
    LoadOptions load,
    SyncOptions sync) {

  public SourceConfig {
    password = password == null ? Secret.ask() : password;
    tls = tls == null ? TlsConfig.preferred() : tls;
    rules = rules == null ? RuleRefs.none() : rules;
    dump = dump == null ? DumpOptions.defaults() : dump;
    load = load == null ? LoadOptions.defaults() : load;
    sync = sync == null ? SyncOptions.defaults() : sync;
  }
}
