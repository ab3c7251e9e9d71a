package io.github.zhibo.core.check;

import io.github.zhibo.core.check.internal.Bundles;
import io.github.zhibo.core.check.internal.NamedPattern;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Renders findings for people, in Chinese or English.
 *
 * <p>Each module ships a bundle pair next to a class of its own: {@code <base>.properties} (English, the
 * fallback) and {@code <base>_zh.properties} (Chinese), both UTF-8. Templates name their arguments
 * ({@code 显示折扣 {displayedRate} 与实际折扣 {actualRate} 不符}); the finding's evidence supplies them,
 * plus {@code rule}, {@code article}, {@code path} and {@code profile} from the finding itself.
 *
 * <p>Untrusted text never becomes a pattern: evidence values are passed to {@link MessageFormat} as
 * arguments only. A missing key renders as the key itself, and a missing argument as {@code {name}}, so a
 * gap in a bundle shows up in a report instead of failing it.
 *
 * <p>Immutable and thread-safe.
 */
public final class Messages {

  private static final Messages CORE = load(Messages.class, "messages");

  /** Bundles in lookup order; each is a pair of key → template maps. */
  private final List<Pair> pairs;

  private record Pair(Map<String, String> english, Map<String, String> chinese) {}

  private Messages(List<Pair> pairs) {
    this.pairs = List.copyOf(pairs);
  }

  /** Core's own messages ({@code CHECK.FAILED} and friends). */
  public static Messages core() {
    return CORE;
  }

  /**
   * Loads {@code <baseName>.properties} and {@code <baseName>_zh.properties} from {@code anchor}'s package.
   *
   * @throws IllegalArgumentException if the English bundle does not exist
   * @throws java.io.UncheckedIOException if a bundle is not valid UTF-8
   */
  public static Messages load(Class<?> anchor, String baseName) {
    Objects.requireNonNull(anchor, "anchor");
    Objects.requireNonNull(baseName, "baseName");
    Map<String, String> english = Bundles.load(anchor, baseName + ".properties")
        .orElseThrow(() -> new IllegalArgumentException("no bundle " + baseName + ".properties next to " + anchor.getName()));
    Map<String, String> chinese = Bundles.load(anchor, baseName + "_zh.properties").orElse(Map.of());
    return new Messages(List.of(new Pair(english, chinese)));
  }

  /** These messages, then {@code more} for keys these do not have. */
  public Messages and(Messages more) {
    var all = new ArrayList<>(pairs);
    all.addAll(more.pairs);
    return new Messages(all);
  }

  /** Renders the finding's message for {@code locale} (Chinese for any {@code zh} locale, else English). */
  public String render(Finding finding, Locale locale) {
    Map<String, Object> args = new HashMap<>();
    args.put("rule", finding.rule());
    args.put("profile", finding.profile().value());
    finding.article().ifPresent(a -> args.put("article", a.toString()));
    finding.path().ifPresent(p -> args.put("path", p.value()));
    finding.evidence().asMap().forEach((k, v) -> args.put(k, v.display()));
    return format(finding.messageKey(), args, locale);
  }

  /** Renders {@code messageKey} with {@code evidence} as its arguments. */
  public String render(String messageKey, Evidence evidence, Locale locale) {
    Map<String, Object> args = new HashMap<>();
    evidence.asMap().forEach((k, v) -> args.put(k, v.display()));
    return format(messageKey, args, locale);
  }

  /** Every key of the English bundles, sorted. */
  public Set<String> keys() {
    var keys = new TreeSet<String>();
    pairs.forEach(p -> keys.addAll(p.english().keySet()));
    return Collections.unmodifiableSet(keys);
  }

  /** Every key of the Chinese bundles, sorted; equal to {@link #keys()} when the bundles are complete. */
  public Set<String> chineseKeys() {
    var keys = new TreeSet<String>();
    pairs.forEach(p -> keys.addAll(p.chinese().keySet()));
    return Collections.unmodifiableSet(keys);
  }

  /** The raw (named) template for {@code key} in {@code locale}'s language, if any bundle has it. */
  public Optional<String> template(String key, Locale locale) {
    boolean chinese = "zh".equals(locale.getLanguage());
    for (Pair p : pairs) {
      String t = chinese ? p.chinese().get(key) : null;
      if (t == null) {
        t = p.english().get(key);
      }
      if (t != null) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }

  private String format(String key, Map<String, Object> args, Locale locale) {
    Optional<String> template = template(key, locale);
    if (template.isEmpty()) {
      return key;
    }
    NamedPattern pattern = NamedPattern.parse(template.get());
    Object[] values = new Object[pattern.names().size()];
    for (int i = 0; i < values.length; i++) {
      String name = pattern.names().get(i);
      Object v = args.get(name);
      values[i] = v != null ? v : "{" + name + "}";
    }
    try {
      return new MessageFormat(pattern.pattern(), locale).format(values);
    } catch (IllegalArgumentException e) {
      // A broken template in a bundle must not break a report; the key still identifies the message.
      return key;
    }
  }
}
