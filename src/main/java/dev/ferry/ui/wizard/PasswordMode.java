package dev.ferry.ui.wizard;

/** How the wizard obtains a password; maps to {@code Secret}'s kinds. */
public enum PasswordMode {
  /** Ask when the task starts (nothing stored). */
  ASK("Ask when the task starts"),
  /** Read an environment variable. */
  ENV("Environment variable"),
  /** Typed here, kept encrypted on this computer when the project is saved. */
  REMEMBER("Type it and remember it on this computer");

  private final String label;

  PasswordMode(String label) {
    this.label = label;
  }

  @Override
  public String toString() {
    return label;
  }
}
