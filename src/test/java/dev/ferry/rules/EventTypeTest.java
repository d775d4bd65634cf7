package dev.ferry.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class EventTypeTest {

  @ParameterizedTest
  @EnumSource(EventType.class)
  void everyTypeParsesFromItsDmNameInAnyCase(EventType t) {
    assertThat(EventType.fromDmName(t.dmName())).contains(t);
    assertThat(EventType.fromDmName(t.dmName().toUpperCase())).contains(t);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "create schema, CREATE_DATABASE",
    "Drop Schema, DROP_DATABASE",
    "ALTER SCHEMA, ALTER_DATABASE",
    "All DML, ALL_DML",
    "incompatible DDL changes, INCOMPATIBLE_DDL_CHANGES",
  })
  void aliasesAndCaseVariantsParse(String name, EventType expected) {
    assertThat(EventType.fromDmName(name)).contains(expected);
  }

  @Test
  void unknownNamesDoNotParse() {
    assertThat(EventType.fromDmName("truncate")).isEmpty();
    assertThat(EventType.fromDmName("insert ")).isEmpty();
    assertThat(EventType.fromDmName(null)).isEmpty();
  }

  @Test
  void dmsClassesHaveTheDocumentedMembers() {
    assertThat(Arrays.stream(EventType.values()).filter(EventType::isDml))
        .containsExactly(EventType.INSERT, EventType.UPDATE, EventType.DELETE);
    assertThat(EventType.DROP_VIEW.isIncompatibleDdl()).isFalse();
    assertThat(EventType.ADD_TABLE_PARTITION.isIncompatibleDdl()).isFalse();
    assertThat(EventType.TRUNCATE_TABLE.isIncompatibleDdl()).isTrue();
    assertThat(EventType.ADD_COLUMN.isIncompatibleDdl()).isTrue();
    assertThat(Arrays.stream(EventType.values()).filter(EventType::isIncompatibleDdl)).hasSize(43);
    assertThat(Arrays.stream(EventType.values()).filter(t -> t.kind() == EventType.Kind.DDL))
        .hasSize(8);
  }
}
