package io.github.zhibo.enforcement.internal;

import java.util.List;
import java.util.Map;

/**
 * A minimal JSON writer for the report documents (no parsing, so no dependency): objects keep insertion order,
 * values are strings, numbers, booleans, null, lists and maps. Output is deterministic.
 */
final class Json {
  private Json() {}

  static String write(Object value) {
    var sb = new StringBuilder(1024);
    write(sb, value, 0);
    return sb.append('\n').toString();
  }

  private static void write(StringBuilder sb, Object v, int depth) {
    if (v == null) {
      sb.append("null");
    } else if (v instanceof String s) {
      string(sb, s);
    } else if (v instanceof Number || v instanceof Boolean) {
      sb.append(v);
    } else if (v instanceof Map<?, ?> m) {
      sb.append('{');
      boolean first = true;
      for (Map.Entry<?, ?> e : m.entrySet()) {
        if (!first) sb.append(',');
        first = false;
        newline(sb, depth + 1);
        string(sb, String.valueOf(e.getKey()));
        sb.append(": ");
        write(sb, e.getValue(), depth + 1);
      }
      if (!m.isEmpty()) newline(sb, depth);
      sb.append('}');
    } else if (v instanceof List<?> l) {
      sb.append('[');
      for (int i = 0; i < l.size(); i++) {
        if (i > 0) sb.append(',');
        newline(sb, depth + 1);
        write(sb, l.get(i), depth + 1);
      }
      if (!l.isEmpty()) newline(sb, depth);
      sb.append(']');
    } else {
      string(sb, v.toString());
    }
  }

  private static void newline(StringBuilder sb, int depth) {
    sb.append('\n');
    for (int i = 0; i < depth; i++) sb.append("  ");
  }

  private static void string(StringBuilder sb, String s) {
    sb.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        default -> {
          if (c < 0x20 || c == 0x2028 || c == 0x2029) sb.append(String.format("\\u%04x", (int) c));
          else sb.append(c);
        }
      }
    }
    sb.append('"');
  }
}
