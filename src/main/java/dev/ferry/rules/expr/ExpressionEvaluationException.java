package dev.ferry.rules.expr;

/**
 * An expression that failed while being evaluated against a row (e.g. BIGINT overflow, an invalid
 * REGEXP pattern taken from a column). DM stops the task in this case.
 */
public final class ExpressionEvaluationException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public ExpressionEvaluationException(String message) {
    super(message);
  }
}
