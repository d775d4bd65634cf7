package dev.ferry.rules.expr;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Splits MySQL expression text into tokens. */
final class Lexer {

  // Longest first, so "<=>" wins over "<=" and "<".
  private static final String[] SYMBOLS = {
    "<=>", "<<", ">>", "<=", ">=", "<>", "!=", "&&", "||", ":=", "=", "<", ">", "+", "-", "*", "/",
    "%", "(", ")", ",", "!", ".", "&", "|", "^", "~", "@", "?", ";"
  };

  private final String s;
  private int i;

  private Lexer(String s) {
    this.s = s;
  }

  static List<Token> tokenize(String text) throws ExpressionCompileException {
    Lexer lx = new Lexer(text);
    List<Token> out = new ArrayList<>();
    Token t;
    do {
      t = lx.next();
      out.add(t);
    } while (t.kind() != Token.Kind.END);
    return out;
  }

  private Token next() throws ExpressionCompileException {
    skipSpaceAndComments();
    if (i >= s.length()) {
      return new Token(Token.Kind.END, "", "", null, i + 1);
    }
    int start = i;
    char c = s.charAt(i);
    if (Character.isDigit(c)
        || (c == '.' && i + 1 < s.length() && Character.isDigit(s.charAt(i + 1)))) {
      return number(start);
    }
    if (c == '\'' || c == '"') {
      return string(start, c);
    }
    if (c == '`') {
      int end = i + 1;
      StringBuilder sb = new StringBuilder();
      while (true) {
        if (end >= s.length()) {
          throw new ExpressionCompileException(start + 1, "unterminated quoted name");
        }
        char d = s.charAt(end);
        if (d == '`') {
          if (end + 1 < s.length() && s.charAt(end + 1) == '`') {
            sb.append('`');
            end += 2;
            continue;
          }
          break;
        }
        sb.append(d);
        end++;
      }
      i = end + 1;
      return new Token(Token.Kind.QUOTED_NAME, sb.toString(), sb.toString(), null, start + 1);
    }
    if (Character.isLetter(c) || c == '_' || c == '$') {
      while (i < s.length() && isWordChar(s.charAt(i))) {
        i++;
      }
      String w = s.substring(start, i);
      return new Token(Token.Kind.WORD, w, w.toUpperCase(Locale.ROOT), null, start + 1);
    }
    for (String sym : SYMBOLS) {
      if (s.startsWith(sym, i)) {
        i += sym.length();
        return new Token(Token.Kind.SYMBOL, sym, sym, null, start + 1);
      }
    }
    throw new ExpressionCompileException(start + 1, "unexpected character '" + c + "'");
  }

  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || c == '_' || c == '$';
  }

  private void skipSpaceAndComments() throws ExpressionCompileException {
    while (i < s.length()) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (s.startsWith("/*", i)) {
        int end = s.indexOf("*/", i + 2);
        if (end < 0) {
          throw new ExpressionCompileException(i + 1, "unterminated comment");
        }
        i = end + 2;
      } else if (c == '#' || s.startsWith("-- ", i)) {
        int end = s.indexOf('\n', i);
        i = end < 0 ? s.length() : end + 1;
      } else {
        return;
      }
    }
  }

  private Token number(int start) throws ExpressionCompileException {
    if (s.startsWith("0x", i) || s.startsWith("0X", i)) {
      i += 2;
      int digits = i;
      while (i < s.length() && Character.digit(s.charAt(i), 16) >= 0) {
        i++;
      }
      if (i == digits) {
        throw new ExpressionCompileException(start + 1, "invalid hexadecimal number");
      }
      return numberToken(start, Values.normalize(new BigInteger(s.substring(digits, i), 16)));
    }
    while (i < s.length() && Character.isDigit(s.charAt(i))) {
      i++;
    }
    boolean decimal = false;
    boolean exponent = false;
    if (i < s.length() && s.charAt(i) == '.') {
      decimal = true;
      i++;
      while (i < s.length() && Character.isDigit(s.charAt(i))) {
        i++;
      }
    }
    if (i < s.length() && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
      int save = i;
      i++;
      if (i < s.length() && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
        i++;
      }
      if (i < s.length() && Character.isDigit(s.charAt(i))) {
        exponent = true;
        while (i < s.length() && Character.isDigit(s.charAt(i))) {
          i++;
        }
      } else {
        i = save;
      }
    }
    if (i < s.length() && isWordChar(s.charAt(i))) {
      throw new ExpressionCompileException(
          start + 1, "invalid number '" + s.substring(start, i + 1) + "'");
    }
    String text = s.substring(start, i);
    Object value;
    if (exponent) {
      value = Double.parseDouble(text);
    } else if (decimal) {
      value = new BigDecimal(text);
    } else {
      value = Values.normalize(new BigInteger(text));
    }
    return numberToken(start, value);
  }

  private Token numberToken(int start, Object value) {
    String text = s.substring(start, i);
    return new Token(Token.Kind.NUMBER, text, text, value, start + 1);
  }

  // MySQL string literal: backslash escapes and a doubled quote stand for the character.
  private Token string(int start, char quote) throws ExpressionCompileException {
    StringBuilder sb = new StringBuilder();
    i++;
    while (true) {
      if (i >= s.length()) {
        throw new ExpressionCompileException(start + 1, "unterminated string literal");
      }
      char c = s.charAt(i);
      if (c == '\\' && i + 1 < s.length()) {
        char n = s.charAt(i + 1);
        switch (n) {
          case '0' -> sb.append('\0');
          case 'b' -> sb.append('\b');
          case 'n' -> sb.append('\n');
          case 'r' -> sb.append('\r');
          case 't' -> sb.append('\t');
          case 'Z' -> sb.append('\u001a');
          // \% and \_ keep their backslash so LIKE still sees them escaped.
          case '%', '_' -> sb.append('\\').append(n);
          default -> sb.append(n);
        }
        i += 2;
      } else if (c == quote) {
        if (i + 1 < s.length() && s.charAt(i + 1) == quote) {
          sb.append(quote);
          i += 2;
        } else {
          i++;
          break;
        }
      } else {
        sb.append(c);
        i++;
      }
    }
    String text = s.substring(start, i);
    return new Token(Token.Kind.STRING, text, text, sb.toString(), start + 1);
  }
}
