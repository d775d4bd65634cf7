package dev.ferry.engine.load;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Opens new connections to the target (the seam to the connection factory of engine.db). The
 * connections must allow {@code LOAD DATA LOCAL} ({@code allowLoadLocalInfile=true}); without it
 * the copy falls back to INSERT.
 */
@FunctionalInterface
public interface TargetConnector {
  Connection open() throws SQLException;
}
