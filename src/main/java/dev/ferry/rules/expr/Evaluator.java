package dev.ferry.rules.expr;

import java.math.RoundingMode;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** Evaluates a parsed expression against one row with SQL three-valued logic. */
final class Evaluator {

  private final Map<String, Object> row;
  private final EvalContext context;
  private final Map<String, Pattern> regexCache;
  private LocalDateTime now;

  Evaluator(Map<String, Object> row, EvalContext context, Map<String, Pattern> regexCache) {
    this.row = row;
    this.context = context;
    this.regexCache = regexCache;
  }

  ZoneId zone() {
    return context.zone();
  }

  /** NOW() is fixed for one evaluation, as MySQL fixes it for one statement. */
  LocalDateTime now() {
    if (now == null) {
      now =
          LocalDateTime.ofInstant(context.clock().instant(), context.zone())
              .truncatedTo(ChronoUnit.SECONDS);
    }
    return now;
  }

  Object eval(Node n) {
    if (n instanceof Node.Literal l) {
      return l.value();
    }
    if (n instanceof Node.Column c) {
      return row.get(c.name());
    }
    if (n instanceof Node.Unary u) {
      Object v = eval(u.operand());
      return u.op().equals("-") ? Arith.negate(v) : not(Values.truth(v));
    }
    if (n instanceof Node.Binary b) {
      return binary(b);
    }
    if (n instanceof Node.IsTest t) {
      return Values.bool(isTest(eval(t.operand()), t.what()) != t.negated());
    }
    if (n instanceof Node.In in) {
      return negateIf(in(in), in.negated());
    }
    if (n instanceof Node.Between b) {
      Object v = eval(b.operand());
      Boolean r = and(cmp(">=", v, eval(b.low())), cmp("<=", v, eval(b.high())));
      return negateIf(r, b.negated());
    }
    if (n instanceof Node.Like l) {
      return negateIf(like(l), l.negated());
    }
    if (n instanceof Node.Regexp r) {
      return negateIf(regexp(r), r.negated());
    }
    if (n instanceof Node.Call c) {
      return call(c);
    }
    if (n instanceof Node.Cast c) {
      return cast(eval(c.operand()), c.type(), c.scale());
    }
    return caseWhen((Node.Case) n);
  }

  private Object binary(Node.Binary b) {
    switch (b.op()) {
      case "AND":
        {
          Boolean left = Values.truth(eval(b.left()));
          if (Boolean.FALSE.equals(left)) {
            return 0L;
          }
          return Values.bool(and(left, Values.truth(eval(b.right()))));
        }
      case "OR":
        {
          Boolean left = Values.truth(eval(b.left()));
          if (Boolean.TRUE.equals(left)) {
            return 1L;
          }
          Boolean right = Values.truth(eval(b.right()));
          if (Boolean.TRUE.equals(right)) {
            return 1L;
          }
          return left == null || right == null ? null : 0L;
        }
      case "XOR":
        {
          Boolean left = Values.truth(eval(b.left()));
          Boolean right = Values.truth(eval(b.right()));
          return left == null || right == null ? null : Values.bool(left != right);
        }
      case "+", "-", "*", "/", "DIV", "%":
        return Arith.apply(b.op(), eval(b.left()), eval(b.right()));
      default:
        return Values.bool(cmp(b.op(), eval(b.left()), eval(b.right())));
    }
  }

  private Boolean cmp(String op, Object a, Object b) {
    if (op.equals("<=>")) {
      if (a == null || b == null) {
        return a == null && b == null;
      }
      return Values.compare(a, b, zone()) == 0;
    }
    if (a == null || b == null) {
      return null;
    }
    int c = Values.compare(a, b, zone());
    return switch (op) {
      case "=" -> c == 0;
      case "!=" -> c != 0;
      case "<" -> c < 0;
      case "<=" -> c <= 0;
      case ">" -> c > 0;
      default -> c >= 0;
    };
  }

  private static Boolean and(Boolean a, Boolean b) {
    if (Boolean.FALSE.equals(a) || Boolean.FALSE.equals(b)) {
      return false;
    }
    return a == null || b == null ? null : true;
  }

  private static Long not(Boolean b) {
    return b == null ? null : b ? 0L : 1L;
  }

  private static Long negateIf(Boolean b, boolean negate) {
    return b == null ? null : Values.bool(b != negate);
  }

  private static boolean isTest(Object v, String what) {
    return switch (what) {
      case "NULL", "UNKNOWN" -> v == null;
      case "TRUE" -> Boolean.TRUE.equals(Values.truth(v));
      default -> Boolean.FALSE.equals(Values.truth(v));
    };
  }

  private Boolean in(Node.In in) {
    Object v = eval(in.operand());
    if (v == null) {
      return null;
    }
    boolean sawNull = false;
    for (Node item : in.list()) {
      Object x = eval(item);
      if (x == null) {
        sawNull = true;
      } else if (Values.compare(v, x, zone()) == 0) {
        return true;
      }
    }
    return sawNull ? null : false;
  }

  private Boolean like(Node.Like l) {
    Object v = eval(l.operand());
    Object p = eval(l.pattern());
    Object e = l.escape() == null ? "\\" : eval(l.escape());
    if (v == null || p == null) {
      return null;
    }
    String esc = e == null ? "" : Values.toStringValue(e);
    if (esc.length() > 1) {
      throw new ExpressionEvaluationException("LIKE ESCAPE takes one character, got '" + esc + "'");
    }
    String key = "like:" + esc + ":" + Values.toStringValue(p);
    Pattern regex =
        regexCache.computeIfAbsent(
            key, k -> Like.toRegex(Values.toStringValue(p), esc.isEmpty() ? -1 : esc.charAt(0)));
    return regex.matcher(Values.toStringValue(v)).matches();
  }

  private Boolean regexp(Node.Regexp r) {
    Object v = eval(r.operand());
    Object p = eval(r.pattern());
    if (v == null || p == null) {
      return null;
    }
    String pattern = Values.toStringValue(p);
    Pattern regex;
    try {
      regex = regexCache.computeIfAbsent("re:" + pattern, k -> Pattern.compile(pattern));
    } catch (PatternSyntaxException e) {
      throw new ExpressionEvaluationException(
          "invalid REGEXP pattern '" + pattern + "': " + e.getDescription());
    }
    return regex.matcher(Values.toStringValue(v)).find();
  }

  private Object call(Node.Call c) {
    List<Node> args = c.args();
    switch (c.name()) {
      case "IF":
        return Boolean.TRUE.equals(Values.truth(eval(args.get(0))))
            ? eval(args.get(1))
            : eval(args.get(2));
      case "IFNULL", "COALESCE":
        for (Node a : args) {
          Object v = eval(a);
          if (v != null) {
            return v;
          }
        }
        return null;
      case "NULLIF":
        {
          Object a = eval(args.get(0));
          Object b = eval(args.get(1));
          return Boolean.TRUE.equals(cmp("=", a, b)) ? null : a;
        }
      default:
        List<Object> values = new ArrayList<>(args.size());
        for (Node a : args) {
          values.add(eval(a));
        }
        return FunctionCalls.call(c.name(), values, this);
    }
  }

  private Object caseWhen(Node.Case c) {
    Object operand = c.operand() == null ? null : eval(c.operand());
    for (int i = 0; i < c.whens().size(); i++) {
      Object w = eval(c.whens().get(i));
      boolean hit =
          c.operand() == null
              ? Boolean.TRUE.equals(Values.truth(w))
              : Boolean.TRUE.equals(cmp("=", operand, w));
      if (hit) {
        return eval(c.thens().get(i));
      }
    }
    return c.otherwise() == null ? null : eval(c.otherwise());
  }

  private Object cast(Object v, String type, int scale) {
    if (v == null) {
      return null;
    }
    return switch (type) {
      case "SIGNED", "UNSIGNED" -> FunctionCalls.integer(v);
      case "DECIMAL" -> Values.toDecimal(v).setScale(Math.max(scale, 0), RoundingMode.HALF_UP);
      case "DOUBLE" -> Values.toDouble(v);
      case "CHAR" -> Values.toStringValue(v);
      case "DATE" -> Temporal.toDate(v, zone());
      case "TIME" -> Temporal.toTime(v, zone());
      default -> Temporal.toDateTime(v, zone());
    };
  }
}
