package io.github.zhibo.enforcement.internal;

import io.github.zhibo.core.regulation.ArticleRef;
import io.github.zhibo.core.regulation.LegalText;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * The per-text article table of {@link Duty}, loaded once from {@code duties.properties}. Every text and duty must
 * have an entry, so a missing line fails at class load instead of silently dropping a duty. Immutable.
 */
final class Duties {

  private static final Pattern REF = Pattern.compile("(\\d{1,3})(?:\\((\\d{1,2})\\))?");
  private static final Map<LegalText, Map<Duty, Optional<ArticleRef>>> TABLE = load();

  private Duties() {}

  /** The article of {@code text} that imposes {@code duty}, or empty where the text has none. */
  static Optional<ArticleRef> article(LegalText text, Duty duty) {
    return TABLE.get(text).get(duty);
  }

  private static Map<LegalText, Map<Duty, Optional<ArticleRef>>> load() {
    var props = new Properties();
    try (InputStream in = Duties.class.getResourceAsStream("duties.properties")) {
      if (in == null) throw new IllegalStateException("duties.properties is missing from the enforcement module");
      props.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    var table = new EnumMap<LegalText, Map<Duty, Optional<ArticleRef>>>(LegalText.class);
    for (LegalText text : LegalText.values()) {
      var row = new EnumMap<Duty, Optional<ArticleRef>>(Duty.class);
      for (Duty duty : Duty.values()) {
        String key = text.name() + "." + duty.name();
        String v = props.getProperty(key);
        if (v == null) throw new IllegalStateException("duties.properties lacks " + key);
        row.put(duty, parse(text, key, v.trim()));
      }
      table.put(text, Map.copyOf(row));
    }
    if (props.size() != LegalText.values().length * Duty.values().length) {
      throw new IllegalStateException("duties.properties has keys for unknown texts or duties");
    }
    return Map.copyOf(table);
  }

  private static Optional<ArticleRef> parse(LegalText text, String key, String v) {
    if (v.equals("absent")) return Optional.empty();
    var m = REF.matcher(v);
    if (!m.matches()) throw new IllegalStateException(key + " is not an article or article(paragraph)");
    int article = Integer.parseInt(m.group(1));
    return Optional.of(m.group(2) == null ? ArticleRef.of(text, article)
        : ArticleRef.of(text, article, Integer.parseInt(m.group(2))));
  }
}
