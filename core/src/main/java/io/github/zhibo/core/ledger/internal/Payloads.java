package io.github.zhibo.core.ledger.internal;

import io.github.zhibo.core.check.internal.TextRules;
import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Rules for a record's payload. Keys are ASCII so that their sorted order is the same whether compared as
 * Java strings or as UTF-8 bytes (the canonical encoding depends on that order). Sizes are bounded so that
 * one record always fits a ledger line.
 */
public final class Payloads {

  public static final int MAX_ENTRIES = 32;
  public static final int MAX_VALUE_LENGTH = 4096;
  private static final Pattern KEY = Pattern.compile("[a-z][A-Za-z0-9_.]{0,63}");

  private Payloads() {}

  /** A validated, unmodifiable copy sorted by key. Messages name keys, never values. */
  public static SortedMap<String, String> copyOf(Map<String, String> payload) {
    if (payload.size() > MAX_ENTRIES) {
      throw new IllegalArgumentException("a payload has at most " + MAX_ENTRIES + " entries: " + payload.size());
    }
    var copy = new TreeMap<String, String>();
    payload.forEach((k, v) -> {
      if (k == null || v == null) {
        throw new NullPointerException("payload keys and values must not be null");
      }
      if (!KEY.matcher(k).matches()) {
        throw new IllegalArgumentException("a payload key is [a-z][A-Za-z0-9_.]{0,63}; got "
            + k.length() + " characters that are not");
      }
      if (v.length() > MAX_VALUE_LENGTH) {
        throw new IllegalArgumentException("payload value '" + k + "' is longer than " + MAX_VALUE_LENGTH);
      }
      TextRules.requireWellFormed(v, "payload value '" + k + "'");
      copy.put(k, v);
    });
    return Collections.unmodifiableSortedMap(copy);
  }
}
