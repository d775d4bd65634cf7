package dev.ferry.rules.expr;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * MySQL arithmetic: integers stay integers for {@code + - * DIV %} (overflow is an error, as in
 * MySQL); {@code /} gives a decimal with 4 more digits of scale than the dividend ({@code
 * div_precision_increment}); any double or string operand makes the result a double. Division or
 * modulo by zero gives NULL.
 */
final class Arith {

  private static final int DIV_PRECISION_INCREMENT = 4;

  private Arith() {}

  static Object apply(String op, Object a, Object b) {
    if (a == null || b == null) {
      return null;
    }
    Object x = Values.toNumber(a);
    Object y = Values.toNumber(b);
    boolean dbl = x instanceof Double || y instanceof Double;
    boolean ints = x instanceof Long && y instanceof Long;
    return switch (op) {
      case "+", "-", "*" ->
          dbl
              ? doubles(op, Values.toDouble(x), Values.toDouble(y))
              : ints
                  ? longs(op, (Long) x, (Long) y)
                  : decimals(op, Values.toDecimal(x), Values.toDecimal(y));
      case "/" -> divide(x, y, dbl);
      case "DIV" -> intDivide(x, y, dbl, ints);
      case "%" -> modulo(x, y, dbl, ints);
      default -> throw new IllegalArgumentException(op);
    };
  }

  private static Object longs(String op, long x, long y) {
    try {
      return switch (op) {
        case "+" -> Math.addExact(x, y);
        case "-" -> Math.subtractExact(x, y);
        default -> Math.multiplyExact(x, y);
      };
    } catch (ArithmeticException e) {
      throw new ExpressionEvaluationException(
          "BIGINT value is out of range in '" + x + " " + op + " " + y + "'");
    }
  }

  private static Object decimals(String op, BigDecimal x, BigDecimal y) {
    return switch (op) {
      case "+" -> x.add(y);
      case "-" -> x.subtract(y);
      default -> x.multiply(y);
    };
  }

  private static Object doubles(String op, double x, double y) {
    double r =
        switch (op) {
          case "+" -> x + y;
          case "-" -> x - y;
          default -> x * y;
        };
    if (Double.isInfinite(r) || Double.isNaN(r)) {
      throw new ExpressionEvaluationException("DOUBLE value is out of range");
    }
    return r;
  }

  private static Object divide(Object x, Object y, boolean dbl) {
    if (dbl) {
      double d = Values.toDouble(y);
      return d == 0.0 ? null : Values.toDouble(x) / d;
    }
    BigDecimal dx = Values.toDecimal(x);
    BigDecimal dy = Values.toDecimal(y);
    if (dy.signum() == 0) {
      return null;
    }
    int scale = Math.max(dx.scale(), 0) + DIV_PRECISION_INCREMENT;
    return dx.divide(dy, scale, RoundingMode.HALF_UP);
  }

  private static Object intDivide(Object x, Object y, boolean dbl, boolean ints) {
    if (ints) {
      long d = (Long) y;
      if (d == 0) {
        return null;
      }
      if ((Long) x == Long.MIN_VALUE && d == -1) {
        throw new ExpressionEvaluationException("BIGINT value is out of range in DIV");
      }
      return (Long) x / d;
    }
    BigDecimal dy = dbl ? BigDecimal.valueOf(Values.toDouble(y)) : Values.toDecimal(y);
    if (dy.signum() == 0) {
      return null;
    }
    BigDecimal dx = dbl ? BigDecimal.valueOf(Values.toDouble(x)) : Values.toDecimal(x);
    BigDecimal q = dx.divide(dy, MathContext.DECIMAL128).setScale(0, RoundingMode.DOWN);
    try {
      return q.longValueExact();
    } catch (ArithmeticException e) {
      throw new ExpressionEvaluationException("BIGINT value is out of range in DIV");
    }
  }

  private static Object modulo(Object x, Object y, boolean dbl, boolean ints) {
    if (ints) {
      long d = (Long) y;
      return d == 0 ? null : (Long) x % d;
    }
    if (dbl) {
      double d = Values.toDouble(y);
      return d == 0.0 ? null : Values.toDouble(x) % d;
    }
    BigDecimal dy = Values.toDecimal(y);
    return dy.signum() == 0 ? null : Values.toDecimal(x).remainder(dy);
  }

  static Object negate(Object v) {
    if (v == null) {
      return null;
    }
    Object n = Values.toNumber(v);
    if (n instanceof Long l) {
      if (l == Long.MIN_VALUE) {
        return BigDecimal.valueOf(l).negate();
      }
      return -l;
    }
    if (n instanceof BigDecimal d) {
      return d.negate();
    }
    return -(Double) n;
  }
}
