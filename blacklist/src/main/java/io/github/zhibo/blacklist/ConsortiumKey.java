package io.github.zhibo.blacklist;

import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The secret HMAC-SHA256 key behind shared tokens, with the id under which partners know it. Whoever holds
 * it can enumerate the identity-number space against a shared list (see the module README's threat
 * model), so it lives in a secret store and never in a log: {@link #toString()} shows the id only.
 * Immutable and thread-safe; {@link #bytes()} returns a copy.
 */
public final class ConsortiumKey {

  /** Key ids: 1–64 of {@code [A-Za-z0-9._-]}. */
  public static final Pattern KEY_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");

  /** The shortest accepted key: 16 bytes (128 bits). Use 32 random bytes. */
  public static final int MIN_BYTES = 16;

  /** The recommended key length: 32 bytes (256 bits). */
  public static final int RECOMMENDED_BYTES = 32;

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
    byte[] key = new byte[RECOMMENDED_BYTES];
    new SecureRandom().nextBytes(key);
    return of(keyId, key);
  }

  /**
   * Reads a key file. The documented form is one JSON object
   * {@code {"keyId": "consortium-2026a", "key": "<base64 of >= 32 random bytes>"}} ({@code "keyHex"} for a
   * hex key). Also read, so that a key distributed another way still works: {@code id}/{@code kid} for
   * the id and {@code secret}/{@code keyBase64} for the key; {@code keyId=…} and {@code key=…} lines; or a
   * single line holding just the key (key id {@code default}). A key value is hex when it is an even
   * number of hex digits, otherwise base64 (standard or URL-safe), otherwise — a passphrase — its UTF-8
   * bytes. Keys shorter than {@value #MIN_BYTES} bytes are refused.
   *
   * @throws IllegalArgumentException naming the field at fault (never the key)
   */
  public static ConsortiumKey fromJson(String text) {
    String t = text.strip();
    String id;
    String value;
    if (t.startsWith("{")) {
      com.fasterxml.jackson.databind.JsonNode o;
      try {
        o = new com.fasterxml.jackson.databind.ObjectMapper().readTree(t);
      } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
        throw new IllegalArgumentException("not a JSON object");
      }
      if (o == null || !o.isObject()) throw new IllegalArgumentException("not a JSON object");
      id = first(o, "keyId", "id", "kid");
      String hex = first(o, "keyHex");
      value = hex != null ? hex : first(o, "key", "secret", "keyBase64");
      if (value == null) throw new IllegalArgumentException("key: missing (give key as base64 or keyHex as hex)");
      if (hex != null && !isHex(hex)) throw new IllegalArgumentException("keyHex: not hexadecimal");
    } else {
      id = null;
      value = null;
      for (String line : t.split("\\R")) {
        int eq = line.indexOf('=') >= 0 ? line.indexOf('=') : line.indexOf(':');
        if (eq < 0) continue;
        String name = line.substring(0, eq).strip();
        String v = line.substring(eq + 1).strip();
        if (name.equalsIgnoreCase("keyId") || name.equalsIgnoreCase("id")) id = v;
        else if (name.equalsIgnoreCase("key") || name.equalsIgnoreCase("keyHex") || name.equalsIgnoreCase("secret")) {
          value = v;
        }
      }
      if (value == null && !t.isEmpty() && t.lines().count() == 1) {
        value = t;
        id = "default";
      }
      if (value == null) throw new IllegalArgumentException("key: missing (see the key file format in --help)");
    }
    if (id == null) throw new IllegalArgumentException("keyId: missing");
    if (!KEY_ID.matcher(id).matches()) throw new IllegalArgumentException("keyId: not " + KEY_ID);
    byte[] key = decode(value.strip());
    if (key.length < MIN_BYTES) throw new IllegalArgumentException("key: shorter than " + MIN_BYTES + " bytes");
    return new ConsortiumKey(id, key);
  }

  private static @Nullable String first(com.fasterxml.jackson.databind.JsonNode o, String... names) {
    for (String n : names) {
      if (o.hasNonNull(n)) return o.get(n).asText();
    }
    return null;
  }

  private static boolean isHex(String v) {
    return v.length() % 2 == 0 && !v.isEmpty() && v.chars().allMatch(c -> Character.digit(c, 16) >= 0);
  }

  private static byte[] decode(String v) {
    if (v.startsWith("hex:")) return HexFormat.of().parseHex(v.substring(4));
    if (v.startsWith("base64:")) v = v.substring(7);
    if (isHex(v)) return HexFormat.of().parseHex(v);
    try {
      return v.indexOf('-') >= 0 || v.indexOf('_') >= 0 ? Base64.getUrlDecoder().decode(v)
          : Base64.getDecoder().decode(v);
    } catch (IllegalArgumentException e) {
      return v.getBytes(java.nio.charset.StandardCharsets.UTF_8); // a passphrase
    }
  }

  /** The key file text of this key ({@link #fromJson(String)} reads it back). Secret: store it safely. */
  public String toJson() {
    return "{\"keyId\":\"" + keyId + "\",\"key\":\"" + Base64.getEncoder().encodeToString(key) + "\"}";
  }

  /** Whether the key is shorter than {@link #RECOMMENDED_BYTES}. */
  public boolean isShort() {
    return key.length < RECOMMENDED_BYTES;
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
