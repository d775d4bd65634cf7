package dev.ferry.config.project;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ferry.config.TaskConfig;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Converts between a {@link Project} and the bytes of a {@code .ferry} file (JSON, UTF-8):
 *
 * <pre>{@code
 * { "format-version": 1, "id": "…uuid…", "created": "…", "modified": "…", "task": { … } }
 * }</pre>
 *
 * <p>Reading is strict: duplicate or unknown keys, wrong types and unknown enum values are errors
 * that name their JSON path. An older format is upgraded in memory; a newer one is refused.
 */
public final class ProjectJson {

  /** The format this Ferry writes. */
  public static final int CURRENT_VERSION = 1;

  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .build();

  private ProjectJson() {}

  /**
   * The file content for {@code project}.
   *
   * @throws IllegalStateException if the project still holds a plain password (convert it first)
   */
  public static byte[] write(Project project) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("format-version", CURRENT_VERSION);
    root.put("id", project.id().toString());
    if (project.created() != null) {
      root.put("created", project.created().toString());
    }
    if (project.modified() != null) {
      root.put("modified", project.modified().toString());
    }
    root.set("task", TaskJsonWriter.write(project.task()));
    DefaultPrettyPrinter printer =
        new DefaultPrettyPrinter()
            .withSeparators(
                Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                    .withArrayEmptySeparator("")
                    .withObjectEmptySeparator(""));
    printer.indentArraysWith(new DefaultIndenter("  ", "\n"));
    printer.indentObjectsWith(new DefaultIndenter("  ", "\n"));
    try {
      return (MAPPER.writer(printer).writeValueAsString(root) + "\n")
          .getBytes(StandardCharsets.UTF_8);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot write a JSON tree", e);
    }
  }

  /**
   * Reads a project from file content.
   *
   * @param file where the bytes came from, for messages; may be null
   * @throws ProjectFileException {@code CORRUPT}, {@code NEWER_VERSION} or {@code INVALID}
   */
  public static Project read(byte[] content, Path file) throws ProjectFileException {
    ObjectNode root = parse(content, file);
    int version = formatVersion(root, file);
    String upgraded = "";
    if (version < CURRENT_VERSION) {
      ProjectMigrations.upgrade(root, version);
      upgraded = " (after upgrading it from format " + version + " to " + CURRENT_VERSION + ")";
    }
    List<ProjectFileProblem> problems = new ArrayList<>();
    JsonObjectReader r = JsonObjectReader.of(root, "$", problems);
    r.integer("format-version", CURRENT_VERSION);
    UUID id = readId(r);
    Instant created = readInstant(r, "created");
    Instant modified = readInstant(r, "modified");
    JsonNode taskNode = r.required("task");
    TaskConfig task =
        taskNode == null
            ? null
            : TaskJsonReader.read(JsonObjectReader.of(taskNode, "$.task", problems));
    r.finish();
    if (!problems.isEmpty()) {
      throw new ProjectFileException(
          ProjectFileException.Kind.INVALID,
          file,
          "the project file does not match Ferry's project format"
              + upgraded
              + " ("
              + problems.size()
              + (problems.size() == 1 ? " problem):" : " problems):"),
          problems);
    }
    return new Project(id, created, modified, task);
  }

  /**
   * The format version of {@code content} if it is a JSON object with an integer {@code
   * format-version}; -1 otherwise. Used to refuse overwriting files this Ferry cannot read.
   */
  static int peekVersion(byte[] content) {
    try {
      JsonNode root = MAPPER.readTree(content);
      JsonNode version = root == null ? null : root.get("format-version");
      return version != null && version.isIntegralNumber() ? version.intValue() : -1;
    } catch (IOException e) {
      return -1;
    }
  }

  private static ObjectNode parse(byte[] content, Path file) throws ProjectFileException {
    JsonNode root;
    try {
      root = MAPPER.readTree(content);
    } catch (JsonProcessingException e) {
      throw corrupt(file, e);
    } catch (IOException e) {
      throw new ProjectFileException(
          ProjectFileException.Kind.CORRUPT,
          file,
          "the file cannot be parsed: " + e.getMessage(),
          List.of(),
          e);
    }
    if (root == null || root.isMissingNode()) {
      throw new ProjectFileException(
          ProjectFileException.Kind.CORRUPT,
          file,
          "the file is not a Ferry project:",
          List.of(new ProjectFileProblem("$", "a JSON object", "an empty file")));
    }
    if (!(root instanceof ObjectNode object)) {
      throw new ProjectFileException(
          ProjectFileException.Kind.CORRUPT,
          file,
          "the file is not a Ferry project:",
          List.of(new ProjectFileProblem("$", "a JSON object", JsonObjectReader.describe(root))));
    }
    return object;
  }

  private static ProjectFileException corrupt(Path file, JsonProcessingException e) {
    String path = "$";
    if (e instanceof JsonParseException parse && parse.getProcessor() != null) {
      JsonParser parser = parse.getProcessor();
      path = toJsonPath(parser.getParsingContext().pathAsPointer());
    }
    String where =
        e.getLocation() == null
            ? ""
            : " at line "
                + e.getLocation().getLineNr()
                + ", column "
                + e.getLocation().getColumnNr();
    return new ProjectFileException(
        ProjectFileException.Kind.CORRUPT,
        file,
        "the file is not valid JSON (damaged or edited by hand):",
        List.of(new ProjectFileProblem(path, "valid JSON", e.getOriginalMessage() + where)),
        e);
  }

  private static String toJsonPath(JsonPointer pointer) {
    StringBuilder path = new StringBuilder("$");
    for (JsonPointer p = pointer; p != null && !p.matches(); p = p.tail()) {
      if (p.mayMatchElement()) {
        path.append('[').append(p.getMatchingIndex()).append(']');
      } else {
        path.replace(
            0, path.length(), JsonObjectReader.child(path.toString(), p.getMatchingProperty()));
      }
    }
    return path.toString();
  }

  private static int formatVersion(ObjectNode root, Path file) throws ProjectFileException {
    JsonNode version = root.get("format-version");
    if (version == null || !version.isIntegralNumber() || !version.canConvertToInt()) {
      throw new ProjectFileException(
          ProjectFileException.Kind.INVALID,
          file,
          "the file is not a Ferry project:",
          List.of(
              new ProjectFileProblem(
                  "$.format-version",
                  "the project format version (an integer)",
                  JsonObjectReader.describe(version))));
    }
    int v = version.intValue();
    if (v > CURRENT_VERSION) {
      throw new ProjectFileException(
          ProjectFileException.Kind.NEWER_VERSION,
          file,
          "the project was saved by a newer Ferry; update Ferry to open it:",
          List.of(
              new ProjectFileProblem(
                  "$.format-version",
                  "a format version up to " + CURRENT_VERSION,
                  "format version " + v)));
    }
    if (v < ProjectMigrations.OLDEST_VERSION) {
      throw new ProjectFileException(
          ProjectFileException.Kind.INVALID,
          file,
          "the project format is not supported:",
          List.of(
              new ProjectFileProblem(
                  "$.format-version",
                  "a format version from "
                      + ProjectMigrations.OLDEST_VERSION
                      + " to "
                      + CURRENT_VERSION,
                  "format version " + v)));
    }
    return v;
  }

  private static UUID readId(JsonObjectReader r) {
    JsonNode node = r.required("id");
    if (node == null) {
      return new UUID(0, 0);
    }
    try {
      if (node.isTextual()) {
        return UUID.fromString(node.textValue());
      }
    } catch (IllegalArgumentException e) {
      // reported below
    }
    r.problem(
        "id",
        "a UUID such as 6f1c1d9e-5b7a-4c8e-9a51-2f0d7c3b9e10",
        JsonObjectReader.describe(node));
    return new UUID(0, 0);
  }

  private static Instant readInstant(JsonObjectReader r, String key) {
    String text = r.string(key, null);
    if (text == null) {
      return null;
    }
    try {
      return Instant.parse(text);
    } catch (DateTimeParseException e) {
      r.problem(key, "a UTC timestamp such as 2025-01-31T09:30:00Z", "the string \"" + text + "\"");
      return null;
    }
  }
}
