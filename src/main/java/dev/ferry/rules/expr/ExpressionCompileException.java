package dev.ferry.rules.expr;

/**
 * An expression filter that cannot be compiled: a syntax error or something this implementation
 * does not support. {@link #position()} is the 1-based character offset of the problem.
 */
public final class ExpressionCompileException extends Exception {

  private static final long serialVersionUID = 1L;

  private final int position;
  private final String reason;

  public ExpressionCompileException(int position, String reason) {
    super("at position " + position + ": " + reason);
    this.position = position;
    this.reason = reason;
  }

  /** 1-based character offset in the expression text. */
  public int position() {
    return position;
  }

  /** The problem without the position prefix. */
  public String reason() {
    return reason;
  }
}
