package dev.ferry.engine.check;

import dev.ferry.config.SourceConfig;
import java.util.ArrayList;
import java.util.List;

/** What the checks of one source found, for the cross-server checks that follow. */
final class SourceState {

  final SourceConfig config;
  final List<Finding> findings = java.util.Collections.synchronizedList(new ArrayList<>());
  volatile ServerSession session;
  /** Set when the source's own checks ended in time; only then do the comparisons use it. */
  volatile boolean finished;
  SourceCatalog catalog;
  TableMapping mapping;

  SourceState(SourceConfig config) {
    this.config = config;
  }

  String name() {
    return "source '" + config.sourceId() + "'";
  }
}
