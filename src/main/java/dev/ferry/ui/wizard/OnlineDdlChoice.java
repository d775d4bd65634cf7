package dev.ferry.ui.wizard;

import dev.ferry.config.OnlineDdl;
import java.util.List;

/** The online-DDL choices the Options page offers, as shadow/trash table rules. */
public enum OnlineDdlChoice {
  OFF("Off — replicate gh-ost/pt-osc tables as ordinary tables", List.of(), List.of()),
  BOTH(
      "gh-ost and pt-osc (DM's default)",
      OnlineDdl.DEFAULT_SHADOW_RULES,
      OnlineDdl.DEFAULT_TRASH_RULES),
  GH_OST("gh-ost only", List.of("^_(.+)_gho$"), List.of("^_(.+)_(?:ghc|del)$")),
  PT_OSC("pt-osc only", List.of("^_(.+)_new$"), List.of("^_(.+)_old$")),
  CUSTOM("Custom shadow/trash table rules", List.of(), List.of());

  private final String label;
  private final List<String> shadow;
  private final List<String> trash;

  OnlineDdlChoice(String label, List<String> shadow, List<String> trash) {
    this.label = label;
    this.shadow = shadow;
    this.trash = trash;
  }

  public List<String> shadowRules() {
    return shadow;
  }

  public List<String> trashRules() {
    return trash;
  }

  /** The choice that produces {@code ddl}; CUSTOM when no preset does. */
  public static OnlineDdlChoice of(OnlineDdl ddl) {
    if (!ddl.enabled()) {
      return OFF;
    }
    for (OnlineDdlChoice c : List.of(BOTH, GH_OST, PT_OSC)) {
      if (c.shadow.equals(ddl.shadowTableRules()) && c.trash.equals(ddl.trashTableRules())) {
        return c;
      }
    }
    return CUSTOM;
  }

  @Override
  public String toString() {
    return label;
  }
}
