package dev.ferry.rules;

import java.util.List;

/** The preview: every source table in input order, and the conflicts found. */
public record PreviewResult(List<TablePreview> tables, List<PreviewConflict> conflicts) {

  public PreviewResult {
    tables = List.copyOf(tables);
    conflicts = List.copyOf(conflicts);
  }

  public boolean hasConflicts() {
    return !conflicts.isEmpty();
  }
}
