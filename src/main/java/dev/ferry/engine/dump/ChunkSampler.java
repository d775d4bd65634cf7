package dev.ferry.engine.dump;

import java.math.BigInteger;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Plans a table's chunks from the source: integer keys by min/max and the row estimate, other keys
 * (strings, composite) by walking the key index in steps of {@code chunkRows} ({@code WHERE key >=
 * previous ORDER BY key LIMIT 1 OFFSET chunkRows}), which reads each key once in total. Tables
 * without a usable key are one chunk.
 */
public final class ChunkSampler {

  private static final Logger LOG = LoggerFactory.getLogger(ChunkSampler.class);

  private ChunkSampler() {}

  public static List<PlannedChunk> plan(Connection source, TableShape shape, long chunkRows)
      throws SQLException {
    if (!shape.hasKey()) {
      LOG.warn("{} has no primary key or NOT NULL unique key: copied as one chunk", shape.table());
      return List.of(PlannedChunk.whole());
    }
    if (shape.estimatedRows() <= chunkRows && shape.estimatedRows() > 0) {
      return List.of(PlannedChunk.whole());
    }
    if (shape.integerKey()) {
      String k = shape.key().get(0).quoted();
      try (Statement s = source.createStatement();
          ResultSet rs =
              s.executeQuery("SELECT MIN(" + k + "), MAX(" + k + ") FROM " + shape.table().table().quoted())) {
        rs.next();
        if (rs.getString(1) == null) {
          return List.of(PlannedChunk.whole());
        }
        BigInteger min = new BigInteger(rs.getString(1));
        BigInteger max = new BigInteger(rs.getString(2));
        if (!ChunkPlanner.tooSparse(min, max, shape.estimatedRows())) {
          return ChunkPlanner.fromIntegers(
              ChunkPlanner.integerBoundaries(min, max, shape.estimatedRows(), chunkRows));
        }
      }
    }
    // key bytes in the column's own character set, whatever the session's
    try (Statement s = source.createStatement()) {
      s.execute("SET SESSION character_set_results = binary");
      try {
        return ChunkPlanner.fromBoundaries(sampleBoundaries(source, shape, chunkRows));
      } finally {
        s.execute("SET SESSION character_set_results = utf8mb4");
      }
    }
  }

  static List<KeyTuple> sampleBoundaries(Connection source, TableShape shape, long chunkRows)
      throws SQLException {
    String keyList = shape.key().stream().map(Column::selectExpression).collect(Collectors.joining(", "));
    String orderBy = shape.key().stream().map(Column::quoted).collect(Collectors.joining(", "));
    List<KeyTuple> bounds = new ArrayList<>();
    try (Statement s = source.createStatement()) {
      KeyTuple previous = null;
      while (true) {
        String where =
            previous == null ? "" : " WHERE " + ChunkPredicate.compare(shape.key(), previous, ">", ">=");
        String sql =
            "SELECT " + keyList + " FROM " + shape.table().table().quoted() + where
                + " ORDER BY " + orderBy + " LIMIT 1 OFFSET " + chunkRows;
        try (ResultSet rs = s.executeQuery(sql)) {
          if (!rs.next()) {
            return bounds;
          }
          List<byte[]> values = new ArrayList<>();
          for (int i = 1; i <= shape.key().size(); i++) {
            values.add(rs.getBytes(i));
          }
          previous = KeyTuple.fromBytes(shape.key(), values);
          bounds.add(previous);
        }
      }
    }
  }
}
