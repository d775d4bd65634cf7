package dev.ferry.engine.dump;

import dev.ferry.config.DumpOptions.Consistency;
import dev.ferry.domain.BinlogPosition;
import dev.ferry.domain.TableId;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens the reader connections of a full copy so that all of them see one consistent state, and
 * records the binlog position of that state (the sync's start point):
 *
 * <ul>
 *   <li>{@code flush}: {@code FLUSH TABLES WITH READ LOCK} only while the readers start their
 *       snapshot transactions and the position is read, then {@code UNLOCK TABLES}.
 *   <li>{@code lock}: the same with {@code LOCK TABLES ... READ} on the copied tables (RDS/Aurora
 *       have no FTWRL).
 *   <li>{@code none}: no lock; positions before and after opening the readers. The sync starts at
 *       the first and runs in safe mode until the second, which makes the result exact.
 *   <li>{@code auto}: flush, else lock, else none; {@code report} says which and why.
 * </ul>
 */
public final class SnapshotOpener {

  private static final Logger LOG = LoggerFactory.getLogger(SnapshotOpener.class);

  private final SourceConnector connector;
  private final Consumer<String> report;

  /**
   * @param report receives one line for the event log when {@code auto} chose a mode
   */
  public SnapshotOpener(SourceConnector connector, Consumer<String> report) {
    this.connector = connector;
    this.report = report;
  }

  public Snapshot open(Consistency mode, int lanes, List<TableId> tables) throws SQLException {
    if (mode != Consistency.AUTO) {
      return open(mode, lanes, tables, connector.open());
    }
    List<String> reasons = new ArrayList<>();
    for (Consistency candidate : List.of(Consistency.FLUSH, Consistency.LOCK)) {
      try (Connection control = connector.open()) {
        Snapshot s = open(candidate, lanes, tables, control);
        String why = reasons.isEmpty() ? "" : " (" + String.join("; ", reasons) + ")";
        report.accept("Consistency auto: used " + candidate.dmName() + why);
        return s;
      } catch (SQLException e) {
        LOG.info("Consistency {} is not possible: {}", candidate.dmName(), e.getMessage());
        reasons.add(candidate.dmName() + " failed: " + e.getMessage());
      }
    }
    Snapshot s = open(Consistency.NONE, lanes, tables, connector.open());
    report.accept(
        "Consistency auto: used none, the sync runs in safe mode until the snapshot's end position ("
            + String.join("; ", reasons) + ")");
    return s;
  }

  private Snapshot open(Consistency mode, int lanes, List<TableId> tables, Connection control)
      throws SQLException {
    List<Connection> readers = new ArrayList<>();
    boolean ok = false;
    try {
      SourceSession.pin(control);
      ServerFlavor flavor = ServerFlavor.probe(control);
      // Connect first: the lock is then held only for starting transactions and reading the position.
      for (int i = 0; i < lanes; i++) {
        Connection c = connector.open();
        readers.add(c);
        SourceSession.pin(c);
        try (Statement s = c.createStatement()) {
          s.execute("SET SESSION TRANSACTION ISOLATION LEVEL REPEATABLE READ");
        }
      }
      Optional<BinlogPosition> start;
      Optional<BinlogPosition> exit = Optional.empty();
      try (Statement s = control.createStatement()) {
        switch (mode) {
          case FLUSH -> s.execute("FLUSH TABLES WITH READ LOCK");
          case LOCK -> {
            if (!tables.isEmpty()) {
              s.execute(
                  "LOCK TABLES "
                      + tables.stream().map(t -> t.quoted() + " READ").collect(Collectors.joining(", ")));
            }
          }
          default -> {}
        }
        try {
          start = BinlogPositions.current(control, flavor);
          for (Connection c : readers) {
            beginSnapshot(c);
          }
          if (mode == Consistency.NONE) {
            exit = BinlogPositions.current(control, flavor);
          }
        } finally {
          if (mode == Consistency.FLUSH || mode == Consistency.LOCK) {
            s.execute("UNLOCK TABLES");
          }
        }
      }
      LOG.info("Snapshot opened with consistency {} at {} ({} readers)", mode.dmName(), start.orElse(null), lanes);
      ok = true;
      return new Snapshot(readers, mode, start, exit);
    } finally {
      control.close();
      if (!ok) {
        for (Connection c : readers) {
          c.close();
        }
      }
    }
  }

  private static void beginSnapshot(Connection c) throws SQLException {
    c.setAutoCommit(false);
    try (Statement s = c.createStatement()) {
      s.execute("START TRANSACTION WITH CONSISTENT SNAPSHOT");
    }
  }
}
