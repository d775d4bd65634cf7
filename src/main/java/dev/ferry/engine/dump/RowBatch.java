package dev.ferry.engine.dump;

import java.util.List;

/**
 * Rows read from the source, each an array of the copied columns' exact bytes (null for SQL
 * NULL), handed from a chunk reader to a writer.
 *
 * @param rows the rows
 * @param bytes the sum of the values' lengths, for memory bounds and progress
 */
public record RowBatch(List<byte[][]> rows, long bytes) {}
