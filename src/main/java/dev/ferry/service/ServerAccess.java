package dev.ferry.service;

import dev.ferry.config.SourceConfig;
import dev.ferry.config.TargetConfig;
import dev.ferry.config.TaskConfig;
import dev.ferry.engine.ConnectionTest;
import dev.ferry.engine.PrecheckReport;
import dev.ferry.engine.SourceBrowser;
import java.util.List;

/**
 * What the wizard asks of the servers: test a login, list a source's tables, run the precheck.
 * Every method blocks and may take seconds: call it off the UI thread. Failures are {@code
 * FerryException}s (or {@code SecretException}s wrapped in one) with a message and a fix.
 */
public interface ServerAccess {

  /** Logs in to a source and reports flavor, version and binlog settings. */
  ConnectionTest.Result testSource(SourceConfig source);

  /** Logs in to the target and reports flavor and version. */
  ConnectionTest.Result testTarget(TargetConfig target);

  /** The source's user tables with row and size estimates. */
  List<SourceBrowser.Table> tables(SourceConfig source);

  /** Runs the precheck for the whole task. */
  PrecheckReport precheck(TaskConfig task);
}
