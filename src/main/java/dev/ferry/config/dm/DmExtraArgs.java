package dev.ferry.config.dm;

import dev.ferry.config.DumpOptions;
import dev.ferry.config.DumpOptions.Consistency;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Dumpling flags in {@code mydumpers.extra-args}. Flags with a Ferry equivalent ({@code
 * --consistency}, {@code --no-locks}, {@code -t}, {@code -r}, {@code -F}, {@code --where}) change
 * the dump options and, as in DM, win over the block's own keys; every other flag is reported.
 */
final class DmExtraArgs {

  private static final Set<String> TAKES_VALUE =
      Set.of(
          "-B",
          "--database",
          "-T",
          "--tables-list",
          "-t",
          "--threads",
          "-F",
          "--filesize",
          "-s",
          "--statement-size",
          "--consistency",
          "--snapshot",
          "-r",
          "--rows",
          "--where",
          "-f",
          "--filter",
          "--ca",
          "--cert",
          "--key");

  private static final Map<String, String> ADVICE =
      Map.ofEntries(
          Map.entry("-B", "Ferry selects schemas with block-allow-list; move the selection there."),
          Map.entry("--database", "Ferry selects schemas with block-allow-list."),
          Map.entry("-T", "Ferry selects tables with block-allow-list; move the list there."),
          Map.entry("--tables-list", "Ferry selects tables with block-allow-list."),
          Map.entry("-f", "Ferry selects tables with block-allow-list; move the filter there."),
          Map.entry("--filter", "Ferry selects tables with block-allow-list."),
          Map.entry("--snapshot", "Snapshots by TSO exist only on TiDB sources; Ferry ignores it."),
          Map.entry("-s", "Ferry sizes its INSERT statements itself; the flag is ignored."),
          Map.entry("--statement-size", "Ferry sizes its INSERT statements itself."),
          Map.entry("--ca", "Set TLS files in the source.yaml 'from.security' block instead."),
          Map.entry("--cert", "Set TLS files in the source.yaml 'from.security' block instead."),
          Map.entry("--key", "Set TLS files in the source.yaml 'from.security' block instead."));

  private DmExtraArgs() {}

  /**
   * Applies the flags of {@code extra-args} to {@code dump}; reports the others at {@code path}.
   */
  static DumpOptions apply(String extraArgs, DumpOptions dump, String path, DmProblems problems) {
    List<String> tokens = tokenize(extraArgs);
    DumpOptions out = dump;
    for (int i = 0; i < tokens.size(); i++) {
      String flag = tokens.get(i);
      String value = null;
      int eq = flag.indexOf('=');
      if (flag.startsWith("--") && eq > 0) {
        value = flag.substring(eq + 1);
        flag = flag.substring(0, eq);
      } else if (TAKES_VALUE.contains(flag) && i + 1 < tokens.size()) {
        value = tokens.get(++i);
      }
      switch (flag) {
        case "--no-locks" -> out = with(out, Consistency.NONE);
        case "--consistency" -> {
          Consistency c = Consistency.fromDmName(value == null ? "" : value).orElse(null);
          if (c == null) {
            problems.unsupported(
                path,
                "Dump consistency '" + value + "' is not supported by Ferry",
                "Ferry supports auto, flush, lock and none; it uses auto.");
          } else {
            out = with(out, c);
          }
        }
        case "-t", "--threads" -> {
          Long n = number(value, path, problems, flag);
          if (n != null) {
            out =
                new DumpOptions(
                    n.intValue(),
                    out.chunkRows(),
                    out.chunkFilesize(),
                    out.consistency(),
                    out.where());
          }
        }
        case "-r", "--rows" -> {
          Long n = number(value, path, problems, flag);
          if (n != null) {
            out =
                new DumpOptions(
                    out.threads(), n, out.chunkFilesize(), out.consistency(), out.where());
          }
        }
        case "-F", "--filesize" ->
            out =
                new DumpOptions(
                    out.threads(),
                    out.chunkRows(),
                    DmUnitConfigs.chunkFilesize(value),
                    out.consistency(),
                    out.where());
        case "--where" ->
            out =
                new DumpOptions(
                    out.threads(), out.chunkRows(), out.chunkFilesize(), out.consistency(), value);
        default -> {
          String shown = value == null ? flag : flag + " " + value;
          problems.unsupported(
              path,
              "Dumpling flag '" + shown + "' in extra-args is not supported by Ferry",
              ADVICE.getOrDefault(flag, "Ferry ignores it."));
        }
      }
    }
    return out;
  }

  private static Long number(String value, String path, DmProblems problems, String flag) {
    try {
      return Long.parseLong(value == null ? "" : value.trim());
    } catch (NumberFormatException e) {
      problems.error(
          path,
          "Flag " + flag + " needs a number, got '" + value + "'",
          "Write a whole number after " + flag + ".");
      return null;
    }
  }

  private static DumpOptions with(DumpOptions d, Consistency c) {
    return new DumpOptions(d.threads(), d.chunkRows(), d.chunkFilesize(), c, d.where());
  }

  /** Splits on blanks, keeping single- or double-quoted parts together. */
  static List<String> tokenize(String args) {
    List<String> tokens = new ArrayList<>();
    if (args == null) {
      return tokens;
    }
    StringBuilder current = new StringBuilder();
    char quote = 0;
    boolean inToken = false;
    for (char c : args.toCharArray()) {
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        } else {
          current.append(c);
        }
      } else if (c == '\'' || c == '"') {
        quote = c;
        inToken = true;
      } else if (Character.isWhitespace(c)) {
        if (inToken) {
          tokens.add(current.toString());
          current.setLength(0);
          inToken = false;
        }
      } else {
        current.append(c);
        inToken = true;
      }
    }
    if (inToken) {
      tokens.add(current.toString());
    }
    return tokens;
  }
}
