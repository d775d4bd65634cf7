package dev.ferry.rules.expr;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The functions an expression filter may call: their parsing (arity and MySQL's special argument
 * syntaxes) here, their evaluation in {@link FunctionCalls}.
 */
final class Functions {

  /** name → {min, max} argument count; max -1 means any number. */
  static final Map<String, int[]> ARITY =
      Map.ofEntries(
          Map.entry("LENGTH", new int[] {1, 1}),
          Map.entry("OCTET_LENGTH", new int[] {1, 1}),
          Map.entry("CHAR_LENGTH", new int[] {1, 1}),
          Map.entry("CHARACTER_LENGTH", new int[] {1, 1}),
          Map.entry("LOWER", new int[] {1, 1}),
          Map.entry("LCASE", new int[] {1, 1}),
          Map.entry("UPPER", new int[] {1, 1}),
          Map.entry("UCASE", new int[] {1, 1}),
          Map.entry("SUBSTRING", new int[] {2, 3}),
          Map.entry("SUBSTR", new int[] {2, 3}),
          Map.entry("MID", new int[] {3, 3}),
          Map.entry("LEFT", new int[] {2, 2}),
          Map.entry("RIGHT", new int[] {2, 2}),
          Map.entry("CONCAT", new int[] {1, -1}),
          Map.entry("CONCAT_WS", new int[] {2, -1}),
          Map.entry("TRIM", new int[] {1, 3}),
          Map.entry("LTRIM", new int[] {1, 1}),
          Map.entry("RTRIM", new int[] {1, 1}),
          Map.entry("REPLACE", new int[] {3, 3}),
          Map.entry("COALESCE", new int[] {1, -1}),
          Map.entry("IFNULL", new int[] {2, 2}),
          Map.entry("NULLIF", new int[] {2, 2}),
          Map.entry("ISNULL", new int[] {1, 1}),
          Map.entry("IF", new int[] {3, 3}),
          Map.entry("ABS", new int[] {1, 1}),
          Map.entry("SIGN", new int[] {1, 1}),
          Map.entry("ROUND", new int[] {1, 2}),
          Map.entry("FLOOR", new int[] {1, 1}),
          Map.entry("CEIL", new int[] {1, 1}),
          Map.entry("CEILING", new int[] {1, 1}),
          Map.entry("MOD", new int[] {2, 2}),
          Map.entry("NOW", new int[] {0, 1}),
          Map.entry("CURRENT_TIMESTAMP", new int[] {0, 1}),
          Map.entry("LOCALTIME", new int[] {0, 1}),
          Map.entry("LOCALTIMESTAMP", new int[] {0, 1}),
          Map.entry("SYSDATE", new int[] {0, 1}),
          Map.entry("UTC_TIMESTAMP", new int[] {0, 1}),
          Map.entry("CURDATE", new int[] {0, 0}),
          Map.entry("CURRENT_DATE", new int[] {0, 0}),
          Map.entry("UTC_DATE", new int[] {0, 0}),
          Map.entry("CURTIME", new int[] {0, 1}),
          Map.entry("CURRENT_TIME", new int[] {0, 1}),
          Map.entry("UNIX_TIMESTAMP", new int[] {0, 1}),
          Map.entry("DATE", new int[] {1, 1}),
          Map.entry("TIME", new int[] {1, 1}),
          Map.entry("YEAR", new int[] {1, 1}),
          Map.entry("MONTH", new int[] {1, 1}),
          Map.entry("DAY", new int[] {1, 1}),
          Map.entry("DAYOFMONTH", new int[] {1, 1}),
          Map.entry("HOUR", new int[] {1, 1}),
          Map.entry("MINUTE", new int[] {1, 1}),
          Map.entry("SECOND", new int[] {1, 1}),
          Map.entry("DATEDIFF", new int[] {2, 2}),
          Map.entry("TIMESTAMPDIFF", new int[] {3, 3}));

  private static final Set<String> AGGREGATES =
      Set.of("COUNT", "SUM", "AVG", "MIN", "MAX", "GROUP_CONCAT", "BIT_AND", "BIT_OR", "STD");

  static final Set<String> UNITS =
      Set.of("MICROSECOND", "SECOND", "MINUTE", "HOUR", "DAY", "WEEK", "MONTH", "QUARTER", "YEAR");

  private static final Set<String> CAST_TYPES =
      Set.of("SIGNED", "UNSIGNED", "DECIMAL", "CHAR", "DATE", "DATETIME", "TIME", "DOUBLE");

  private Functions() {}

  /** Parses {@code name(...)}; the parser stands on the opening parenthesis. */
  static Node parseCall(Parser p, Token name) throws ExpressionCompileException {
    String fn = name.upper();
    p.expect("(");
    switch (fn) {
      case "CAST":
        return cast(p, p.parseExpr(), "AS");
      case "CONVERT":
        return cast(p, p.parseExpr(), ",");
      case "TRIM":
        return trim(p, name);
      case "TIMESTAMPDIFF":
        return timestampDiff(p, name);
      default:
        break;
    }
    if (AGGREGATES.contains(fn)) {
      throw p.errorAt(name, "aggregate function " + fn + " is not allowed in a row filter");
    }
    int[] arity = ARITY.get(fn);
    if (arity == null) {
      throw p.errorAt(name, "unknown or unsupported function " + fn);
    }
    List<Node> args = new ArrayList<>();
    if (!p.peek().is(")")) {
      args.add(p.parseExpr());
      if ((fn.equals("SUBSTRING") || fn.equals("SUBSTR")) && p.accept("FROM")) {
        args.add(p.parseExpr());
        if (p.accept("FOR")) {
          args.add(p.parseExpr());
        }
      }
      while (p.accept(",")) {
        args.add(p.parseExpr());
      }
    }
    p.expect(")");
    if (args.size() < arity[0] || (arity[1] >= 0 && args.size() > arity[1])) {
      throw p.errorAt(name, fn + " takes " + describe(arity) + ", not " + args.size());
    }
    return new Node.Call(fn, args, name.pos());
  }

  private static String describe(int[] arity) {
    if (arity[0] == arity[1]) {
      return arity[0] + " argument" + (arity[0] == 1 ? "" : "s");
    }
    return arity[1] < 0
        ? "at least " + arity[0] + " arguments"
        : arity[0] + " to " + arity[1] + " arguments";
  }

  private static Node cast(Parser p, Node operand, String separator)
      throws ExpressionCompileException {
    p.expect(separator);
    Token type = p.next();
    String t = type.upper();
    if (!CAST_TYPES.contains(t)) {
      throw p.errorAt(type, "unsupported CAST type " + type.describe());
    }
    int scale = -1;
    if (p.accept("(")) {
      Token precision = p.next();
      if (precision.kind() != Token.Kind.NUMBER) {
        throw p.errorAt(precision, "expected a number");
      }
      if (p.accept(",")) {
        Token s = p.next();
        if (s.kind() != Token.Kind.NUMBER) {
          throw p.errorAt(s, "expected a number");
        }
        scale = Integer.parseInt(s.text());
      }
      p.expect(")");
    }
    if ((t.equals("SIGNED") || t.equals("UNSIGNED"))) {
      p.accept("INTEGER");
      p.accept("INT");
    }
    if (t.equals("DECIMAL") && scale < 0) {
      scale = 0;
    }
    p.expect(")");
    return new Node.Cast(operand, t, scale);
  }

  // TRIM([BOTH|LEADING|TRAILING] [remstr] FROM str) or TRIM([remstr FROM] str).
  private static Node trim(Parser p, Token name) throws ExpressionCompileException {
    String mode = "BOTH";
    boolean explicitMode = false;
    for (String m : new String[] {"BOTH", "LEADING", "TRAILING"}) {
      if (p.accept(m)) {
        mode = m;
        explicitMode = true;
      }
    }
    Node remove = null;
    Node str;
    if (explicitMode && p.accept("FROM")) {
      str = p.parseExpr();
    } else {
      Node first = p.parseExpr();
      if (p.accept("FROM")) {
        remove = first;
        str = p.parseExpr();
      } else if (explicitMode) {
        throw p.error("expected FROM in TRIM");
      } else {
        str = first;
      }
    }
    p.expect(")");
    return new Node.Call(
        "TRIM",
        List.of(str, remove == null ? new Node.Literal(" ") : remove, new Node.Literal(mode)),
        name.pos());
  }

  private static Node timestampDiff(Parser p, Token name) throws ExpressionCompileException {
    Token unit = p.next();
    if (!UNITS.contains(unit.upper()) || unit.kind() != Token.Kind.WORD) {
      throw p.errorAt(unit, "expected a unit (SECOND, MINUTE, HOUR, DAY, ...) in TIMESTAMPDIFF");
    }
    p.expect(",");
    Node a = p.parseExpr();
    p.expect(",");
    Node b = p.parseExpr();
    p.expect(")");
    return new Node.Call(
        "TIMESTAMPDIFF", List.of(new Node.Literal(unit.upper()), a, b), name.pos());
  }
}
