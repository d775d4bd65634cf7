package dev.ferry.config;

import java.util.List;

/**
 * gh-ost / pt-osc handling (DM {@code online-ddl}, {@code shadow-table-rules}, {@code
 * trash-table-rules}). DM's defaults: on, shadow {@code ^_(.+)_(?:new|gho)$}, trash {@code
 * ^_(.+)_(?:ghc|del|old)$}.
 */
public record OnlineDdl(boolean enabled, List<String> shadowTableRules, List<String> trashTableRules) {

  public static final List<String> DEFAULT_SHADOW_RULES = List.of("^_(.+)_(?:new|gho)$");
  public static final List<String> DEFAULT_TRASH_RULES = List.of("^_(.+)_(?:ghc|del|old)$");

  public OnlineDdl {
    shadowTableRules = shadowTableRules == null || shadowTableRules.isEmpty()
        ? DEFAULT_SHADOW_RULES : List.copyOf(shadowTableRules);
    trashTableRules = trashTableRules == null || trashTableRules.isEmpty()
        ? DEFAULT_TRASH_RULES : List.copyOf(trashTableRules);
  }

  public static OnlineDdl defaults() {
    return new OnlineDdl(true, DEFAULT_SHADOW_RULES, DEFAULT_TRASH_RULES);
  }
}
