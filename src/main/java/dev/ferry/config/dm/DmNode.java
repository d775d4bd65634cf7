package dev.ferry.config.dm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One YAML mapping of a DM file, read key by key. Every getter marks its key as read; keys never
 * read are reported as unknown by {@link DmProblems#finish()}. A value of the wrong type is
 * reported as an error and treated as absent.
 */
final class DmNode {

  private final JsonNode node;
  private final String file;
  private final String path;
  private final DmProblems problems;
  private final Set<String> read = new HashSet<>();

  private DmNode(JsonNode node, String file, String path, DmProblems problems) {
    this.node = node;
    this.file = file;
    this.path = path;
    this.problems = problems;
    problems.track(this);
  }

  /** The root mapping of a file, or null (with an error) if the document is not a mapping. */
  static DmNode root(JsonNode node, String file, DmProblems problems) {
    if (node == null || !node.isObject()) {
      problems.error(file, "The file is empty or not a YAML mapping", "Check the file's content.");
      return null;
    }
    return new DmNode(node, file, "", problems);
  }

  String file() {
    return file;
  }

  /** {@code file:path.key}, as shown in problems. */
  String pathOf(String key) {
    return file + ":" + (path.isEmpty() ? key : path + "." + key);
  }

  String where() {
    return path.isEmpty() ? file : file + ":" + path;
  }

  /** Whether the key is present with a non-null value (does not mark it read). */
  boolean has(String key) {
    JsonNode value = node.get(key);
    return value != null && !value.isNull();
  }

  /** Marks keys as read without interpreting them (their meaning was reported elsewhere). */
  void skip(String... keys) {
    Collections.addAll(read, keys);
  }

  /** Marks every key as read: the whole block was reported as one problem. */
  void skipAll() {
    node.fieldNames().forEachRemaining(read::add);
  }

  List<String> unreadKeys() {
    List<String> unread = new ArrayList<>();
    node.fieldNames()
        .forEachRemaining(
            k -> {
              if (!read.contains(k)) {
                unread.add(k);
              }
            });
    return unread;
  }

  private JsonNode value(String key) {
    read.add(key);
    JsonNode value = node.get(key);
    return value == null || value.isNull() ? null : value;
  }

  private void wrongType(String key, String expected) {
    problems.error(pathOf(key), "'" + key + "' must be " + expected, "Write " + expected + ".");
  }

  String string(String key) {
    JsonNode value = value(key);
    if (value == null) {
      return null;
    }
    if (!value.isValueNode()) {
      wrongType(key, "a single value");
      return null;
    }
    return value.asText();
  }

  Long longValue(String key) {
    JsonNode value = value(key);
    if (value == null) {
      return null;
    }
    if (value.isIntegralNumber()) {
      return value.asLong();
    }
    if (value.isTextual()) {
      try {
        return Long.parseLong(value.asText().trim());
      } catch (NumberFormatException e) {
        // reported below
      }
    }
    wrongType(key, "a whole number");
    return null;
  }

  Integer integer(String key) {
    Long value = longValue(key);
    if (value != null && (value > Integer.MAX_VALUE || value < Integer.MIN_VALUE)) {
      wrongType(key, "a whole number below 2^31");
      return null;
    }
    return value == null ? null : value.intValue();
  }

  Boolean bool(String key) {
    JsonNode value = value(key);
    if (value == null) {
      return null;
    }
    if (value.isBoolean()) {
      return value.asBoolean();
    }
    if (value.isTextual() && value.asText().matches("(?i)true|false")) {
      return Boolean.parseBoolean(value.asText());
    }
    wrongType(key, "true or false");
    return null;
  }

  /** A list of scalars; absent gives an empty list. */
  List<String> strings(String key) {
    JsonNode value = value(key);
    List<String> result = new ArrayList<>();
    if (value == null) {
      return result;
    }
    if (!value.isArray()) {
      wrongType(key, "a list");
      return result;
    }
    for (JsonNode item : value) {
      if (item.isValueNode() && !item.isNull()) {
        result.add(item.asText());
      } else {
        wrongType(key, "a list of single values");
      }
    }
    return result;
  }

  /** A nested mapping, or null when absent (a wrong type is reported). */
  DmNode object(String key) {
    JsonNode value = value(key);
    if (value == null) {
      return null;
    }
    if (!value.isObject()) {
      wrongType(key, "a mapping");
      return null;
    }
    return new DmNode(value, file, join(key), problems);
  }

  /** A mapping of name to mapping ({@code routes}, {@code mydumpers}), in file order. */
  Map<String, DmNode> objects(String key) {
    Map<String, DmNode> result = new LinkedHashMap<>();
    DmNode map = object(key);
    if (map == null) {
      return result;
    }
    Iterator<Map.Entry<String, JsonNode>> fields = map.node.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> entry = fields.next();
      map.read.add(entry.getKey());
      JsonNode value = entry.getValue();
      if (value == null || value.isNull()) {
        value = JsonNodeFactory.instance.objectNode();
      }
      if (!value.isObject()) {
        map.wrongType(entry.getKey(), "a mapping");
        continue;
      }
      result.put(entry.getKey(), new DmNode(value, file, map.join(entry.getKey()), problems));
    }
    return result;
  }

  /** A mapping of name to scalar ({@code session}), in file order. */
  Map<String, String> stringMap(String key) {
    Map<String, String> result = new LinkedHashMap<>();
    DmNode map = object(key);
    if (map == null) {
      return result;
    }
    map.node
        .fieldNames()
        .forEachRemaining(
            name -> {
              String value = map.string(name);
              if (value != null) {
                result.put(name, value);
              }
            });
    return result;
  }

  /** A list of mappings ({@code mysql-instances}, {@code do-tables}). */
  List<DmNode> objectList(String key) {
    JsonNode value = value(key);
    List<DmNode> result = new ArrayList<>();
    if (value == null) {
      return result;
    }
    if (!value.isArray()) {
      wrongType(key, "a list");
      return result;
    }
    int i = 0;
    for (JsonNode item : value) {
      String itemPath = join(key) + "[" + i++ + "]";
      if (item.isObject()) {
        result.add(new DmNode(item, file, itemPath, problems));
      } else {
        problems.error(
            file + ":" + itemPath,
            "Each entry of '" + key + "' must be a mapping",
            "Write 'key: value' pairs.");
      }
    }
    return result;
  }

  private String join(String key) {
    return path.isEmpty() ? key : path + "." + key;
  }
}
