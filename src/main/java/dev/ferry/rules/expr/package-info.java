/**
 * The expression-filter language: a hand-written lexer and recursive-descent parser for MySQL
 * boolean expressions, and an evaluator with MySQL's three-valued logic and type coercions. The
 * public entry point is {@link dev.ferry.rules.expr.RowExpression}.
 */
package dev.ferry.rules.expr;
