package dev.ferry.rules;

import static dev.ferry.config.rules.FilterAction.DO;
import static dev.ferry.config.rules.FilterAction.ERROR;
import static dev.ferry.config.rules.FilterAction.IGNORE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ferry.config.rules.BinlogFilterRule;
import dev.ferry.config.rules.FilterAction;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BinlogEventFilterTest {

  private static BinlogFilterRule rule(
      String schema, String table, String events, String sql, FilterAction action) {
    return new BinlogFilterRule(schema, table, split(events), split(sql), action);
  }

  private static List<String> split(String s) {
    return s == null || s.isEmpty() ? List.of() : Arrays.asList(s.split(";"));
  }

  private static FilterAction decide(
      BinlogFilterRule r, String schema, String table, EventType e, String sql) {
    return BinlogEventFilter.of(Map.of("r", r), false).decide(schema, table, e, sql).action();
  }

  /** Docs example rule-1: test_*.t_* ignores TRUNCATE/DROP TABLE and two procedure statements. */
  @ParameterizedTest(name = "{0}.{1} {2} ''{3}'' -> {4}")
  @CsvSource({
    "test_1, t_1, TRUNCATE_TABLE, 'TRUNCATE TABLE t_1', IGNORE",
    "test_1, t_1, DROP_TABLE, 'DROP TABLE t_1', IGNORE",
    "test_1, t_1, INSERT, , DO",
    "test_1, t_1, UNMAPPED, 'DROP PROCEDURE p', IGNORE",
    "test_1, t_1, UNMAPPED, 'drop   procedure p', IGNORE",
    "test_1, t_1, ALTER_TABLE, 'ALTER TABLE t_1 ADD c INT', DO",
    "test_1, x_1, TRUNCATE_TABLE, 'TRUNCATE TABLE x_1', DO",
    "prod, t_1, TRUNCATE_TABLE, 'TRUNCATE TABLE t_1', DO",
  })
  void docsExampleRule(String schema, String table, EventType e, String sql, FilterAction want) {
    var r =
        rule(
            "test_*",
            "t_*",
            "truncate table;drop table",
            "^DROP\\s+PROCEDURE;^CREATE\\s+PROCEDURE",
            IGNORE);
    assertThat(decide(r, schema, table, e, sql)).isEqualTo(want);
  }

  @ParameterizedTest(name = "events [{0}] {1} on {2} -> {3}")
  @CsvSource({
    // Ignore rules
    "'insert', IGNORE, INSERT, IGNORE",
    "'insert', IGNORE, DELETE, DO",
    "'all', IGNORE, DROP_TABLE, IGNORE",
    "'all dml', IGNORE, UPDATE, IGNORE",
    "'all dml', IGNORE, CREATE_TABLE, DO",
    "'all ddl', IGNORE, CREATE_TABLE, IGNORE",
    "'all ddl', IGNORE, DROP_COLUMN, IGNORE",
    "'all ddl', IGNORE, INSERT, DO",
    "'incompatible ddl changes', IGNORE, DROP_COLUMN, IGNORE",
    "'incompatible ddl changes', IGNORE, CREATE_TABLE, DO",
    "'none', IGNORE, INSERT, DO",
    "'none;insert', IGNORE, INSERT, DO",
    "'insert;none', IGNORE, INSERT, IGNORE",
    "'none dml;insert', IGNORE, INSERT, DO",
    "'none dml;create table', IGNORE, CREATE_TABLE, IGNORE",
    "'none ddl;all', IGNORE, DROP_TABLE, DO",
    "'drop schema', IGNORE, DROP_DATABASE, IGNORE",
    // Do rules: events not listed are filtered out
    "'insert', DO, INSERT, DO",
    "'insert', DO, UPDATE, IGNORE",
    "'all dml', DO, TRUNCATE_TABLE, IGNORE",
    "'', DO, INSERT, IGNORE",
    // Error rules
    "'truncate table;truncate table partition', ERROR, TRUNCATE_TABLE, ERROR",
    "'truncate table', ERROR, DROP_TABLE, DO",
  })
  void typeCheckFollowsDmsMatchEvent(
      String events, FilterAction action, EventType e, FilterAction want) {
    assertThat(decide(rule("db", null, events, null, action), "db", "t", e, null)).isEqualTo(want);
  }

  @ParameterizedTest(name = "{0} {1} ''{2}'' -> {3}")
  @CsvSource({
    "IGNORE, UNMAPPED, 'FOO BAR', IGNORE",
    "IGNORE, UNMAPPED, 'SELECT 1', DO",
    "ERROR, UNMAPPED, 'foo bar', ERROR",
    "DO, UNMAPPED, 'foo bar', DO",
    "DO, UNMAPPED, 'other', IGNORE",
    "DO, CREATE_TABLE, 'CREATE TABLE foo', DO",
    "DO, CREATE_TABLE, 'CREATE TABLE other', IGNORE",
  })
  void sqlPatternIsCaseInsensitiveAndDecidesUnmappedStatements(
      FilterAction action, EventType e, String sql, FilterAction want) {
    var r = rule("db", null, action == DO ? "create table" : "", "^foo;foo$", action);
    assertThat(decide(r, "db", "", e, sql)).isEqualTo(want);
  }

  @Test
  void ignoreWinsOverErrorAndErrorOverDoWhenSeveralRulesMatch() {
    Map<String, BinlogFilterRule> rules = new LinkedHashMap<>();
    rules.put("block", rule("shop", "*", "truncate table", null, ERROR));
    rules.put("skip", rule("shop", null, "truncate table", null, IGNORE));
    rules.put("keep", rule("shop", "orders", "all", null, DO));
    var f = BinlogEventFilter.of(rules, false);
    FilterDecision d =
        f.decide("shop", "orders", EventType.TRUNCATE_TABLE, "TRUNCATE TABLE orders");
    assertThat(d).isEqualTo(new FilterDecision(IGNORE, "skip"));

    rules.remove("skip");
    f = BinlogEventFilter.of(rules, false);
    assertThat(f.decide("shop", "orders", EventType.TRUNCATE_TABLE, "TRUNCATE TABLE orders"))
        .isEqualTo(new FilterDecision(ERROR, "block"));
    assertThat(f.decide("shop", "orders", EventType.INSERT, null).action()).isEqualTo(DO);
  }

  @Test
  void noMatchingRuleMeansDo() {
    var f = BinlogEventFilter.of(Map.of("r", rule("a", null, "all", null, IGNORE)), false);
    assertThat(f.decide("b", "t", EventType.INSERT, null)).isEqualTo(FilterDecision.DO);
  }

  @Test
  void schemaLevelRulesMatchEveryTableAndTableRulesNeedTheirTable() {
    var f = BinlogEventFilter.of(Map.of("r", rule("Shop_*", "T_?", "insert", null, IGNORE)), false);
    assertThat(f.decide("shop_1", "t_1", EventType.INSERT, null).action()).isEqualTo(IGNORE);
    assertThat(f.decide("shop_1", "t_12", EventType.INSERT, null).action()).isEqualTo(DO);
    assertThat(f.decide("shop_1", "", EventType.CREATE_DATABASE, "CREATE DATABASE shop_1").action())
        .isEqualTo(DO);
  }

  @Test
  void theGlobalPreParseCheckMatchesStarPatternsWithEmptyNames() {
    var f =
        BinlogEventFilter.of(
            Map.of("r", rule("*", null, "", "^CREATE\\s+SEQUENCE", IGNORE)), false);
    assertThat(f.decide("", "", EventType.UNMAPPED, "create sequence s").action())
        .isEqualTo(IGNORE);
  }

  @Test
  void invalidRulesAreRejected() {
    assertThatThrownBy(
            () ->
                BinlogEventFilter.of(
                    Map.of("r", rule("db", null, "truncate", null, IGNORE)), false))
        .isInstanceOf(InvalidPatternException.class)
        .hasMessageContaining("truncate");
    assertThatThrownBy(
            () -> BinlogEventFilter.of(Map.of("r", rule("db", null, "insert", null, null)), false))
        .isInstanceOf(InvalidPatternException.class);
    assertThatThrownBy(
            () -> BinlogEventFilter.of(Map.of("r", rule("d*b", null, "insert", null, DO)), false))
        .isInstanceOf(InvalidPatternException.class);
  }

  @Test
  void groupTypesAreNotEvents() {
    var f = BinlogEventFilter.of(Map.of(), false);
    assertThatThrownBy(() -> f.decide("a", "b", EventType.ALL_DML, null))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
