package io.github.zhibo.blacklist;

import io.github.zhibo.blacklist.internal.RecordTokenizer;
import io.github.zhibo.blacklist.internal.SharedFormat;
import io.github.zhibo.core.env.Environment;
import java.util.Objects;

/**
 * Turns listed entries into shareable lines (DRAFT_2025 Art. 14 ¶3, ORDER_117 Art. 14 ¶4: 黑名单共享): per
 * entry its id, subject type and the HMAC-SHA256 tokens (128 bits, base64url, format version 1, under the
 * consortium key's id) of every normalised identifier, linked value, name key and name-with-birth-date
 * key, so that the shared list screens exactly like the plain one. No plain value and no unkeyed hash
 * leaves. Thread-safe.
 */
public final class SharedListExporter {

  private final ConsortiumKey key;
  private final RecordTokenizer tokenizer;

  private SharedListExporter(ConsortiumKey key, ScreeningPolicy policy, Environment environment) {
    this.key = key;
    this.tokenizer = BlacklistIndex.tokenizer(key, policy, environment);
  }

  /** An exporter keyed with {@code key}; {@code policy} supplies the placeholders that are never exported. */
  public static SharedListExporter of(ConsortiumKey key, ScreeningPolicy policy, Environment environment) {
    return new SharedListExporter(Objects.requireNonNull(key, "key"), Objects.requireNonNull(policy, "policy"),
        Objects.requireNonNull(environment, "environment"));
  }

  /** The shared line of {@code entry}, one JSON object (see the module README for the format). */
  public String line(ScreeningRecord entry) {
    var t = tokenizer.tokenize(entry, true);
    return SharedFormat.write(key.keyId(), entry.id(), entry.subjectType() == SubjectType.ORGANIZATION, t);
  }
}
