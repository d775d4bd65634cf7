package dev.ferry.config.dm;

import dev.ferry.config.GoDurations;
import dev.ferry.config.DumpOptions;
import dev.ferry.config.LoadOptions;
import dev.ferry.config.SyncOptions;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes Ferry's unit options as DM {@code mydumpers}/{@code loaders}/{@code syncers} entries and
 * gives identical entries one shared name.
 */
final class DmUnitWriter {

  private DmUnitWriter() {}

  static Map<String, Object> dump(DumpOptions d) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("threads", d.threads());
    out.put("chunk-filesize", filesize(d.chunkFilesize()));
    out.put("rows", d.chunkRows());
    if (!d.where().isEmpty()) {
      out.put("where", d.where());
    }
    if (d.consistency() != DumpOptions.Consistency.AUTO) {
      out.put("extra-args", "--consistency " + d.consistency().dmName());
    }
    return out;
  }

  /** DM reads a bare number as MiB; other units are passed through. */
  private static Object filesize(String size) {
    String s = size.trim();
    if (s.matches("\\d+MiB")) {
      return s.substring(0, s.length() - 3);
    }
    return s;
  }

  static Map<String, Object> load(LoadOptions l) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("pool-size", l.threads());
    out.put("import-mode", "logical");
    out.put("on-duplicate-logical", l.onDuplicate().dmName());
    return out;
  }

  static Map<String, Object> sync(SyncOptions s, List<String> notes) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("worker-count", s.workerCount());
    out.put("batch", s.batch());
    out.put("queue-size", s.queueSize());
    Duration flush = s.checkpointFlushInterval();
    long seconds = flush.toSeconds() + (flush.toNanosPart() > 0 ? 1 : 0);
    if (flush.toNanosPart() > 0) {
      notes.add(
          "checkpoint-flush-interval "
              + GoDurations.format(flush)
              + " is rounded up to "
              + seconds
              + "s: DM counts whole seconds.");
    }
    out.put("checkpoint-flush-interval", seconds);
    out.put("safe-mode", s.safeMode());
    if (s.safeModeDuration() != null) {
      out.put("safe-mode-duration", GoDurations.format(s.safeModeDuration()));
    }
    out.put("compact", s.compact());
    out.put("multiple-rows", s.multipleRows());
    return out;
  }

  /**
   * Names each distinct config once: {@code global} when all sources share one, else {@code
   * prefix-01}, {@code prefix-02}, ... (as {@code dmctl config export} does).
   *
   * @param perSource the config of each source, in source order
   * @param named receives name → config
   * @return the name each source refers to, in source order
   */
  static List<String> dedupe(
      List<Map<String, Object>> perSource, String prefix, Map<String, Object> named) {
    List<Map<String, Object>> distinct = perSource.stream().distinct().toList();
    Map<Map<String, Object>, String> names = new LinkedHashMap<>();
    for (int i = 0; i < distinct.size(); i++) {
      String name = distinct.size() == 1 ? "global" : String.format("%s-%02d", prefix, i + 1);
      names.put(distinct.get(i), name);
      named.put(name, distinct.get(i));
    }
    return perSource.stream().map(names::get).toList();
  }
}
