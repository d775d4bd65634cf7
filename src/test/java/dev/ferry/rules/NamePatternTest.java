package dev.ferry.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NamePatternTest {

  @ParameterizedTest(name = "{0} ~ {1} -> {2}")
  @CsvSource({
    "t_*, t_, true",
    "t_*, t_01, true",
    "t_*, t, false",
    "doc*, document, true",
    "doc*, dodo, false",
    "*, anything, true",
    "*, '', true",
    "t_?, t_1, true",
    "t_?, t_, false",
    "t_?, t_12, false",
    "table_[0-63], table_0, true",
    "table_[0-63], table_6, true",
    "table_[0-63], table_7, false",
    "table_[0-63], table_63, false",
    "t[abc], tb, true",
    "t[abc], td, false",
    "t[!abc], td, true",
    "t[!abc], ta, false",
    "t[!], t!, true",
    "t[!], tx, false",
    "t[a-], t-, true",
    "t[a-], ta, true",
    "t[a-], tb, false",
    "t[a-c0-9]x, t5x, true",
    "t[a-c0-9]x, tdx, false",
    "a[b, a[b, true",
    "a[b, ab, false",
    "[]x, x, false",
    "exact, exact, true",
    "exact, exactly, false",
  })
  void wildcardsMatchLikeDm(String pattern, String name, boolean expected) {
    assertThat(WildcardPattern.of(pattern, true).matches(name)).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"*_t", "a*b*", "a**", "*a", ""})
  void starMustBeTheLastCharacter(String pattern) {
    assertThatThrownBy(() -> WildcardPattern.of(pattern, true))
        .isInstanceOf(InvalidPatternException.class);
  }

  @ParameterizedTest(name = "{0} ~ {1} (case-sensitive={2}) -> {3}")
  @CsvSource({
    "Test_*, test_1, false, true",
    "test_*, TEST_1, false, true",
    "Test_*, test_1, true, false",
    "Test_*, Test_1, true, true",
    "~^Shop, shop_1, false, true",
    "~^Shop, shop_1, true, false",
  })
  void caseInsensitiveTasksLowerCaseNamesAndPatterns(
      String pattern, String name, boolean caseSensitive, boolean expected) {
    assertThat(NamePattern.parse(pattern, caseSensitive).matches(name)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} ~ {1} -> {2}")
  @CsvSource({
    "~test, mytest_1, true",
    "~^test$, mytest, false",
    "~^test$, test, true",
    "~_2018$, messages_2018, true",
    "~_2018$, messages_2019, false",
    "'~^(a|b)_\\d+$', a_12, true",
    "'~^[[:alpha:]]+$', abc, true",
    "'~^[[:alpha:]]+$', ab1, false",
    "'~^(?P<x>a)b', ab, true",
    "'~a{2}', baab, true",
    "'~x{', x{, true",
  })
  void regexesAreUnanchoredRe2(String pattern, String name, boolean expected) {
    assertThat(NamePattern.parse(pattern, true).matches(name)).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"~^(?!tmp)", "~(?<=a)b", "~(a)\\1", "~a++", "~(?>a)", "~a{1001}", "~[a", "~(a"})
  void regexesRe2RejectsAreInvalid(String pattern) {
    assertThatThrownBy(() -> NamePattern.parse(pattern, true))
        .isInstanceOf(InvalidPatternException.class);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"'~^\\D+$', abc, false", "'~^\\D+$', 123, true"})
  void caseInsensitiveTasksLowerCaseTheRegexTextLikeDm(String pattern, String name, boolean m) {
    // DM lower-cases the whole pattern, so \D (non-digit) becomes \d (digit).
    assertThat(NamePattern.parse(pattern, false).matches(name)).isEqualTo(m);
    assertThat(NamePattern.parse(pattern, true).matches(name)).isEqualTo(!m);
  }

  @ParameterizedTest(name = "{0} vs {1}")
  @CsvSource({
    "t_*, t_*, true",
    "t_[ab], t_[ba], true",
    "t_[a-c], t_[abc], false",
    "t_?, t_*, false",
    "T_*, t_*, true",
  })
  void duplicatePatternsAreDetectedAsDmsTrieSeesThem(String a, String b, boolean same) {
    assertThat(WildcardPattern.of(a, false).sameAs(WildcardPattern.of(b, false))).isEqualTo(same);
  }

  @ParameterizedTest
  @ValueSource(strings = {"é", "日本"})
  void questionMarkMatchesOneByteNotOneMultibyteCharacter(String name) {
    assertThat(WildcardPattern.of("?", true).matches(name)).isFalse();
    assertThat(WildcardPattern.of("?*", true).matches(name)).isTrue();
  }
}
