package dev.ferry.engine.sync;

import dev.ferry.domain.BinlogPosition;
import dev.ferry.engine.ddl.SqlLexer;
import dev.ferry.store.StateStore;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;

/**
 * DM's {@code binlog skip | replace}: what to do with a DDL the target rejected, set by the user
 * while the task is paused and carried out when the sync reaches that DDL again. Also remembers the
 * DDL the sync paused on, so the UI and the CLI can show it and act on "the current error".
 *
 * <p>Kept in a small properties file next to the state store ({@code sync-ddl/<task>.properties},
 * replaced atomically) until the store has a table for it; see docs/decisions/0007-sync.md.
 */
public final class DdlErrorHandling {

  /** The DDL the sync paused on. */
  public record FailedDdl(
      String sourceId, BinlogPosition position, String sourceSql, String targetSql, String error) {}

  /** What the user chose for the DDL at a position: skip it, or run {@code statements} instead. */
  public record Operation(boolean skip, List<String> statements) {}

  private final Path file;

  public DdlErrorHandling(Path directory, UUID taskId) {
    this.file = directory.resolve(taskId + ".properties");
  }

  /** The handling of the task whose state is in {@code store}. */
  public static DdlErrorHandling of(StateStore store, UUID taskId) {
    return new DdlErrorHandling(store.databaseFile().getParent().resolve("sync-ddl"), taskId);
  }

  /** Skips the DDL that ends at {@code at} on source {@code sourceId}. */
  public synchronized void skip(String sourceId, BinlogPosition at) {
    Properties p = load();
    p.setProperty(key(sourceId, at), "skip");
    save(p);
  }

  /** Runs {@code statements} (target SQL, names as written) instead of the DDL at {@code at}. */
  public synchronized void replace(String sourceId, BinlogPosition at, List<String> statements) {
    if (statements.isEmpty()) {
      throw new IllegalArgumentException("A replacement needs at least one statement");
    }
    Properties p = load();
    p.setProperty(key(sourceId, at), "replace:" + String.join(";\n", statements));
    save(p);
  }

  /** Skips the DDL the sync of {@code sourceId} paused on; false when it is not paused on one. */
  public synchronized boolean skipFailed(String sourceId) {
    Optional<FailedDdl> f = failed(sourceId);
    f.ifPresent(d -> skip(sourceId, d.position()));
    return f.isPresent();
  }

  /**
   * Replaces the DDL the sync of {@code sourceId} paused on; false when it is not paused on one.
   */
  public synchronized boolean replaceFailed(String sourceId, List<String> statements) {
    Optional<FailedDdl> f = failed(sourceId);
    f.ifPresent(d -> replace(sourceId, d.position(), statements));
    return f.isPresent();
  }

  /** The DDL the sync of {@code sourceId} paused on, if it did. */
  public synchronized Optional<FailedDdl> failed(String sourceId) {
    Properties p = load();
    String prefix = "failed." + sourceId + ".";
    String file = p.getProperty(prefix + "file");
    if (file == null) {
      return Optional.empty();
    }
    String gtid = p.getProperty(prefix + "gtid");
    return Optional.of(
        new FailedDdl(
            sourceId,
            new BinlogPosition(file, Long.parseLong(p.getProperty(prefix + "pos")), gtid),
            p.getProperty(prefix + "source"),
            p.getProperty(prefix + "target"),
            p.getProperty(prefix + "error")));
  }

  synchronized void recordFailure(FailedDdl f) {
    Properties p = load();
    String prefix = "failed." + f.sourceId() + ".";
    p.setProperty(prefix + "file", f.position().file());
    p.setProperty(prefix + "pos", Long.toString(f.position().position()));
    if (f.position().hasGtid()) {
      p.setProperty(prefix + "gtid", f.position().gtidSet());
    }
    p.setProperty(prefix + "source", f.sourceSql());
    p.setProperty(prefix + "target", f.targetSql());
    p.setProperty(prefix + "error", f.error());
    save(p);
  }

  /** The operation set for the DDL at {@code at}; it is used up and the failure cleared. */
  synchronized Optional<Operation> take(String sourceId, BinlogPosition at) {
    Properties p = load();
    String value = p.getProperty(key(sourceId, at));
    if (value == null) {
      return Optional.empty();
    }
    return Optional.of(
        value.equals("skip")
            ? new Operation(true, List.of())
            : new Operation(false, SqlLexer.splitStatements(value.substring("replace:".length()))));
  }

  /** Forgets the operation and the failure at {@code at} once the DDL is past. */
  synchronized void done(String sourceId, BinlogPosition at) {
    Properties p = load();
    boolean changed = p.remove(key(sourceId, at)) != null;
    Optional<FailedDdl> f = failed(sourceId);
    if (f.isPresent() && f.get().position().compareTo(at) <= 0) {
      p.keySet().removeIf(k -> k.toString().startsWith("failed." + sourceId + "."));
      changed = true;
    }
    if (changed) {
      save(p);
    }
  }

  private static String key(String sourceId, BinlogPosition at) {
    return "op." + sourceId + "." + at.file() + ":" + at.position();
  }

  private Properties load() {
    Properties p = new Properties();
    if (Files.exists(file)) {
      try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        p.load(r);
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot read " + file, e);
      }
    }
    return p;
  }

  private void save(Properties p) {
    try {
      Files.createDirectories(file.getParent());
      Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
      try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
        p.store(w, "Ferry: DDL skip/replace operations of one task");
      }
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write " + file, e);
    }
  }
}
