package io.github.zhibo.core.check;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The structured facts behind a {@link Finding}: an immutable map from key to {@link EvidenceValue}, in
 * insertion order (reports show the facts in the order the check found them).
 *
 * <p>Values can only be {@link EvidenceValue}s, which cannot carry raw personal data; see there for why.
 * Keys are lower camel case ASCII ({@code displayedRate}), 1-40 characters. The keys {@code rule},
 * {@code article}, {@code path} and {@code profile} are reserved: message templates receive the finding's
 * own fields under those names.
 *
 * <p>Immutable and thread-safe; the {@link Builder} is not thread-safe.
 */
public final class Evidence {

  private static final Pattern KEY = Pattern.compile("[a-z][A-Za-z0-9]{0,39}");
  private static final Set<String> RESERVED = Set.of("rule", "article", "path", "profile");
  private static final Evidence EMPTY = new Evidence(new LinkedHashMap<>());

  private final Map<String, EvidenceValue> values;

  private Evidence(LinkedHashMap<String, EvidenceValue> values) {
    this.values = Collections.unmodifiableMap(values);
  }

  /** No evidence. */
  public static Evidence empty() {
    return EMPTY;
  }

  /** One fact; a shortcut for the common single-value case. */
  public static Evidence of(String key, EvidenceValue value) {
    return builder().put(key, value).build();
  }

  /** Starts an empty, insertion-ordered evidence. */
  public static Builder builder() {
    return new Builder();
  }

  /** The value under {@code key}, if present. */
  public Optional<EvidenceValue> get(String key) {
    return Optional.ofNullable(values.get(key));
  }

  /** All facts, unmodifiable, iterating in insertion order. */
  public Map<String, EvidenceValue> asMap() {
    return values;
  }

  /** Whether there are no facts. */
  public boolean isEmpty() {
    return values.isEmpty();
  }

  /** How many facts there are. */
  public int size() {
    return values.size();
  }

  /** Whether {@code key} is a well-formed, non-reserved evidence key. */
  public static boolean isValidKey(String key) {
    return KEY.matcher(key).matches() && !RESERVED.contains(key);
  }

  @Override
  public boolean equals(Object o) {
    // Order is part of the value: two evidences with the same facts in another order render differently.
    return o instanceof Evidence e && List.copyOf(values.entrySet()).equals(List.copyOf(e.values.entrySet()));
  }

  @Override
  public int hashCode() {
    return values.hashCode();
  }

  /** Safe to log: every value's {@code toString()} is already masked. */
  @Override
  public String toString() {
    return values.toString();
  }

  /** Collects facts; a key may be set once. Not thread-safe. */
  public static final class Builder {
    private final LinkedHashMap<String, EvidenceValue> values = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Adds a fact.
     *
     * @throws IllegalArgumentException if the key is malformed, reserved or already set
     */
    public Builder put(String key, EvidenceValue value) {
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(value, "value");
      if (!isValidKey(key)) {
        throw new IllegalArgumentException("evidence keys are lower camel case ASCII, 1-40 characters, and not "
            + RESERVED + "; got " + key.length() + " characters that are not");
      }
      if (values.putIfAbsent(key, value) != null) {
        throw new IllegalArgumentException("evidence key set twice: " + key);
      }
      return this;
    }

    /** Adds a quantity; see {@link #put(String, EvidenceValue)}. */
    public Builder put(String key, long quantity) {
      return put(key, EvidenceValue.of(quantity));
    }

    /** Adds an exact quantity; see {@link #put(String, EvidenceValue)}. */
    public Builder put(String key, BigDecimal quantity) {
      return put(key, EvidenceValue.of(quantity));
    }

    /** Adds a flag; see {@link #put(String, EvidenceValue)}. */
    public Builder put(String key, boolean flag) {
      return put(key, EvidenceValue.of(flag));
    }

    /** Adds a date; see {@link #put(String, EvidenceValue)}. */
    public Builder put(String key, LocalDate day) {
      return put(key, EvidenceValue.of(day));
    }

    /** Adds an enum constant as a code; see {@link #put(String, EvidenceValue)}. */
    public Builder put(String key, Enum<?> constant) {
      return put(key, EvidenceValue.of(constant));
    }

    /** Adds a JSON path; see {@link #put(String, EvidenceValue)}. */
    public Builder put(String key, JsonPath path) {
      return put(key, EvidenceValue.of(path));
    }

    /** The immutable evidence; the builder may be reused afterwards. */
    public Evidence build() {
      return values.isEmpty() ? EMPTY : new Evidence(new LinkedHashMap<>(values));
    }
  }
}
