package io.github.zhibo.core.regulation.internal;

import io.github.zhibo.core.regulation.ArticleRef;
import io.github.zhibo.core.regulation.LegalText;
import io.github.zhibo.core.regulation.RegulationError;
import io.github.zhibo.core.regulation.RegulationProfileException;
import java.io.IOException;
import java.io.Reader;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * A strict reader over a UTF-8 {@code .properties} resource: required keys, typed values, no defaults,
 * no duplicate keys, and no key left unread (an unread key is a typo the loader would otherwise ignore).
 * Every error names the resource and the key.
 *
 * <p>Not thread-safe: one instance serves one load on one thread and is then dropped.
 */
public final class StrictProperties {

  /** The value that marks an optional parameter as absent from the text. */
  public static final String ABSENT = "absent";

  /** The value that marks an empty list. */
  public static final String NONE = "none";

  private final String resource;
  private final Map<String, String> values;
  private final Set<String> read = new HashSet<>();

  private StrictProperties(String resource, Map<String, String> values) {
    this.resource = resource;
    this.values = values;
  }

  /** Reads {@code reader} as a properties file; duplicate keys are an error. */
  public static StrictProperties load(String resource, Reader reader) {
    Objects.requireNonNull(resource, "resource");
    Objects.requireNonNull(reader, "reader");
    var duplicates = new ArrayList<String>();
    var props = new Properties() {
      private static final long serialVersionUID = 1L;

      @Override
      public synchronized Object put(Object k, Object v) {
        if (containsKey(k)) duplicates.add((String) k);
        return super.put(k, v);
      }
    };
    try {
      props.load(reader);
    } catch (IOException | IllegalArgumentException e) {
      throw new RegulationProfileException(RegulationError.UNREADABLE, resource, null,
          "cannot read properties: " + e.getMessage(), e);
    }
    if (!duplicates.isEmpty()) {
      throw new RegulationProfileException(RegulationError.UNKNOWN_KEY, resource, duplicates.get(0),
          "key given more than once");
    }
    var map = new TreeMap<String, String>();
    props.forEach((k, v) -> map.put((String) k, ((String) v).strip()));
    return new StrictProperties(resource, map);
  }

  /** Wraps already-merged values. */
  public static StrictProperties of(String resource, Map<String, String> values) {
    return new StrictProperties(resource, new TreeMap<>(values));
  }

  /** The resource name errors cite. */
  public String resource() {
    return resource;
  }

  /** All values, unmodifiable, sorted by key. */
  public Map<String, String> asMap() {
    return Collections.unmodifiableMap(values);
  }

  /** Whether {@code key} is present (does not count as reading it). */
  public boolean has(String key) {
    return values.containsKey(key);
  }

  /** A required, non-blank value. */
  public String string(String key) {
    String v = values.get(key);
    if (v == null) {
      throw error(RegulationError.MISSING_KEY, key, "required key is missing");
    }
    read.add(key);
    if (v.isEmpty()) {
      throw malformed(key, "value is empty");
    }
    return v;
  }

  /** An optional value: empty when the key is missing. */
  public java.util.Optional<String> optional(String key) {
    return has(key) ? java.util.Optional.of(string(key)) : java.util.Optional.empty();
  }

  /** Whether a required value is the {@link #ABSENT} marker. */
  public boolean isAbsent(String key) {
    return ABSENT.equals(string(key));
  }

  /** A required {@code present} or {@code absent} marker: whether an optional parameter exists. */
  public boolean present(String key) {
    String v = string(key);
    if (!v.equals("present") && !v.equals(ABSENT)) {
      throw malformed(key, "expected present or absent, not '" + v + "'");
    }
    return v.equals("present");
  }

  /** A required integer within {@code [min, max]}. */
  public int integer(String key, int min, int max) {
    return parse(key, string(key), s -> {
      int n = Integer.parseInt(s);
      if (n < min || n > max) throw new IllegalArgumentException("must be in " + min + ".." + max);
      return n;
    });
  }

  /** {@code true} or {@code false}, nothing else. */
  public boolean bool(String key) {
    String v = string(key);
    if (!v.equals("true") && !v.equals("false")) {
      throw malformed(key, "expected true or false, not '" + v + "'");
    }
    return v.equals("true");
  }

  /** A positive ISO-8601 period such as {@code P6M}. */
  public Period period(String key) {
    return toPeriod(key, string(key));
  }

  /** Parses {@code value} of {@code key} as a positive period. */
  public Period toPeriod(String key, String value) {
    Period p = parse(key, value, Period::parse);
    if (p.isNegative() || p.isZero() || p.getYears() < 0 || p.getMonths() < 0 || p.getDays() < 0) {
      throw malformed(key, "period must be positive in every unit: " + value);
    }
    return p;
  }

  /** A constant of {@code type}. */
  public <E extends Enum<E>> E enumValue(String key, Class<E> type) {
    return toEnum(key, string(key), type);
  }

  /** A comma-separated list of distinct constants of {@code type}; {@link #NONE} for an empty list. */
  public <E extends Enum<E>> List<E> enumList(String key, Class<E> type) {
    return list(key, s -> toEnum(key, s, type));
  }

  /** A comma-separated list of distinct article references of {@code text}, written {@code 8(1)} or {@code 9(1)3}. */
  public List<ArticleRef> refList(String key, LegalText text) {
    return list(key, s -> toRef(key, s, text));
  }

  /** One article reference of {@code text}, written {@code 8(1)}. */
  public ArticleRef ref(String key, LegalText text) {
    return toRef(key, string(key), text);
  }

  /** A comma-separated list of distinct elements parsed by {@code element}; {@link #NONE} for an empty list. */
  public <T> List<T> list(String key, Function<String, T> element) {
    String v = string(key);
    if (v.equals(NONE)) return List.of();
    var out = new ArrayList<T>();
    for (String part : v.split(",", -1)) {
      String s = part.strip();
      if (s.isEmpty()) throw malformed(key, "empty element in list '" + v + "'");
      T t = element.apply(s);
      if (out.contains(t)) throw malformed(key, "element listed twice: " + s);
      out.add(t);
    }
    return List.copyOf(out);
  }

  /** Parses {@code s} as a constant of {@code type}, naming {@code key} on failure. */
  public <E extends Enum<E>> E toEnum(String key, String s, Class<E> type) {
    return parse(key, s, x -> Enum.valueOf(type, x));
  }

  /** Parses {@code s} (e.g. {@code 26(2)1}) as a reference into {@code text}, naming {@code key} on failure. */
  public ArticleRef toRef(String key, String s, LegalText text) {
    return parse(key, s, x -> ArticleRef.parse(text.name() + " Art. " + x));
  }

  /** Parses {@code s} with {@code parser}, turning any runtime failure into a typed error naming {@code key}. */
  public <T> T parse(String key, String s, Function<String, T> parser) {
    try {
      return parser.apply(s);
    } catch (DateTimeParseException | IllegalArgumentException e) {
      throw malformed(key, "cannot parse '" + s + "': " + e.getMessage());
    }
  }

  /** Fails on the first key that no getter read. */
  public void requireAllRead() {
    for (String key : values.keySet()) {
      if (!read.contains(key)) {
        throw error(RegulationError.UNKNOWN_KEY, key, "key is not part of the profile format (typo?)");
      }
    }
  }

  /** A malformed-value error naming {@code key}. */
  public RegulationProfileException malformed(String key, String detail) {
    return error(RegulationError.MALFORMED_VALUE, key, detail);
  }

  /** An error of {@code code} naming {@code key}. */
  public RegulationProfileException error(RegulationError code, String key, String detail) {
    return new RegulationProfileException(code, resource, key, detail, null);
  }
}
