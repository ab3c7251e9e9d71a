package io.github.zhibo.enforcement.internal;

import java.util.List;

/**
 * RFC 4180 CSV with CRLF line ends. A cell that a spreadsheet would run as a formula (leading {@code = + - @},
 * tab or CR) is prefixed with {@code '} — the values are our own tokens, but a platform's party id may begin with
 * {@code -}.
 */
final class Csv {
  private Csv() {}

  static void row(StringBuilder sb, List<String> cells) {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) sb.append(',');
      cell(sb, cells.get(i));
    }
    sb.append("\r\n");
  }

  private static void cell(StringBuilder sb, String raw) {
    String v = raw;
    if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) v = "'" + v;
    boolean quote = v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0;
    if (!quote) {
      sb.append(v);
      return;
    }
    sb.append('"').append(v.replace("\"", "\"\"")).append('"');
  }
}
