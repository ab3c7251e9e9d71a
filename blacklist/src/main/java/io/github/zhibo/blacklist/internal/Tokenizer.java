package io.github.zhibo.blacklist.internal;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Keyed tokens, format version 1: {@code HMAC-SHA256(key, "zhibo.blacklist.v1" 0x00 channel 0x00
 * canonical-value)} truncated to 128 bits. The index keys on the first 64 bits. Thread-safe (one
 * {@link Mac} per thread).
 */
public final class Tokenizer {

  /** The token format version; bump it when the message layout or a canonical form changes. */
  public static final int VERSION = 1;

  /** Bytes of a token on the wire. */
  public static final int TOKEN_BYTES = 16;

  private static final byte[] PREFIX = "zhibo.blacklist.v1\0".getBytes(StandardCharsets.US_ASCII);
  private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder B64D = Base64.getUrlDecoder();

  private final ThreadLocal<Mac> mac;

  /** A tokenizer over {@code key} (the caller keeps the key secret). */
  public Tokenizer(byte[] key) {
    SecretKeySpec spec = new SecretKeySpec(key.clone(), "HmacSHA256");
    this.mac = ThreadLocal.withInitial(() -> {
      try {
        Mac m = Mac.getInstance("HmacSHA256");
        m.init(spec);
        return m;
      } catch (NoSuchAlgorithmException | InvalidKeyException e) {
        throw new IllegalStateException("HmacSHA256 unavailable", e);
      }
    });
  }

  /** The full token of {@code value} in {@code channel}. */
  public byte[] token(Channel channel, String value) {
    byte[] ch = channel.wireBytes();
    byte[] v = value.getBytes(StandardCharsets.UTF_8);
    byte[] msg = new byte[PREFIX.length + ch.length + 1 + v.length];
    System.arraycopy(PREFIX, 0, msg, 0, PREFIX.length);
    System.arraycopy(ch, 0, msg, PREFIX.length, ch.length);
    System.arraycopy(v, 0, msg, PREFIX.length + ch.length + 1, v.length);
    return mac.get().doFinal(msg);
  }

  /** The first 64 bits of a token, as the index keys it. */
  public static long head(byte[] token) {
    long v = 0;
    for (int i = 0; i < 8; i++) v = (v << 8) | (token[i] & 0xFF);
    return v == 0 ? 1 : v; // 0 means "absent" in the index's facet arrays
  }

  /** A token on the wire: base64url of its first {@link #TOKEN_BYTES} bytes, no padding. */
  public static String encode(byte[] token) {
    return B64.encodeToString(java.util.Arrays.copyOf(token, TOKEN_BYTES));
  }

  /**
   * A wire token's index key.
   *
   * @throws IllegalArgumentException if it is not base64url of {@link #TOKEN_BYTES} bytes
   */
  public static long decodeHead(String wire) {
    byte[] b = B64D.decode(wire);
    if (b.length != TOKEN_BYTES) throw new IllegalArgumentException("token length");
    return head(b);
  }
}
