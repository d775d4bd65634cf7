package dev.ferry.store;

import dev.ferry.domain.SourceTable;
import dev.ferry.domain.TaskMode;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

/** Shared helpers of the store tests: a fixed clock, a registered task, raw SQL. */
final class StoreTesting {

  static final Instant NOW = Instant.parse("2025-03-01T10:15:30.123456Z");
  static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
  static final SourceTable ORDERS = SourceTable.of("mysql-01", "shop", "orders");
  static final SourceTable ITEMS = SourceTable.of("mysql-01", "shop", "items");

  private StoreTesting() {}

  static StateStore open(Path home) {
    return StateStore.open(home, CLOCK);
  }

  /** Registers a fresh task and returns its id. */
  static UUID newTask(StateStore store) {
    UUID id = UUID.randomUUID();
    store.tasks().register(id, "shop-to-tidb", Path.of("/projects/shop.ferry"), TaskMode.ALL);
    return id;
  }

  /** Runs a statement bypassing the stores (to plant what a bug or a hand edit could leave). */
  static int execute(StateStore store, String sql, Object... params) {
    try (Connection c = store.connection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        ps.setObject(i + 1, params[i]);
      }
      return ps.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The first column of the first row of a query. */
  static Object queryValue(StateStore store, String sql, Object... params) {
    try (Connection c = store.connection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        ps.setObject(i + 1, params[i]);
      }
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? rs.getObject(1) : null;
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
