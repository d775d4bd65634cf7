package dev.ferry.config.dm;

import dev.ferry.config.ConfigProblem;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects the problems found while reading DM files, and the nodes read, so that every key nobody
 * consumed is reported as unknown at the end.
 */
final class DmProblems {

  private final List<ConfigProblem> problems = new ArrayList<>();
  private final List<DmNode> nodes = new ArrayList<>();

  void error(String path, String message, String fix) {
    problems.add(ConfigProblem.error(path, message, fix));
  }

  void warning(String path, String message, String fix) {
    problems.add(ConfigProblem.warning(path, message, fix));
  }

  /** A DM key Ferry reads but does not act on; {@code instead} says what Ferry does. */
  void unsupported(String path, String message, String instead) {
    warning(path, message, instead);
  }

  /** A deprecated DM key; {@code mapping} says how Ferry (like DM) interprets it. */
  void deprecated(String path, String message, String mapping) {
    warning(path, message, mapping);
  }

  void track(DmNode node) {
    nodes.add(node);
  }

  /** Reports every key of every tracked node that was never read, then returns all problems. */
  List<ConfigProblem> finish() {
    for (DmNode node : nodes) {
      for (String key : node.unreadKeys()) {
        error(
            node.pathOf(key),
            "Unknown DM key '" + key + "'",
            "Correct its spelling or remove it: DM rejects unknown keys as well.");
      }
    }
    nodes.clear();
    return List.copyOf(problems);
  }
}
