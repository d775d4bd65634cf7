package dev.ferry.rules.expr;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Recursive-descent parser for MySQL boolean expressions, with MySQL's operator precedence (lowest
 * first): {@code OR ||}, {@code XOR}, {@code AND &&}, {@code NOT}, comparison / {@code IS} / {@code
 * IN} / {@code BETWEEN} / {@code LIKE} / {@code REGEXP}, {@code + -}, {@code * / DIV % MOD}, unary
 * {@code - + !}.
 */
final class Parser {

  private static final Set<String> COMPARISONS =
      Set.of("=", "<=>", "!=", "<>", "<", "<=", ">", ">=");

  /** Words that cannot be column names without backquotes. */
  private static final Set<String> RESERVED =
      Set.of(
          "AND",
          "OR",
          "XOR",
          "NOT",
          "IS",
          "NULL",
          "TRUE",
          "FALSE",
          "IN",
          "BETWEEN",
          "LIKE",
          "ESCAPE",
          "REGEXP",
          "RLIKE",
          "DIV",
          "MOD",
          "CASE",
          "WHEN",
          "THEN",
          "ELSE",
          "END",
          "SELECT",
          "FROM",
          "WHERE",
          "AS",
          "INTERVAL",
          "EXISTS",
          "UNKNOWN",
          "BINARY",
          "COLLATE");

  private final List<Token> tokens;
  private int p;

  private Parser(List<Token> tokens) {
    this.tokens = tokens;
  }

  static Node parse(String text) throws ExpressionCompileException {
    Parser parser = new Parser(Lexer.tokenize(text));
    if (parser.peek().kind() == Token.Kind.END) {
      throw new ExpressionCompileException(1, "the expression is empty");
    }
    Node n = parser.expr();
    if (parser.peek().kind() != Token.Kind.END) {
      throw parser.error("unexpected " + parser.peek().describe() + " after a complete expression");
    }
    return n;
  }

  private Node expr() throws ExpressionCompileException {
    Node left = xor();
    while (peek().is("OR") || peek().is("||")) {
      p++;
      left = new Node.Binary("OR", left, xor());
    }
    return left;
  }

  private Node xor() throws ExpressionCompileException {
    Node left = and();
    while (accept("XOR")) {
      left = new Node.Binary("XOR", left, and());
    }
    return left;
  }

  private Node and() throws ExpressionCompileException {
    Node left = not();
    while (peek().is("AND") || peek().is("&&")) {
      p++;
      left = new Node.Binary("AND", left, not());
    }
    return left;
  }

  private Node not() throws ExpressionCompileException {
    if (accept("NOT")) {
      return new Node.Unary("NOT", not());
    }
    return comparison();
  }

  private Node comparison() throws ExpressionCompileException {
    Node left = predicate();
    while (true) {
      Token t = peek();
      if (t.kind() == Token.Kind.SYMBOL && COMPARISONS.contains(t.text())) {
        p++;
        String op = t.text().equals("<>") ? "!=" : t.text();
        if (peek().is("ANY") || peek().is("ALL") || peek().is("SOME")) {
          throw error("subquery comparisons (" + peek().upper() + ") are not supported");
        }
        left = new Node.Binary(op, left, predicate());
      } else if (accept("IS")) {
        boolean negated = accept("NOT");
        Token w = peek();
        if (!(w.is("NULL") || w.is("TRUE") || w.is("FALSE") || w.is("UNKNOWN"))) {
          throw error("expected NULL, TRUE, FALSE or UNKNOWN after IS, found " + w.describe());
        }
        p++;
        left = new Node.IsTest(left, w.upper(), negated);
      } else {
        return left;
      }
    }
  }

  private Node predicate() throws ExpressionCompileException {
    Node left = additive();
    boolean negated = false;
    if (peek().is("NOT")
        && (peekAt(1).is("IN")
            || peekAt(1).is("BETWEEN")
            || peekAt(1).is("LIKE")
            || peekAt(1).is("REGEXP")
            || peekAt(1).is("RLIKE"))) {
      p++;
      negated = true;
    }
    if (accept("IN")) {
      expect("(");
      if (peek().is("SELECT")) {
        throw error("subqueries are not supported");
      }
      List<Node> list = new ArrayList<>();
      do {
        list.add(expr());
      } while (accept(","));
      expect(")");
      return new Node.In(left, list, negated);
    }
    if (accept("BETWEEN")) {
      Node low = additive();
      expect("AND");
      return new Node.Between(left, low, predicate(), negated);
    }
    if (accept("LIKE")) {
      Node pattern = additive();
      Node escape = accept("ESCAPE") ? primary() : null;
      return new Node.Like(left, pattern, escape, negated);
    }
    if (accept("REGEXP") || accept("RLIKE")) {
      return new Node.Regexp(left, additive(), negated);
    }
    if (negated) {
      throw error("unexpected NOT");
    }
    if (peek().is("SOUNDS") || peek().is("MEMBER")) {
      throw error(peek().upper() + " is not supported");
    }
    return left;
  }

  private Node additive() throws ExpressionCompileException {
    Node left = multiplicative();
    while (peek().is("+") || peek().is("-")) {
      String op = next().text();
      left = new Node.Binary(op, left, multiplicative());
    }
    bitOperatorCheck();
    return left;
  }

  private Node multiplicative() throws ExpressionCompileException {
    Node left = unary();
    while (true) {
      Token t = peek();
      if (t.is("*") || t.is("/") || t.is("%")) {
        p++;
        left = new Node.Binary(t.text(), left, unary());
      } else if (t.is("DIV")) {
        p++;
        left = new Node.Binary("DIV", left, unary());
      } else if (t.is("MOD")) {
        p++;
        left = new Node.Binary("%", left, unary());
      } else {
        return left;
      }
    }
  }

  private Node unary() throws ExpressionCompileException {
    if (accept("-")) {
      Node operand = unary();
      if (operand instanceof Node.Literal l && l.value() instanceof Number) {
        return new Node.Literal(Arith.negate(l.value()));
      }
      return new Node.Unary("-", operand);
    }
    if (accept("+")) {
      return unary();
    }
    if (accept("!")) {
      return new Node.Unary("NOT", unary());
    }
    if (peek().is("~")) {
      throw error("bit operators are not supported");
    }
    return primary();
  }

  private Node primary() throws ExpressionCompileException {
    Token t = next();
    switch (t.kind()) {
      case NUMBER, STRING:
        return new Node.Literal(t.value());
      case QUOTED_NAME:
        return column(t);
      case WORD:
        return word(t);
      case SYMBOL:
        if (t.is("(")) {
          if (peek().is("SELECT")) {
            throw error("subqueries are not supported");
          }
          Node inner = expr();
          if (peek().is(",")) {
            throw error("row constructors such as (a, b) are not supported");
          }
          expect(")");
          return inner;
        }
        if (t.is("@")) {
          throw errorAt(t, "variables are not supported");
        }
        if (t.is("?")) {
          throw errorAt(t, "placeholders are not supported");
        }
        throw errorAt(t, "unexpected " + t.describe());
      default:
        throw errorAt(t, "unexpected " + t.describe() + ": an operand is missing");
    }
  }

  private Node word(Token t) throws ExpressionCompileException {
    String w = t.upper();
    switch (w) {
      case "NULL":
        return new Node.Literal(null);
      case "TRUE":
        return new Node.Literal(1L);
      case "FALSE":
        return new Node.Literal(0L);
      case "CASE":
        return caseExpr();
      case "DATE", "TIME", "TIMESTAMP":
        if (peek().kind() == Token.Kind.STRING) {
          return new Node.Cast(
              new Node.Literal(next().value()), w.equals("TIMESTAMP") ? "DATETIME" : w, -1);
        }
        break;
      case "CURRENT_TIMESTAMP",
      "CURRENT_DATE",
      "CURRENT_TIME",
      "LOCALTIME",
      "LOCALTIMESTAMP",
      "UTC_TIMESTAMP",
      "UTC_DATE":
        if (!peek().is("(")) {
          return new Node.Call(w, List.of(), t.pos());
        }
        break;
      default:
        break;
    }
    if (peek().is("(")) {
      return Functions.parseCall(this, t);
    }
    if (RESERVED.contains(w) || w.equals("SELECT")) {
      throw errorAt(
          t,
          "unexpected keyword " + w + (w.equals("INTERVAL") ? " (INTERVAL is not supported)" : ""));
    }
    return column(t);
  }

  private Node column(Token t) throws ExpressionCompileException {
    Token name = t;
    // `tbl`.`col` and schema.tbl.col refer to the row's own table: keep the last part.
    while (peek().is(".")) {
      p++;
      name = next();
      if (name.kind() != Token.Kind.WORD && name.kind() != Token.Kind.QUOTED_NAME) {
        throw errorAt(name, "expected a column name after '.'");
      }
    }
    return new Node.Column(name.text().toLowerCase(Locale.ROOT), t.pos());
  }

  private Node caseExpr() throws ExpressionCompileException {
    Node operand = peek().is("WHEN") ? null : expr();
    List<Node> whens = new ArrayList<>();
    List<Node> thens = new ArrayList<>();
    while (accept("WHEN")) {
      whens.add(expr());
      expect("THEN");
      thens.add(expr());
    }
    if (whens.isEmpty()) {
      throw error("CASE needs at least one WHEN");
    }
    Node otherwise = accept("ELSE") ? expr() : null;
    expect("END");
    return new Node.Case(operand, whens, thens, otherwise);
  }

  private void bitOperatorCheck() throws ExpressionCompileException {
    Token t = peek();
    if (t.is("&") || t.is("|") || t.is("^") || t.is("<<") || t.is(">>")) {
      throw error("bit operators are not supported");
    }
    if (t.is(":=")) {
      throw error("assignments are not supported");
    }
    if (t.is("COLLATE")) {
      throw error("COLLATE is not supported");
    }
  }

  // ---- helpers shared with Functions ----

  Token peek() {
    return tokens.get(p);
  }

  Token peekAt(int ahead) {
    return tokens.get(Math.min(p + ahead, tokens.size() - 1));
  }

  Token next() {
    Token t = tokens.get(p);
    if (t.kind() != Token.Kind.END) {
      p++;
    }
    return t;
  }

  boolean accept(String symbolOrKeyword) {
    if (peek().is(symbolOrKeyword)) {
      p++;
      return true;
    }
    return false;
  }

  void expect(String symbolOrKeyword) throws ExpressionCompileException {
    if (!accept(symbolOrKeyword)) {
      throw error("expected '" + symbolOrKeyword + "' but found " + peek().describe());
    }
  }

  Node parseExpr() throws ExpressionCompileException {
    return expr();
  }

  ExpressionCompileException error(String message) {
    return errorAt(peek(), message);
  }

  ExpressionCompileException errorAt(Token t, String message) {
    return new ExpressionCompileException(t.pos(), message);
  }
}
