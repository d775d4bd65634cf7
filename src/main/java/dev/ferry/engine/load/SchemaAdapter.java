package dev.ferry.engine.load;

import dev.ferry.domain.TableId;
import dev.ferry.engine.dump.ServerFlavor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a source's {@code SHOW CREATE TABLE} into the target's: the routed name, options the
 * target cannot take removed, and (when deferring) secondary indexes and foreign keys split off
 * to be added after the rows are loaded. Pure text work on the server's canonical output.
 */
public final class SchemaAdapter {

  private static final Pattern INDEX_LINE =
      Pattern.compile("^\\s*(UNIQUE KEY|UNIQUE INDEX|KEY|INDEX|FULLTEXT KEY|FULLTEXT INDEX|SPATIAL KEY|SPATIAL INDEX)\\s+(`(?:[^`]|``)+`)?\\s*\\((.*)$");
  private static final Pattern FOREIGN_KEY = Pattern.compile("^\\s*CONSTRAINT\\s+`(?:[^`]|``)+`\\s+FOREIGN KEY\\b.*");
  private static final Pattern AUTO_INCREMENT_COLUMN = Pattern.compile("^\\s*(`(?:[^`]|``)+`)\\s.*\\bAUTO_INCREMENT\\b.*");
  private static final Pattern MARIADB_ONLY_OPTIONS = Pattern.compile("\\s+(PAGE_CHECKSUM|TRANSACTIONAL)=\\d+");
  private static final Pattern UCA1400 = Pattern.compile("(utf8mb[34])_uca1400_[a-z_]+");

  private SchemaAdapter() {}

  /**
   * @param create the create statement for the target table
   * @param deferred clauses for {@code ALTER TABLE ... ADD <clause>}, in source order (indexes
   *     first, foreign keys last)
   */
  public record AdaptedTable(String create, List<String> deferred) {}

  /**
   * @param showCreate the source's {@code SHOW CREATE TABLE} text
   * @param keep the name of an index that must stay in the create statement (the chunk key's
   *     unique index), or null
   */
  public static AdaptedTable adapt(
      String showCreate, TableId target, ServerFlavor targetFlavor, boolean defer, String keep) {
    String[] lines = showCreate.split("\n");
    if (lines.length < 3 || !lines[0].startsWith("CREATE TABLE ")) {
      throw new IllegalArgumentException("not a SHOW CREATE TABLE result: " + lines[0]);
    }
    String autoColumn = null;
    for (String line : lines) {
      Matcher m = AUTO_INCREMENT_COLUMN.matcher(line);
      if (m.matches()) {
        autoColumn = m.group(1);
        break;
      }
    }
    // the column list ends at the line that starts with ")": the table options follow on it, and a
    // partitioned table's PARTITION BY clause on the lines after it
    int close = lines.length - 1;
    for (int i = 1; i < lines.length; i++) {
      if (lines[i].startsWith(")")) {
        close = i;
        break;
      }
    }
    List<String> body = new ArrayList<>();
    List<String> indexes = new ArrayList<>();
    List<String> foreignKeys = new ArrayList<>();
    for (int i = 1; i < close; i++) {
      String def = stripComma(lines[i]);
      Matcher index = INDEX_LINE.matcher(def);
      if (index.matches()) {
        boolean unsupported = targetFlavor == ServerFlavor.TIDB && def.trim().matches("^(FULLTEXT|SPATIAL).*");
        if (unsupported) {
          continue; // TiDB has no full-text or spatial indexes
        }
        boolean mustKeep =
            (keep != null && index.group(2) != null && index.group(2).equals(quote(keep)))
                || (autoColumn != null && index.group(3).startsWith(autoColumn));
        if (defer && !mustKeep) {
          indexes.add(def.trim());
          continue;
        }
      } else if (FOREIGN_KEY.matcher(def).matches() && defer) {
        foreignKeys.add(def.trim());
        continue;
      }
      body.add(def);
    }
    String options = String.join("\n", Arrays.asList(lines).subList(close, lines.length));
    if (targetFlavor != ServerFlavor.MARIADB) {
      options = MARIADB_ONLY_OPTIONS.matcher(options).replaceAll("");
    }
    StringBuilder sql = new StringBuilder("CREATE TABLE ").append(target.quoted()).append(" (\n");
    sql.append(String.join(",\n", body)).append('\n').append(options);
    String create = forTarget(sql.toString(), targetFlavor);
    List<String> deferred = new ArrayList<>(indexes);
    deferred.addAll(foreignKeys);
    return new AdaptedTable(create, List.copyOf(deferred));
  }

  /**
   * {@code ddl} with MariaDB-only charset and collation names mapped for {@code targetFlavor}:
   * MariaDB 11's default collations do not exist elsewhere; the closest Unicode ones do.
   */
  public static String forTarget(String ddl, ServerFlavor targetFlavor) {
    if (targetFlavor == ServerFlavor.MARIADB) {
      return ddl;
    }
    String out = UCA1400.matcher(ddl).replaceAll(
        targetFlavor == ServerFlavor.MYSQL ? "utf8mb4_0900_ai_ci" : "utf8mb4_general_ci");
    return out.replace("CHARSET=utf8mb3", "CHARSET=utf8");
  }

  /** The name of an index or constraint clause ({@code KEY `k` (...)} → {@code k}), or null. */
  public static String clauseName(String clause) {
    Matcher m = Pattern.compile("`((?:[^`]|``)+)`").matcher(clause);
    return m.find() ? m.group(1).replace("``", "`") : null;
  }

  /** True for a FOREIGN KEY clause. */
  public static boolean isForeignKey(String clause) {
    return clause.toUpperCase(Locale.ROOT).startsWith("CONSTRAINT") && clause.contains("FOREIGN KEY");
  }

  private static String stripComma(String line) {
    return line.endsWith(",") ? line.substring(0, line.length() - 1) : line;
  }

  private static String quote(String name) {
    return "`" + name.replace("`", "``") + "`";
  }
}
