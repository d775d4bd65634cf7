package dev.ferry.rules;

/** A name pattern or regular expression that DM would reject; the message says why. */
public final class InvalidPatternException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  public InvalidPatternException(String message) {
    super(message);
  }
}
