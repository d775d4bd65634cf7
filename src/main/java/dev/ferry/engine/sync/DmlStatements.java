package dev.ferry.engine.sync;

import dev.ferry.engine.db.Quoting;
import dev.ferry.engine.ddl.ColumnDef;
import dev.ferry.engine.ddl.IndexDef;
import dev.ferry.engine.ddl.TableSchema;
import dev.ferry.rules.ExtractedColumn;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The target statements of one row change. Rows are found by the identity key (primary key, else a
 * NOT NULL unique key), else by every column with {@code LIMIT 1}; routed extra columns are part of
 * every row and every match. In safe mode the statements are idempotent: INSERT becomes REPLACE, an
 * UPDATE becomes REPLACE of the new row, preceded by a DELETE of the old key when the key changed.
 */
final class DmlStatements {

  /** One statement with its parameters. */
  record Statement(String sql, List<Object> params) {}

  private DmlStatements() {}

  static List<Statement> of(RowChange c, boolean safeMode) {
    return switch (c.kind()) {
      case INSERT -> List.of(insert(c, c.after(), safeMode));
      case DELETE -> List.of(delete(c, c.before()));
      case UPDATE -> update(c, safeMode);
    };
  }

  private static List<Statement> update(RowChange c, boolean safeMode) {
    Optional<IndexDef> key = c.schema().identityKey();
    if (!safeMode || key.isEmpty()) {
      SqlTexts texts = SqlTexts.of(c);
      List<Object> params = new ArrayList<>(texts.width() * 2);
      StringBuilder sql = new StringBuilder(texts.updateSet().length() + 64).append(texts.updateSet());
      List<ColumnDef> columns = c.schema().columns();
      for (int i = 0; i < columns.size(); i++) {
        if (!columns.get(i).generated()) {
          params.add(c.after()[i]);
        }
      }
      where(sql, params, c, c.before());
      return List.of(new Statement(sql.toString(), params));
    }
    if (keyChanged(c)) {
      return List.of(delete(c, c.before()), insert(c, c.after(), true));
    }
    return List.of(insert(c, c.after(), true));
  }

  /** Whether the identity key's values differ between the old and the new row. */
  static boolean keyChanged(RowChange c) {
    for (int i : c.schema().identityKeyPositions()) {
      if (!sameValue(c.before()[i], c.after()[i])) {
        return true;
      }
    }
    return false;
  }

  private static boolean sameValue(Object a, Object b) {
    if (a instanceof byte[] x && b instanceof byte[] y) {
      return Arrays.equals(x, y);
    }
    return a == null ? b == null : a.equals(b);
  }

  private static Statement insert(RowChange c, Object[] row, boolean replace) {
    return insertMany(List.of(c), replace);
  }

  /**
   * One INSERT (REPLACE in safe mode) for the new rows of several INSERT changes to the same table
   * with the same schema ({@code multiple-rows}).
   */
  static Statement insertMany(List<RowChange> changes, boolean replace) {
    RowChange c = changes.get(0);
    SqlTexts texts = SqlTexts.of(c);
    List<Object> params = new ArrayList<>(changes.size() * texts.width());
    List<ColumnDef> columns = c.schema().columns();
    StringBuilder sql =
        new StringBuilder(64 + texts.columns().length() + changes.size() * (texts.tuple().length() + 2))
            .append(replace ? "REPLACE INTO " : "INSERT INTO ")
            .append(texts.table())
            .append(' ')
            .append(texts.columns())
            .append(" VALUES ");
    for (int r = 0; r < changes.size(); r++) {
      Object[] row = changes.get(r).after();
      if (r > 0) {
        sql.append(", ");
      }
      sql.append(texts.tuple());
      for (int i = 0; i < columns.size(); i++) {
        if (!columns.get(i).generated()) {
          params.add(row[i]);
        }
      }
      for (ExtractedColumn e : c.extraColumns()) {
        params.add(e.value());
      }
    }
    return new Statement(sql.toString(), params);
  }

  /**
   * One DELETE for the old rows of several DELETE changes to the same table with the same schema,
   * which has an identity key ({@code multiple-rows}): {@code WHERE (key) IN ((…), (…))}.
   */
  static Statement deleteMany(List<RowChange> changes) {
    RowChange c = changes.get(0);
    List<String> key =
        c.schema()
            .identityKey()
            .orElseThrow(() -> new IllegalArgumentException("no identity key: " + c.target()))
            .columns();
    List<Object> params = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (String k : key) {
      names.add(Quoting.identifier(k));
    }
    String tuple = key.size() == 1 ? "?" : "(" + "?, ".repeat(key.size() - 1) + "?)";
    StringBuilder sql =
        new StringBuilder("DELETE FROM ")
            .append(Quoting.table(c.target()))
            .append(" WHERE ")
            .append(key.size() == 1 ? names.get(0) : "(" + String.join(", ", names) + ")")
            .append(" IN (");
    for (int r = 0; r < changes.size(); r++) {
      sql.append(r == 0 ? "" : ", ").append(tuple);
      Object[] row = changes.get(r).before();
      for (String k : key) {
        params.add(row[c.schema().indexOf(k)]);
      }
    }
    sql.append(')');
    for (ExtractedColumn e : c.extraColumns()) {
      sql.append(" AND ").append(Quoting.identifier(e.column())).append(" = ?");
      params.add(e.value());
    }
    return new Statement(sql.toString(), params);
  }

  private static Statement delete(RowChange c, Object[] row) {
    List<Object> params = new ArrayList<>();
    StringBuilder sql = new StringBuilder("DELETE FROM ").append(SqlTexts.of(c).table());
    where(sql, params, c, row);
    return new Statement(sql.toString(), params);
  }

  private static void where(StringBuilder sql, List<Object> params, RowChange c, Object[] row) {
    TableSchema schema = c.schema();
    List<String> match = new ArrayList<>();
    Optional<IndexDef> key = schema.identityKey();
    if (key.isPresent()) {
      match.addAll(key.get().columns());
    } else {
      for (ColumnDef col : schema.columns()) {
        if (!col.generated()) {
          match.add(col.name());
        }
      }
    }
    sql.append(" WHERE ");
    boolean first = true;
    for (String name : match) {
      Object v = row[schema.indexOf(name)];
      sql.append(first ? "" : " AND ").append(Quoting.identifier(name));
      if (v == null) {
        sql.append(" IS NULL");
      } else {
        sql.append(" = ?");
        params.add(v);
      }
      first = false;
    }
    for (ExtractedColumn e : c.extraColumns()) {
      sql.append(" AND ").append(Quoting.identifier(e.column())).append(" = ?");
      params.add(e.value());
    }
    sql.append(" LIMIT 1");
  }

  /**
   * Runs the statements in order. Consecutive statements with the same SQL text go to the server as
   * one JDBC batch (with {@code rewriteBatchedStatements} one round trip: a multi-row INSERT or a
   * multi-statement packet), so the statements, their order and their effect are those of running
   * them one by one.
   */
  static void executeAll(StatementCache cache, List<Statement> statements) throws SQLException {
    for (int i = 0; i < statements.size(); ) {
      Statement first = statements.get(i);
      int j = i + 1;
      while (j < statements.size() && statements.get(j).sql().equals(first.sql())) {
        j++;
      }
      PreparedStatement ps = cache.get(first.sql());
      if (j - i == 1) {
        int p = 1;
        for (Object v : first.params()) {
          bind(ps, p++, v);
        }
        ps.executeUpdate();
      } else {
        for (int k = i; k < j; k++) {
          int p = 1;
          for (Object v : statements.get(k).params()) {
            bind(ps, p++, v);
          }
          ps.addBatch();
        }
        ps.executeBatch();
      }
      i = j;
    }
  }

  /** Runs a statement; returns the affected row count. */
  static int execute(Connection connection, Statement s) throws SQLException {
    try (PreparedStatement ps = connection.prepareStatement(s.sql())) {
      int i = 1;
      for (Object v : s.params()) {
        bind(ps, i++, v);
      }
      return ps.executeUpdate();
    }
  }

  static void bind(PreparedStatement ps, int i, Object v) throws SQLException {
    if (v == null) {
      ps.setNull(i, Types.NULL);
    } else if (v instanceof String s) {
      ps.setString(i, s);
    } else if (v instanceof byte[] b) {
      ps.setBytes(i, b);
    } else if (v instanceof Long l) {
      ps.setLong(i, l);
    } else if (v instanceof Integer n) {
      ps.setInt(i, n);
    } else if (v instanceof BigInteger b) {
      ps.setBigDecimal(i, new BigDecimal(b));
    } else if (v instanceof BigDecimal d) {
      ps.setBigDecimal(i, d);
    } else {
      ps.setString(i, v.toString());
    }
  }
}
