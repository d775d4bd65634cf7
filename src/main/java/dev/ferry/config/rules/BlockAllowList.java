package dev.ferry.config.rules;

import java.util.List;

/**
 * One named block-allow-list rule (DM {@code block-allow-list.<name>}). Entries are DM name
 * patterns: wildcards ({@code *}, {@code ?}, {@code [a-z]}, {@code [!...]}) or regexes with a
 * leading {@code ~}. Empty lists mean "not set".
 */
public record BlockAllowList(
    List<String> doDbs,
    List<TablePattern> doTables,
    List<String> ignoreDbs,
    List<TablePattern> ignoreTables) {

  public BlockAllowList {
    doDbs = doDbs == null ? List.of() : List.copyOf(doDbs);
    doTables = doTables == null ? List.of() : List.copyOf(doTables);
    ignoreDbs = ignoreDbs == null ? List.of() : List.copyOf(ignoreDbs);
    ignoreTables = ignoreTables == null ? List.of() : List.copyOf(ignoreTables);
  }
}
