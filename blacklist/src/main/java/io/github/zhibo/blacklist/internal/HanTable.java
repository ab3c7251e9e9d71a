package io.github.zhibo.blacklist.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Traditional → simplified Chinese, one code point at a time, from the bundled {@code t2s.txt} (generated
 * from ICU4J's Traditional-Simplified transliterator; see the file header). Character-level only: enough for
 * personal and company names, where phrase-level conversion matters little. Immutable and thread-safe.
 */
public final class HanTable {

  private static final Map<Integer, Integer> T2S = load();

  private HanTable() {}

  /** The simplified form of {@code cp}, or {@code cp} itself. */
  public static int simplify(int cp) {
    if (cp < 0x3400) return cp;
    Integer s = T2S.get(cp);
    return s == null ? cp : s;
  }

  /** How many pairs the table holds. */
  public static int size() {
    return T2S.size();
  }

  private static Map<Integer, Integer> load() {
    Map<Integer, Integer> map = new HashMap<>(4096);
    try (InputStream in = HanTable.class.getResourceAsStream("t2s.txt")) {
      if (in == null) throw new IllegalStateException("t2s.txt missing from the blacklist module");
      var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (line.isEmpty() || line.charAt(0) == '#') continue;
        int space = line.indexOf(' ');
        map.put(line.codePointAt(0), line.codePointAt(space + 1));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Map.copyOf(map);
  }
}
