package dev.ferry.rules.expr;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * A compiled expression-filter expression ({@code insert-value-expr} and friends): a MySQL boolean
 * expression over the columns of one row. Immutable and thread-safe.
 *
 * <p>Supported: comparisons ({@code = <=> != <> < <= > >=}), {@code AND OR XOR NOT && || !}, {@code
 * IS [NOT] NULL/TRUE/FALSE/UNKNOWN}, {@code [NOT] IN}, {@code [NOT] BETWEEN}, {@code [NOT] LIKE
 * [ESCAPE]}, {@code [NOT] REGEXP/RLIKE}, {@code + - * / DIV % MOD}, unary minus, {@code CASE},
 * {@code CAST/CONVERT}, typed literals ({@code DATE '...'}, {@code TIMESTAMP '...'}) and the
 * functions listed in {@code Functions}. Anything else is a compile error with a position.
 *
 * <p>Semantics follow MySQL for the common cases: three-valued logic, integer/decimal/double
 * arithmetic, number-vs-string comparison as doubles, temporal-vs-string comparison as temporals.
 * Strings compare case-sensitively with trailing spaces ignored (TiDB's default {@code
 * utf8mb4_bin}); LIKE and REGEXP are case-sensitive.
 */
public final class RowExpression {

  /** The outcome for one row. */
  public record Result(Object value, boolean matches, String warning) {}

  private final String text;
  private final Node root;
  private final Set<String> columns;
  private final Map<String, Pattern> regexCache = new ConcurrentHashMap<>();

  private RowExpression(String text, Node root, Set<String> columns) {
    this.text = text;
    this.root = root;
    this.columns = columns;
  }

  /**
   * Compiles {@code text}.
   *
   * @throws ExpressionCompileException with the 1-based position of the first problem
   */
  public static RowExpression compile(String text) throws ExpressionCompileException {
    if (text == null || text.isBlank()) {
      throw new ExpressionCompileException(1, "the expression is empty");
    }
    Node root = Parser.parse(text);
    Set<String> cols = new LinkedHashSet<>();
    collectColumns(root, cols);
    return new RowExpression(text, root, Collections.unmodifiableSet(cols));
  }

  private static void collectColumns(Node n, Set<String> out) {
    if (n instanceof Node.Column c) {
      out.add(c.name());
    } else if (n instanceof Node.Unary u) {
      collectColumns(u.operand(), out);
    } else if (n instanceof Node.Binary b) {
      collectColumns(b.left(), out);
      collectColumns(b.right(), out);
    } else if (n instanceof Node.IsTest t) {
      collectColumns(t.operand(), out);
    } else if (n instanceof Node.In in) {
      collectColumns(in.operand(), out);
      in.list().forEach(x -> collectColumns(x, out));
    } else if (n instanceof Node.Between b) {
      collectColumns(b.operand(), out);
      collectColumns(b.low(), out);
      collectColumns(b.high(), out);
    } else if (n instanceof Node.Like l) {
      collectColumns(l.operand(), out);
      collectColumns(l.pattern(), out);
      if (l.escape() != null) {
        collectColumns(l.escape(), out);
      }
    } else if (n instanceof Node.Regexp r) {
      collectColumns(r.operand(), out);
      collectColumns(r.pattern(), out);
    } else if (n instanceof Node.Call c) {
      c.args().forEach(x -> collectColumns(x, out));
    } else if (n instanceof Node.Cast c) {
      collectColumns(c.operand(), out);
    } else if (n instanceof Node.Case c) {
      if (c.operand() != null) {
        collectColumns(c.operand(), out);
      }
      c.whens().forEach(x -> collectColumns(x, out));
      c.thens().forEach(x -> collectColumns(x, out));
      if (c.otherwise() != null) {
        collectColumns(c.otherwise(), out);
      }
    }
  }

  public String text() {
    return text;
  }

  /** The column names it reads, lower-cased. */
  public Set<String> columns() {
    return columns;
  }

  /**
   * Evaluates against {@code row} (column name → value; names case-insensitive). Values may be
   * null, Long, Integer, BigInteger, BigDecimal, Double, Float, String, byte[], Boolean, LocalDate,
   * LocalDateTime, LocalTime, Instant.
   *
   * <p>It {@linkplain Result#matches() matches} only when the value is the integer 1 (TRUE), as DM
   * checks it: NULL, 0, and non-integer results such as 1.0 or '1' do not. If the expression names
   * a column the row does not have, DM replaces the whole expression by FALSE and logs a warning:
   * the result then does not match and carries the warning.
   *
   * @throws ExpressionEvaluationException on a runtime error (DM stops the task)
   */
  public Result evaluate(Map<String, Object> row, EvalContext context) {
    Map<String, Object> values = new HashMap<>();
    for (Map.Entry<String, Object> e : row.entrySet()) {
      values.put(
          e.getKey().toLowerCase(Locale.ROOT), Values.normalize(e.getValue(), context.zone()));
    }
    for (String c : columns) {
      if (!values.containsKey(c)) {
        return new Result(
            0L,
            false,
            "expression \""
                + text
                + "\" refers to unknown column "
                + c
                + "; it is treated as FALSE and filters nothing");
      }
    }
    Object v = new Evaluator(values, context, regexCache).eval(root);
    return new Result(v, Long.valueOf(1L).equals(v), null);
  }

  /** Shorthand for {@code evaluate(row, context).matches()}. */
  public boolean matches(Map<String, Object> row, EvalContext context) {
    return evaluate(row, context).matches();
  }

  @Override
  public String toString() {
    return text;
  }
}
