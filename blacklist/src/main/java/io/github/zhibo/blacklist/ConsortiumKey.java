package io.github.zhibo.blacklist;

import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The secret HMAC-SHA256 key behind shared tokens, with the id under which partners know it. Whoever holds
 * it can enumerate the identity-number space against a shared list (see the module README's threat
 * model), so it lives in a secret store and never in a log: {@link #toString()} shows the id only.
 * Immutable and thread-safe; {@link #bytes()} returns a copy.
 */
public final class ConsortiumKey {

  /** Key ids: 1–64 of {@code [A-Za-z0-9._-]}. */
  public static final Pattern KEY_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");

  /** The shortest accepted key: 32 bytes (256 bits). */
  public static final int MIN_BYTES = 32;

  private final String keyId;
  private final byte[] key;

  private ConsortiumKey(String keyId, byte[] key) {
    this.keyId = keyId;
    this.key = key;
  }

  /**
   * A key.
   *
   * @throws IllegalArgumentException if the id does not match {@link #KEY_ID} or the key is shorter than
   *     {@link #MIN_BYTES}
   */
  public static ConsortiumKey of(String keyId, byte[] key) {
    Objects.requireNonNull(keyId, "keyId");
    Objects.requireNonNull(key, "key");
    if (!KEY_ID.matcher(keyId).matches()) throw new IllegalArgumentException("keyId must match " + KEY_ID);
    if (key.length < MIN_BYTES) throw new IllegalArgumentException("key must have at least " + MIN_BYTES + " bytes");
    return new ConsortiumKey(keyId, key.clone());
  }

  /** A fresh random key (for a plain list screened locally, or to create a consortium key). */
  public static ConsortiumKey random(String keyId) {
    byte[] key = new byte[MIN_BYTES];
    new SecureRandom().nextBytes(key);
    return of(keyId, key);
  }

  /**
   * Reads a key file: one JSON object {@code {"keyId": "consortium-2026a", "key": "<base64>"}} (standard or
   * URL-safe base64, at least 32 bytes), or with {@code "keyHex": "<hex>"} instead of {@code key}.
   *
   * @throws IllegalArgumentException naming the field at fault (never the key)
   */
  public static ConsortiumKey fromJson(String json) {
    com.fasterxml.jackson.databind.JsonNode o;
    try {
      o = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalArgumentException("not a JSON object");
    }
    if (o == null || !o.isObject()) throw new IllegalArgumentException("not a JSON object");
    String id = o.path("keyId").asText("");
    if (!KEY_ID.matcher(id).matches()) throw new IllegalArgumentException("keyId: missing or not " + KEY_ID);
    byte[] key;
    if (o.hasNonNull("key")) {
      String b64 = o.get("key").asText().trim();
      try {
        key = b64.indexOf('-') >= 0 || b64.indexOf('_') >= 0 ? Base64.getUrlDecoder().decode(b64)
            : Base64.getDecoder().decode(b64);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("key: not base64");
      }
    } else if (o.hasNonNull("keyHex")) {
      try {
        key = HexFormat.of().parseHex(o.get("keyHex").asText().trim());
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("keyHex: not hexadecimal");
      }
    } else {
      throw new IllegalArgumentException("key: missing (give key as base64 or keyHex as hex)");
    }
    if (key.length < MIN_BYTES) throw new IllegalArgumentException("key: shorter than " + MIN_BYTES + " bytes");
    return new ConsortiumKey(id, key);
  }

  /** The key file text of this key ({@link #fromJson(String)} reads it back). Secret: store it safely. */
  public String toJson() {
    return "{\"keyId\":\"" + keyId + "\",\"key\":\"" + Base64.getEncoder().encodeToString(key) + "\"}";
  }

  /** The key id. */
  public String keyId() {
    return keyId;
  }

  /** A copy of the key bytes. */
  public byte[] bytes() {
    return key.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ConsortiumKey k && k.keyId.equals(keyId) && Arrays.equals(k.key, key);
  }

  @Override
  public int hashCode() {
    return keyId.hashCode();
  }

  @Override
  public String toString() {
    return "ConsortiumKey[" + keyId + "]";
  }
}
