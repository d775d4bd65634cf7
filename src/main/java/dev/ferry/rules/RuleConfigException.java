package dev.ferry.rules;

import dev.ferry.config.ConfigProblem;
import java.util.List;
import java.util.stream.Collectors;

/** Rules that cannot be evaluated because the configuration has errors; lists them all. */
public final class RuleConfigException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final transient List<ConfigProblem> problems;

  public RuleConfigException(List<ConfigProblem> problems) {
    super(problems.stream().map(ConfigProblem::toString).collect(Collectors.joining("; ")));
    this.problems = List.copyOf(problems);
  }

  public List<ConfigProblem> problems() {
    return problems;
  }
}
