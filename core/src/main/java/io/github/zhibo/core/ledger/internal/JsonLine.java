package io.github.zhibo.core.ledger.internal;

import io.github.zhibo.core.ledger.LedgerRecord;
import io.github.zhibo.core.ledger.RecordType;
import io.github.zhibo.core.ledger.SubjectRef;
import io.github.zhibo.core.regulation.ArticleRef;
import io.github.zhibo.core.regulation.ProfileId;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Writes and reads one ledger record as one line of JSON, for the JSON-lines file store.
 *
 * <p>Why not Jackson: core has no JSON library at compile scope (Jackson is optional), and the schema is
 * fixed and flat — ten fields in a fixed order, one of them a string-to-string map — so a strict codec is
 * a few dozen lines. Strictness is the point: {@link #read} accepts exactly what {@link #write} produces
 * (it re-encodes the parsed record and compares), so any change to a line's bytes either changes a
 * hashed field or makes the line malformed; nothing is silently normalised away.
 *
 * <p>Line: {@code {"seq":1,"at":"…","profile":"…","article":"…","subject":"…","type":"…",
 * "retainUntil":"…","payload":{"k":"v",…},"prev":"…","hash":"…"}} without whitespace. Strings escape
 * {@code "} and {@code \} and control characters (<code>&#92;b &#92;f &#92;n &#92;r &#92;t</code>, else <code>&#92;u00xx</code> with
 * lower-case hex); everything else, including non-ASCII, is written as UTF-8.
 */
public final class JsonLine {

  private JsonLine() {}

  /** The line for {@code r}, without the terminating newline. */
  public static String write(LedgerRecord r) {
    var sb = new StringBuilder(512);
    sb.append("{\"seq\":").append(r.sequence());
    member(sb, "at", r.recordedAt().toString());
    member(sb, "profile", r.profile().value());
    member(sb, "article", r.article().toString());
    member(sb, "subject", r.subject().value());
    member(sb, "type", r.type().value());
    member(sb, "retainUntil", r.retainUntil().toString());
    sb.append(",\"payload\":{");
    boolean first = true;
    for (Map.Entry<String, String> e : r.payload().entrySet()) {
      if (!first) {
        sb.append(',');
      }
      first = false;
      string(sb, e.getKey());
      sb.append(':');
      string(sb, e.getValue());
    }
    sb.append('}');
    member(sb, "prev", r.previousHash());
    member(sb, "hash", r.hash());
    return sb.append('}').toString();
  }

  /**
   * Parses a line {@link #write} produced.
   *
   * @throws IllegalArgumentException naming the problem (never quoting content) if it is not such a line
   */
  public static LedgerRecord read(String line) {
    var p = new Parser(line);
    p.expect('{');
    p.key("seq");
    long seq = p.number();
    Instant at = field("at", p.stringMember("at"), Instant::parse);
    ProfileId profile = field("profile", p.stringMember("profile"), ProfileId::new);
    ArticleRef article = field("article", p.stringMember("article"), ArticleRef::parse);
    SubjectRef subject = field("subject", p.stringMember("subject"), SubjectRef::new);
    RecordType type = field("type", p.stringMember("type"), RecordType::new);
    LocalDate retainUntil = field("retainUntil", p.stringMember("retainUntil"), LocalDate::parse);
    p.expect(',');
    p.key("payload");
    Map<String, String> payload = p.stringMap();
    String prev = p.stringMember("prev");
    String hash = p.stringMember("hash");
    p.expect('}');
    p.end();
    LedgerRecord record;
    try {
      record = new LedgerRecord(seq, at, profile, article, subject, type, payload, retainUntil, prev, hash);
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new IllegalArgumentException("field values do not form a valid record");
    }
    if (!write(record).equals(line)) {
      throw new IllegalArgumentException("line is not in canonical form");
    }
    return record;
  }

  /** Converts one field; the message names the field, never its content (it may be anything). */
  private static <T> T field(String name, String value, Function<String, T> parse) {
    try {
      return parse.apply(value);
    } catch (IllegalArgumentException | DateTimeParseException e) {
      throw new IllegalArgumentException("field '" + name + "' is invalid");
    }
  }

  private static void member(StringBuilder sb, String key, String value) {
    sb.append(',');
    string(sb, key);
    sb.append(':');
    string(sb, value);
  }

  private static void string(StringBuilder sb, String s) {
    sb.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\b' -> sb.append("\\b");
        case '\f' -> sb.append("\\f");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        default -> {
          if (c < 0x20) {
            sb.append("\\u00").append(Character.forDigit(c >> 4, 16)).append(Character.forDigit(c & 0xf, 16));
          } else {
            sb.append(c);
          }
        }
      }
    }
    sb.append('"');
  }

  /** A cursor over one line; every method throws IllegalArgumentException on unexpected input. */
  private static final class Parser {
    private final String s;
    private int i;

    Parser(String s) {
      this.s = s;
    }

    void expect(char c) {
      if (i >= s.length() || s.charAt(i) != c) {
        throw new IllegalArgumentException("expected '" + c + "' at column " + (i + 1));
      }
      i++;
    }

    void end() {
      if (i != s.length()) {
        throw new IllegalArgumentException("unexpected text after the record at column " + (i + 1));
      }
    }

    void key(String name) {
      if (!string().equals(name)) {
        throw new IllegalArgumentException("expected field '" + name + "' before column " + (i + 1));
      }
      expect(':');
    }

    String stringMember(String name) {
      expect(',');
      key(name);
      return string();
    }

    long number() {
      int start = i;
      while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
        i++;
      }
      if (i == start || i - start > 18) {
        throw new IllegalArgumentException("expected a sequence number at column " + (start + 1));
      }
      return Long.parseLong(s, start, i, 10);
    }

    Map<String, String> stringMap() {
      var map = new LinkedHashMap<String, String>();
      expect('{');
      if (i < s.length() && s.charAt(i) == '}') {
        i++;
        return map;
      }
      do {
        String k = string();
        expect(':');
        if (map.put(k, string()) != null) {
          throw new IllegalArgumentException("duplicate payload key before column " + (i + 1));
        }
      } while (i < s.length() && s.charAt(i) == ',' && ++i > 0);
      expect('}');
      return map;
    }

    String string() {
      expect('"');
      var sb = new StringBuilder();
      while (true) {
        if (i >= s.length()) {
          throw new IllegalArgumentException("unterminated string");
        }
        char c = s.charAt(i++);
        if (c == '"') {
          return sb.toString();
        }
        if (c == '\\') {
          sb.append(escape());
        } else if (c < 0x20) {
          throw new IllegalArgumentException("raw control character at column " + i);
        } else {
          sb.append(c);
        }
      }
    }

    private char escape() {
      if (i >= s.length()) {
        throw new IllegalArgumentException("unterminated escape");
      }
      char e = s.charAt(i++);
      switch (e) {
        case '"': return '"';
        case '\\': return '\\';
        case '/': return '/';
        case 'b': return '\b';
        case 'f': return '\f';
        case 'n': return '\n';
        case 'r': return '\r';
        case 't': return '\t';
        case 'u':
          if (i + 4 > s.length()) {
            throw new IllegalArgumentException("short \\u escape at column " + i);
          }
          int v = 0;
          for (int k = 0; k < 4; k++) {
            int d = Character.digit(s.charAt(i++), 16);
            if (d < 0) {
              throw new IllegalArgumentException("bad \\u escape at column " + i);
            }
            v = v * 16 + d;
          }
          return (char) v;
        default:
          throw new IllegalArgumentException("bad escape at column " + i);
      }
    }
  }
}
