package dev.ferry.config.project;

import dev.ferry.config.GoDurations;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Reads one JSON object of a project file, key by key, with its JSON path. A wrong type or value is
 * recorded as a {@link ProjectFileProblem} and the default is returned, so one read reports every
 * problem. {@link #finish()} reports the keys nobody asked for: nothing is dropped silently.
 */
final class JsonObjectReader {

  private static final Pattern SIMPLE_KEY = Pattern.compile("[A-Za-z0-9_-]+");

  private final ObjectNode node;
  private final String path;
  private final List<ProjectFileProblem> problems;
  private final Set<String> known = new LinkedHashSet<>();

  private JsonObjectReader(ObjectNode node, String path, List<ProjectFileProblem> problems) {
    this.node = node;
    this.path = path;
    this.problems = problems;
  }

  /** A reader of {@code node}, which must be an object; anything else is a problem. */
  static JsonObjectReader of(JsonNode node, String path, List<ProjectFileProblem> problems) {
    if (node instanceof ObjectNode object) {
      return new JsonObjectReader(object, path, problems);
    }
    problems.add(new ProjectFileProblem(path, "an object", describe(node)));
    return new JsonObjectReader(JsonNodeFactory.instance.objectNode(), path, problems);
  }

  static String child(String path, String key) {
    return SIMPLE_KEY.matcher(key).matches()
        ? path + "." + key
        : path + "['" + key.replace("'", "\\'") + "']";
  }

  String path() {
    return path;
  }

  String pathOf(String key) {
    return child(path, key);
  }

  List<ProjectFileProblem> problems() {
    return problems;
  }

  void problem(String key, String expected, String found) {
    problems.add(new ProjectFileProblem(pathOf(key), expected, found));
  }

  /** The raw value, or null when absent; marks the key as known. */
  JsonNode get(String key) {
    known.add(key);
    return node.get(key);
  }

  /** A key that must be present (its value may still be JSON null where the caller allows). */
  JsonNode required(String key) {
    JsonNode value = get(key);
    if (value == null) {
      problems.add(new ProjectFileProblem(pathOf(key), "a value (required)", "nothing"));
    }
    return value;
  }

  /** A string; absent gives {@code absent}, JSON null gives null. */
  String string(String key, String absent) {
    return toString(key, get(key), absent);
  }

  /** A required string whose value may be null (an unfinished task). */
  String requiredString(String key) {
    return toString(key, required(key), null);
  }

  private String toString(String key, JsonNode value, String absent) {
    if (value == null) {
      return absent;
    }
    if (value.isNull()) {
      return null;
    }
    if (!value.isTextual()) {
      problem(key, "a string", describe(value));
      return absent;
    }
    return value.textValue();
  }

  int integer(String key, int absent) {
    return toInt(key, get(key), absent);
  }

  int requiredInteger(String key) {
    return toInt(key, required(key), 0);
  }

  private int toInt(String key, JsonNode value, int absent) {
    if (value == null) {
      return absent;
    }
    if (!value.isIntegralNumber() || !value.canConvertToInt()) {
      problem(key, "an integer", describe(value));
      return absent;
    }
    return value.intValue();
  }

  /** An integer or null. */
  Integer nullableInteger(String key) {
    JsonNode value = get(key);
    return value == null || value.isNull() ? null : toInt(key, value, 0);
  }

  long longValue(String key, long absent) {
    Long value = nullableLong(key);
    return value == null ? absent : value;
  }

  Long nullableLong(String key) {
    JsonNode value = get(key);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isIntegralNumber() || !value.canConvertToLong()) {
      problem(key, "an integer", describe(value));
      return null;
    }
    return value.longValue();
  }

  boolean bool(String key, boolean absent) {
    JsonNode value = get(key);
    if (value == null) {
      return absent;
    }
    if (!value.isBoolean()) {
      problem(key, "true or false", describe(value));
      return absent;
    }
    return value.booleanValue();
  }

  /** A duration such as {@code "30s"} or {@code "1m30s"}, or a number of seconds; null if unset. */
  Duration duration(String key) {
    JsonNode value = get(key);
    if (value == null || value.isNull()) {
      return null;
    }
    if (value.isIntegralNumber() && value.canConvertToLong()) {
      return Duration.ofSeconds(value.longValue());
    }
    Optional<Duration> parsed =
        value.isTextual() ? GoDurations.parse(value.textValue()) : Optional.empty();
    if (parsed.isEmpty()) {
      problem(key, "a duration such as \"30s\", \"1m30s\" or \"500ms\"", describe(value));
      return null;
    }
    return parsed.get();
  }

  /**
   * An enum by its file name; absent gives {@code absent}, JSON null gives null. Unknown values are
   * problems that list the allowed ones.
   */
  <E> E enumValue(String key, E absent, Function<String, Optional<E>> parse, List<String> allowed) {
    return toEnum(key, get(key), absent, parse, allowed);
  }

  <E> E requiredEnum(String key, Function<String, Optional<E>> parse, List<String> allowed) {
    return toEnum(key, required(key), null, parse, allowed);
  }

  private <E> E toEnum(
      String key,
      JsonNode value,
      E absent,
      Function<String, Optional<E>> parse,
      List<String> allowed) {
    if (value == null) {
      return absent;
    }
    if (value.isNull()) {
      return null;
    }
    Optional<E> parsed = value.isTextual() ? parse.apply(value.textValue()) : Optional.empty();
    if (parsed.isEmpty()) {
      problem(key, "one of " + quoteAll(allowed), describe(value));
      return absent;
    }
    return parsed.get();
  }

  /** A list of strings; absent or null gives an empty list. */
  List<String> strings(String key) {
    List<String> result = new ArrayList<>();
    List<JsonNode> items = array(key);
    for (int i = 0; i < items.size(); i++) {
      JsonNode item = items.get(i);
      if (item.isTextual()) {
        result.add(item.textValue());
      } else {
        problems.add(
            new ProjectFileProblem(pathOf(key) + "[" + i + "]", "a string", describe(item)));
      }
    }
    return result;
  }

  /** The elements of an array; absent or null gives an empty list. */
  List<JsonNode> array(String key) {
    JsonNode value = get(key);
    if (value == null || value.isNull()) {
      return List.of();
    }
    if (!value.isArray()) {
      problem(key, "an array", describe(value));
      return List.of();
    }
    List<JsonNode> items = new ArrayList<>();
    value.forEach(items::add);
    return items;
  }

  /** A nested object, or null when absent or null. */
  JsonObjectReader object(String key) {
    JsonNode value = get(key);
    return value == null || value.isNull() ? null : of(value, pathOf(key), problems);
  }

  /** The entries of an object used as a map (names are user data, not known keys). */
  Map<String, JsonNode> entries(String key) {
    JsonNode value = get(key);
    Map<String, JsonNode> result = new LinkedHashMap<>();
    if (value == null || value.isNull()) {
      return result;
    }
    if (!value.isObject()) {
      problem(key, "an object", describe(value));
      return result;
    }
    value.properties().forEach(e -> result.put(e.getKey(), e.getValue()));
    return result;
  }

  /** Reports every key that no read asked for, naming the keys that are allowed here. */
  void finish() {
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!known.contains(name)) {
        problems.add(
            new ProjectFileProblem(
                pathOf(name),
                "one of the keys " + quoteAll(known),
                "the unknown key \"" + name + "\""));
      }
    }
  }

  /** A short description of a JSON value for messages: its type and, if short, its text. */
  static String describe(JsonNode value) {
    if (value == null || value.isMissingNode()) {
      return "nothing";
    }
    if (value.isNull()) {
      return "null";
    }
    if (value.isTextual()) {
      String text = value.textValue();
      return "the string \"" + (text.length() > 40 ? text.substring(0, 40) + "…" : text) + "\"";
    }
    if (value.isNumber()) {
      return "the number " + value.asText();
    }
    if (value.isBoolean()) {
      return value.asText();
    }
    return value.isArray() ? "an array" : "an object";
  }

  private static String quoteAll(Iterable<String> names) {
    List<String> quoted = new ArrayList<>();
    names.forEach(n -> quoted.add("\"" + n + "\""));
    return String.join(", ", quoted);
  }
}
