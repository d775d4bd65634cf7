package dev.ferry.rules;

import dev.ferry.domain.TableId;
import java.util.List;

/**
 * What happens to one source table.
 *
 * @param target where it goes; null when it is not migrated or its route is ambiguous
 * @param routeRule the route that decided, or null
 * @param conflict why it cannot be migrated as configured (ambiguous route), or null
 */
public record TablePreview(
    String sourceId,
    TableId source,
    boolean migrated,
    TableId target,
    String routeRule,
    List<ExtractedColumn> extraColumns,
    String conflict) {

  public TablePreview {
    extraColumns = List.copyOf(extraColumns);
  }
}
