package dev.ferry.rules;

import dev.ferry.config.rules.ExpressionFilterRule;
import dev.ferry.domain.TableId;
import dev.ferry.rules.expr.EvalContext;
import dev.ferry.rules.expr.ExpressionCompileException;
import dev.ferry.rules.expr.RowExpression;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * DM's expression filters ({@code expression-filter}): a row change of the rule's table (exact
 * schema and table names, case-insensitive unless the task is case-sensitive) is dropped when the
 * rule's expression for that kind of change is TRUE.
 *
 * <p>INSERT uses {@code insert-value-expr} on the new row, DELETE {@code delete-value-expr} on the
 * old row. UPDATE: a rule with both {@code update-old-value-expr} and {@code update-new-value-expr}
 * drops the change only when the old row matches the first <em>and</em> the new row the second;
 * with one of them, that one decides. Any one matching rule drops the change. Applies to binlog
 * rows only, not to the full dump.
 */
public final class ExpressionFilters {

  private record Compiled(
      String name,
      String schema,
      String table,
      RowExpression insert,
      RowExpression updateOld,
      RowExpression updateNew,
      RowExpression delete) {}

  private final List<Compiled> rules;
  private final boolean caseSensitive;
  private final EvalContext context;

  private ExpressionFilters(List<Compiled> rules, boolean caseSensitive, EvalContext context) {
    this.rules = rules;
    this.caseSensitive = caseSensitive;
    this.context = context;
  }

  /**
   * Compiles the named rules.
   *
   * @throws InvalidPatternException if an expression does not compile ({@link RuleValidator}
   *     reports it with its path first)
   */
  public static ExpressionFilters of(
      Map<String, ExpressionFilterRule> rules, boolean caseSensitive, EvalContext context) {
    List<Compiled> out = new ArrayList<>();
    rules.forEach(
        (name, r) ->
            out.add(
                new Compiled(
                    name,
                    r.schema(),
                    r.table(),
                    compile(name, r.insertValueExpr()),
                    compile(name, r.updateOldValueExpr()),
                    compile(name, r.updateNewValueExpr()),
                    compile(name, r.deleteValueExpr()))));
    return new ExpressionFilters(List.copyOf(out), caseSensitive, context);
  }

  private static RowExpression compile(String rule, String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return RowExpression.compile(text);
    } catch (ExpressionCompileException e) {
      throw new InvalidPatternException(
          "expression filter " + rule + ": \"" + text + "\" " + e.getMessage());
    }
  }

  /** Whether any rule names {@code table} (so the engine can skip row conversion otherwise). */
  public boolean hasRulesFor(TableId table) {
    return rules.stream().anyMatch(r -> appliesTo(r, table));
  }

  public RowFilterResult insert(TableId table, Map<String, Object> row) {
    return single(table, row, Compiled::insert);
  }

  public RowFilterResult delete(TableId table, Map<String, Object> row) {
    return single(table, row, Compiled::delete);
  }

  public RowFilterResult update(
      TableId table, Map<String, Object> oldRow, Map<String, Object> newRow) {
    List<String> warnings = new ArrayList<>();
    for (Compiled r : rules) {
      if (!appliesTo(r, table) || (r.updateOld() == null && r.updateNew() == null)) {
        continue;
      }
      boolean old = r.updateOld() == null || test(r.updateOld(), oldRow, warnings);
      boolean now = r.updateNew() == null || test(r.updateNew(), newRow, warnings);
      if (old && now) {
        return new RowFilterResult(true, r.name(), warnings);
      }
    }
    return warnings.isEmpty() ? RowFilterResult.KEPT : new RowFilterResult(false, null, warnings);
  }

  private RowFilterResult single(
      TableId table,
      Map<String, Object> row,
      java.util.function.Function<Compiled, RowExpression> kind) {
    List<String> warnings = new ArrayList<>();
    for (Compiled r : rules) {
      RowExpression e = kind.apply(r);
      if (e != null && appliesTo(r, table) && test(e, row, warnings)) {
        return new RowFilterResult(true, r.name(), warnings);
      }
    }
    return warnings.isEmpty() ? RowFilterResult.KEPT : new RowFilterResult(false, null, warnings);
  }

  private boolean test(RowExpression e, Map<String, Object> row, List<String> warnings) {
    RowExpression.Result result = e.evaluate(row, context);
    if (result.warning() != null) {
      warnings.add(result.warning());
    }
    return result.matches();
  }

  private boolean appliesTo(Compiled r, TableId table) {
    return same(r.schema(), table.schema()) && same(r.table(), table.table());
  }

  private boolean same(String configured, String actual) {
    if (configured == null) {
      return false;
    }
    return caseSensitive
        ? configured.equals(actual)
        : configured.toLowerCase(Locale.ROOT).equals(actual.toLowerCase(Locale.ROOT));
  }
}
