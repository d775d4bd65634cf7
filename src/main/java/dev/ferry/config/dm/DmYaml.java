package dev.ferry.config.dm;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/**
 * The YAML reader and writer for DM files. Duplicate keys are errors, as in DM's strict parser.
 * Written strings are always double-quoted, so patterns such as {@code *} or {@code ~^db} stay
 * strings for DM's parser.
 */
final class DmYaml {

  private static final YAMLMapper MAPPER =
      YAMLMapper.builder(
              YAMLFactory.builder()
                  .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                  .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                  .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
                  .build())
          .build();

  private DmYaml() {}

  /** The root mapping of {@code content}, or null with an error when it is not valid YAML. */
  static DmNode parse(String file, String content, DmProblems problems) {
    JsonNode tree;
    try {
      tree = MAPPER.readTree(content);
    } catch (JsonProcessingException e) {
      problems.error(
          file,
          "Not valid YAML: "
              + e.getOriginalMessage()
              + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")"),
          "Fix the YAML syntax.");
      return null;
    }
    return DmNode.root(tree, file, problems);
  }

  static String write(Object tree) {
    try {
      return MAPPER.writeValueAsString(tree);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write YAML", e);
    }
  }
}
