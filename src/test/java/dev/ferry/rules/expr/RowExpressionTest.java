package dev.ferry.rules.expr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RowExpressionTest {

  /** 2024-03-10 12:30:45 UTC = 20:30:45 in Shanghai. */
  static final EvalContext CTX =
      new EvalContext(
          Clock.fixed(Instant.parse("2024-03-10T12:30:45Z"), ZoneId.of("UTC")),
          ZoneId.of("Asia/Shanghai"));

  static Map<String, Object> row() {
    Map<String, Object> r = new HashMap<>();
    r.put("id", 7L);
    r.put("C", 4);
    r.put("neg", -7L);
    r.put("big", new BigInteger("18446744073709551615"));
    r.put("price", new BigDecimal("19.99"));
    r.put("ratio", 0.5d);
    r.put("name", "Alice");
    r.put("padded", "abc  ");
    r.put("code", "12abc");
    r.put("blob", "héllo".getBytes(StandardCharsets.UTF_8));
    r.put("n", null);
    r.put("flag", true);
    r.put("off", Boolean.FALSE);
    r.put("d", LocalDate.of(2024, 3, 1));
    r.put("dt", LocalDateTime.of(2024, 3, 10, 8, 0, 0));
    r.put("tm", LocalTime.of(13, 45, 10));
    r.put("ts", Instant.parse("2024-03-10T00:00:00Z"));
    return r;
  }

  static Object eval(String expr) throws ExpressionCompileException {
    return RowExpression.compile(expr).evaluate(row(), CTX).value();
  }

  static String show(Object v) {
    return v == null ? "NULL" : v instanceof BigDecimal d ? d.toPlainString() : v.toString();
  }

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        // literals and arithmetic
        "1 + 2 | 3",
        "7 / 2 | 3.5000",
        "1 / 3 | 0.3333",
        "7 DIV 2 | 3",
        "-7 DIV 2 | -3",
        "7 % 3 | 1",
        "-7 % 3 | -1",
        "7 MOD -3 | 1",
        "1 / 0 | NULL",
        "1 % 0 | NULL",
        "2 * 1.5 | 3.0",
        "0.1 + 0.2 = 0.3 | 1",
        "1e1 + 1 | 11.0",
        "-(3) | -3",
        "- - 3 | 3",
        "2 + 3 * 4 | 14",
        "(2 + 3) * 4 | 20",
        "10 - 2 - 3 | 5",
        "'3' + 4 | 7.0",
        "'abc' + 1 | 1.0",
        "0x1F | 31",
        // columns (case-insensitive names)
        "c % 2 = 0 | 1",
        "C + ID | 11",
        "`id` * 2 | 14",
        "t.id | 7",
        "big > 1 | 1",
        "price * 2 | 39.98",
        "ratio * 2 | 1.0",
        "flag | 1",
        "off = FALSE | 1",
        // three-valued logic
        "NULL = NULL | NULL",
        "NULL <=> NULL | 1",
        "n <=> 1 | 0",
        "1 <=> 1 | 1",
        "n = 1 | NULL",
        "n AND 0 | 0",
        "n AND 1 | NULL",
        "n OR 1 | 1",
        "n OR 0 | NULL",
        "n XOR 1 | NULL",
        "1 XOR 1 | 0",
        "1 XOR 0 | 1",
        "NOT n | NULL",
        "NOT 0 | 1",
        "!1 | 0",
        "1 && 0 | 0",
        "n IS NULL | 1",
        "n IS NOT NULL | 0",
        "id IS NOT NULL | 1",
        "n IS UNKNOWN | 1",
        "n IS TRUE | 0",
        "n IS NOT FALSE | 1",
        "2 IS TRUE | 1",
        "0 IS FALSE | 1",
        "'abc' IS FALSE | 1",
        "NOT id = 7 | 0",
        "NOT (id = 7) OR c = 4 | 1",
        // comparisons and coercion
        "1 = 1.0 | 1",
        "'1' = 1 | 1",
        "'1.0' = 1 | 1",
        "code = 12 | 1",
        "'abc' = 0 | 1",
        "'a' < 'b' | 1",
        "'a' = 'A' | 0",
        "padded = 'abc' | 1",
        "name != 'Alice' | 0",
        "name <> 'Bob' | 1",
        "2 >= 2 | 1",
        "3 < 2 | 0",
        "big = 18446744073709551615 | 1",
        "d = '2024-03-01' | 1",
        "d < '2024-3-2' | 1",
        "d = 20240301 | 1",
        "dt > d | 1",
        "dt = '2024-03-10 08:00:00' | 1",
        "ts = '2024-03-10 08:00:00' | 1",
        "ts = TIMESTAMP '2024-03-10 00:00:00+00:00' | 1",
        "ts = '2024-03-10T00:00:00Z' | 1",
        "d = DATE '2024-03-01' | 1",
        "tm > '12:00:00' | 1",
        "blob = 'héllo' | 1",
        // IN / BETWEEN
        "id IN (1, 7, 9) | 1",
        "id IN (1, 2) | 0",
        "id IN (1, NULL) | NULL",
        "id IN (7, NULL) | 1",
        "id NOT IN (1, 2) | 1",
        "id NOT IN (1, NULL) | NULL",
        "n IN (1) | NULL",
        "name IN ('alice', 'Alice') | 1",
        "id BETWEEN 1 AND 7 | 1",
        "id BETWEEN 8 AND 9 | 0",
        "id NOT BETWEEN 8 AND 9 | 1",
        "id BETWEEN n AND 9 | NULL",
        "id BETWEEN n AND 5 | 0",
        "d BETWEEN '2024-01-01' AND '2024-12-31' | 1",
        // LIKE / REGEXP
        "name LIKE 'A%' | 1",
        "name LIKE 'a%' | 0",
        "name LIKE 'Al_ce' | 1",
        "name LIKE 'Al_' | 0",
        "name NOT LIKE '%z%' | 1",
        "'50%' LIKE '50\\%' | 1",
        "'500' LIKE '50\\%' | 0",
        "'a_b' LIKE 'a!_b' ESCAPE '!' | 1",
        "'axb' LIKE 'a!_b' ESCAPE '!' | 0",
        "n LIKE 'a' | NULL",
        "id LIKE '7' | 1",
        "name REGEXP '^Al' | 1",
        "name RLIKE 'ice$' | 1",
        "name NOT REGEXP '[0-9]' | 1",
        // functions
        "LENGTH(blob) | 6",
        "CHAR_LENGTH(blob) | 5",
        "LOWER(name) | alice",
        "UPPER(name) | ALICE",
        "SUBSTRING(name, 2) | lice",
        "SUBSTRING(name, 2, 3) | lic",
        "SUBSTR(name, -3) | ice",
        "SUBSTRING(name FROM 2 FOR 2) | li",
        "SUBSTRING(name, 0) | \"\"",
        "LEFT(name, 2) | Al",
        "RIGHT(name, 2) | ce",
        "CONCAT(name, '-', id) | Alice-7",
        "CONCAT(name, n) | NULL",
        "CONCAT_WS(',', name, n, id) | Alice,7",
        "TRIM('  x  ') | x",
        "TRIM(LEADING 'x' FROM 'xxaxx') | axx",
        "TRIM(TRAILING 'x' FROM 'xxaxx') | xxa",
        "TRIM(BOTH 'x' FROM 'xxaxx') | a",
        "TRIM('x' FROM 'xxaxx') | a",
        "LTRIM('  a ') | \"a \"",
        "RTRIM('  a ') | \"  a\"",
        "REPLACE(name, 'l', 'L') | ALice",
        "COALESCE(n, n, 3) | 3",
        "COALESCE(n) | NULL",
        "IFNULL(n, 'x') | x",
        "IFNULL(id, 'x') | 7",
        "NULLIF(id, 7) | NULL",
        "NULLIF(id, 8) | 7",
        "IF(id > 5, 'big', 'small') | big",
        "IF(n, 1, 2) | 2",
        "ISNULL(n) | 1",
        "ABS(neg) | 7",
        "ABS(-2.5) | 2.5",
        "ROUND(2.5) | 3",
        "ROUND(-2.5) | -3",
        "ROUND(1.2345, 2) | 1.23",
        "ROUND(1234, -2) | 1200",
        "ROUND(2.5e0) | 2.0",
        "FLOOR(2.7) | 2",
        "FLOOR(-2.5) | -3",
        "CEIL(2.1) | 3",
        "CEILING(-2.1) | -2",
        "FLOOR(ratio) | 0.0",
        "MOD(10, 4) | 2",
        "SIGN(neg) | -1",
        "CASE WHEN id > 5 THEN 'a' ELSE 'b' END | a",
        "CASE id WHEN 1 THEN 'one' WHEN 7 THEN 'seven' END | seven",
        "CASE id WHEN 1 THEN 'one' END | NULL",
        "CAST('12' AS SIGNED) + 1 | 13",
        "CAST(price AS DECIMAL(10, 1)) | 20.0",
        "CAST(id AS CHAR) | 7",
        "CONVERT('2024-01-02', DATE) | 2024-01-02",
        // dates and the injected clock / zone
        "NOW() | 2024-03-10T20:30:45",
        "CURRENT_TIMESTAMP | 2024-03-10T20:30:45",
        "CURDATE() | 2024-03-10",
        "CURRENT_DATE() | 2024-03-10",
        "UTC_TIMESTAMP() | 2024-03-10T12:30:45",
        "DATE(dt) | 2024-03-10",
        "DATE('2024-05-06 07:08:09') | 2024-05-06",
        "YEAR(d) | 2024",
        "MONTH(d) | 3",
        "DAY(dt) | 10",
        "DAYOFMONTH('2024-02-29') | 29",
        "HOUR(tm) | 13",
        "MINUTE(dt) | 0",
        "SECOND(tm) | 10",
        "DATEDIFF(dt, d) | 9",
        "DATEDIFF('2024-01-01', '2024-01-31') | -30",
        "TIMESTAMPDIFF(HOUR, d, dt) | 224",
        "TIMESTAMPDIFF(DAY, '2024-01-31', '2024-03-01') | 30",
        "TIMESTAMPDIFF(MONTH, '2024-01-31', '2024-03-01') | 1",
        "dt < NOW() | 1",
        "ts > NOW() | 0",
        "UNIX_TIMESTAMP('1970-01-01 08:00:01') | 1",
        "DATE(n) | NULL",
        "DATE('not a date') | NULL",
      })
  void evaluatesLikeMysql(String expr, String expected) throws ExpressionCompileException {
    assertThat(show(eval(expr))).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} matches={1}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "id = 7 | true",
        "id = 8 | false",
        "n = 1 | false",
        "TRUE | true",
        "1 | true",
        "2 | false",
        "1.0 | false",
        "'1' | false",
        "c / 4 | false",
        "flag | true",
      })
  void onlyTheIntegerOneFiltersAsDmChecksIt(String expr, boolean matches)
      throws ExpressionCompileException {
    assertThat(RowExpression.compile(expr).matches(row(), CTX)).isEqualTo(matches);
  }

  @Test
  void anUnknownColumnMakesTheExpressionFalseWithAWarning() throws ExpressionCompileException {
    RowExpression e = RowExpression.compile("missing = 1 OR id = 7");
    RowExpression.Result r = e.evaluate(row(), CTX);
    assertThat(r.matches()).isFalse();
    assertThat(r.warning()).contains("missing").contains("FALSE");
    assertThat(e.columns()).containsExactly("missing", "id");
  }

  @Test
  void nowComesFromTheInjectedClockInTheTaskZone() throws ExpressionCompileException {
    RowExpression e = RowExpression.compile("ts < NOW()");
    Map<String, Object> r = Map.of("ts", Instant.parse("2024-03-10T12:30:44Z"));
    assertThat(e.matches(r, CTX)).isTrue();
    assertThat(e.matches(Map.of("ts", Instant.parse("2024-03-10T12:30:46Z")), CTX)).isFalse();
    EvalContext utc = new EvalContext(CTX.clock(), ZoneId.of("UTC"));
    assertThat(RowExpression.compile("HOUR(NOW())").evaluate(Map.of(), utc).value()).isEqualTo(12L);
  }

  @ParameterizedTest(name = "{0} -> position {1}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "id = | 5 | end of the expression",
        "id = 1 AND | 11 | end of the expression",
        "(id = 1 | 8 | expected ')'",
        "id = 1)| 7 | after a complete expression",
        "FOO(id) | 1 | unknown or unsupported function FOO",
        "COUNT(id) > 1 | 1 | aggregate",
        "id IN (SELECT 1) | 8 | subqueries",
        "id & 1 | 4 | bit operators",
        "@v = 1 | 1 | variables",
        "id = 'abc | 6 | unterminated string",
        "id BETWEEN 1 | 13 | expected 'AND'",
        "id IS 5 | 7 | expected NULL, TRUE, FALSE or UNKNOWN",
        "LENGTH(a, b) | 1 | LENGTH takes 1 argument, not 2",
        "TIMESTAMPDIFF(CENTURY, a, b) | 15 | expected a unit",
        "CAST(a AS BLOB) | 11 | unsupported CAST type",
        "a = INTERVAL 1 DAY | 5 | INTERVAL",
      })
  void unsupportedSyntaxIsACompileErrorWithAPosition(String expr, int position, String reason) {
    assertThatThrownBy(() -> RowExpression.compile(expr))
        .isInstanceOfSatisfying(
            ExpressionCompileException.class,
            e -> {
              assertThat(e.position()).isEqualTo(position);
              assertThat(e.reason()).contains(reason);
            });
  }

  @Test
  void doublePipeIsOrAsInMysqlsDefaultSqlMode() throws ExpressionCompileException {
    assertThat(eval("0 || 1")).isEqualTo(1L);
    assertThat(eval("n || 0")).isNull();
  }

  @Test
  void emptyExpressionsAreCompileErrors() {
    assertThatThrownBy(() -> RowExpression.compile("  "))
        .isInstanceOf(ExpressionCompileException.class);
    assertThatThrownBy(() -> RowExpression.compile(null))
        .isInstanceOf(ExpressionCompileException.class);
  }

  @Test
  void bigintOverflowIsAnEvaluationError() {
    assertThatThrownBy(() -> eval("9223372036854775807 + 1"))
        .isInstanceOf(ExpressionEvaluationException.class)
        .hasMessageContaining("out of range");
  }

  @Test
  void pythagoreanTriplesFromTheDocs() throws ExpressionCompileException {
    RowExpression e = RowExpression.compile("a*a+b*b=c*c");
    assertThat(e.matches(Map.of("a", 3, "b", 4, "c", 5), CTX)).isTrue();
    assertThat(e.matches(Map.of("a", 3, "b", 4, "c", 6), CTX)).isFalse();
  }
}
