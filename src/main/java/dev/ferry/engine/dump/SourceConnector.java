package dev.ferry.engine.dump;

import java.sql.Connection;
import java.sql.SQLException;

/** Opens new connections to one source (the seam to the connection factory of engine.db). */
@FunctionalInterface
public interface SourceConnector {
  Connection open() throws SQLException;
}
