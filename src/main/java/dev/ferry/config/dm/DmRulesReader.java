package dev.ferry.config.dm;

import static dev.ferry.config.dm.DmSecurity.blankToNull;

import dev.ferry.config.rules.BinlogFilterRule;
import dev.ferry.config.rules.BlockAllowList;
import dev.ferry.config.rules.ExpressionFilterRule;
import dev.ferry.config.rules.Extraction;
import dev.ferry.config.rules.FilterAction;
import dev.ferry.config.rules.RouteRule;
import dev.ferry.config.rules.TablePattern;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the rule sections of a task.yaml: routes, filters, expression-filter, block-allow-list. */
final class DmRulesReader {

  final Map<String, BlockAllowList> blockAllowList = new LinkedHashMap<>();
  final Map<String, RouteRule> routes = new LinkedHashMap<>();
  final Map<String, BinlogFilterRule> filters = new LinkedHashMap<>();
  final Map<String, ExpressionFilterRule> expressionFilters = new LinkedHashMap<>();

  private final DmProblems problems;

  DmRulesReader(DmProblems problems) {
    this.problems = problems;
  }

  void read(DmNode task) {
    task.objects("routes").forEach((name, node) -> routes.put(name, route(node)));
    task.objects("filters").forEach((name, node) -> filters.put(name, filter(node, problems)));
    task.objects("expression-filter")
        .forEach((name, node) -> expressionFilters.put(name, expression(node)));
    Map<String, DmNode> balNodes = task.objects("block-allow-list");
    Map<String, DmNode> bwlNodes = task.objects("black-white-list");
    if (!bwlNodes.isEmpty()) {
      if (balNodes.isEmpty()) {
        problems.deprecated(
            task.pathOf("black-white-list"),
            "'black-white-list' is deprecated",
            "Read as 'block-allow-list', as DM does; rename the key.");
        balNodes = bwlNodes;
      } else {
        bwlNodes.values().forEach(DmNode::skipAll);
        problems.deprecated(
            task.pathOf("black-white-list"),
            "'black-white-list' is ignored because 'block-allow-list' is set",
            "Remove 'black-white-list'; DM also uses only 'block-allow-list' when both are set.");
      }
    }
    balNodes.forEach((name, node) -> blockAllowList.put(name, blockAllow(node)));
  }

  private RouteRule route(DmNode n) {
    return new RouteRule(
        n.string("schema-pattern"),
        blankToNull(n.string("table-pattern")),
        n.string("target-schema"),
        blankToNull(n.string("target-table")),
        extraction(n.object("extract-table"), "table-regexp"),
        extraction(n.object("extract-schema"), "schema-regexp"),
        extraction(n.object("extract-source"), "source-regexp"));
  }

  private static Extraction extraction(DmNode n, String regexpKey) {
    return n == null ? null : new Extraction(n.string(regexpKey), n.string("target-column"));
  }

  /** One binlog event filter rule (task {@code filters.<name>} or a source.yaml list entry). */
  static BinlogFilterRule filter(DmNode n, DmProblems problems) {
    String actionText = n.string("action");
    FilterAction action = null;
    if (actionText == null) {
      problems.error(n.pathOf("action"), "A filter needs an 'action'", "Set Do, Ignore or Error.");
    } else {
      action = FilterAction.fromDmName(actionText).orElse(null);
      if (action == null) {
        problems.error(
            n.pathOf("action"),
            "Unknown filter action '" + actionText + "'",
            "Use Do, Ignore or Error.");
      }
    }
    return new BinlogFilterRule(
        n.string("schema-pattern"),
        blankToNull(n.string("table-pattern")),
        n.strings("events"),
        n.strings("sql-pattern"),
        action);
  }

  private static ExpressionFilterRule expression(DmNode n) {
    return new ExpressionFilterRule(
        n.string("schema"),
        n.string("table"),
        blankToNull(n.string("insert-value-expr")),
        blankToNull(n.string("update-old-value-expr")),
        blankToNull(n.string("update-new-value-expr")),
        blankToNull(n.string("delete-value-expr")));
  }

  private static BlockAllowList blockAllow(DmNode n) {
    return new BlockAllowList(
        n.strings("do-dbs"),
        tables(n.objectList("do-tables")),
        n.strings("ignore-dbs"),
        tables(n.objectList("ignore-tables")));
  }

  private static List<TablePattern> tables(List<DmNode> nodes) {
    List<TablePattern> result = new ArrayList<>();
    for (DmNode t : nodes) {
      result.add(new TablePattern(t.string("db-name"), t.string("tbl-name")));
    }
    return result;
  }
}
