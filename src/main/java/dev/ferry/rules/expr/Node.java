package dev.ferry.rules.expr;

import java.util.List;

/** The parsed expression tree. */
sealed interface Node {

  /** A constant: null, Long, BigDecimal, Double, String. */
  record Literal(Object value) implements Node {}

  /** A column reference; {@code name} is lower-cased (column names are case-insensitive). */
  record Column(String name, int pos) implements Node {}

  /** Unary minus, plus or logical NOT ({@code "-"}, {@code "+"}, {@code "NOT"}). */
  record Unary(String op, Node operand) implements Node {}

  /**
   * Arithmetic ({@code + - * / DIV %}), comparison ({@code = <=> != < <= > >=}) or logic ({@code
   * AND OR XOR}).
   */
  record Binary(String op, Node left, Node right) implements Node {}

  /** {@code x IS [NOT] NULL|TRUE|FALSE|UNKNOWN}. */
  record IsTest(Node operand, String what, boolean negated) implements Node {}

  record In(Node operand, List<Node> list, boolean negated) implements Node {}

  record Between(Node operand, Node low, Node high, boolean negated) implements Node {}

  /** {@code escape} is null for the default backslash. */
  record Like(Node operand, Node pattern, Node escape, boolean negated) implements Node {}

  record Regexp(Node operand, Node pattern, boolean negated) implements Node {}

  /** A function call; {@code name} upper-cased. */
  record Call(String name, List<Node> args, int pos) implements Node {}

  /** {@code CAST(x AS type)} and the typed literals {@code DATE '...'}, {@code TIMESTAMP '...'}. */
  record Cast(Node operand, String type, int scale) implements Node {}

  /** {@code CASE [operand] WHEN .. THEN .. [ELSE ..] END}; {@code operand} may be null. */
  record Case(Node operand, List<Node> whens, List<Node> thens, Node otherwise) implements Node {}
}
