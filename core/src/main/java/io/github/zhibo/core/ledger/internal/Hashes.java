package io.github.zhibo.core.ledger.internal;

import io.github.zhibo.core.ledger.LedgerRecord;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The canonical encoding of a record and its SHA-256 hash; the byte layout is specified in
 * {@link LedgerRecord}'s Javadoc and must never change for format version 1.
 */
public final class Hashes {

  /** Domain separation: a hash of a version-1 ledger record can never be a hash of anything else of ours. */
  static final String FORMAT_TAG = "zhibo-ledger/1";

  private static final Pattern HEX64 = Pattern.compile("[0-9a-f]{64}");
  private static final HexFormat HEX = HexFormat.of();

  private Hashes() {}

  /** Requires 64 lower-case hex digits; upper case is rejected so that each hash has one spelling. */
  public static String requireHex(String hash, String what) {
    if (!HEX64.matcher(hash).matches()) {
      throw new IllegalArgumentException(what + " must be 64 lower-case hex digits");
    }
    return hash;
  }

  /** The lower-case hex SHA-256 of {@link #encode}. */
  public static String hashOf(LedgerRecord r) {
    return HEX.formatHex(sha256().digest(encode(r)));
  }

  /** The canonical encoding (everything but the record's own hash). */
  public static byte[] encode(LedgerRecord r) {
    var out = new ByteArrayOutputStream(256);
    field(out, FORMAT_TAG);
    field(out, Long.toString(r.sequence()));
    field(out, r.recordedAt().toString());
    field(out, r.profile().value());
    field(out, r.article().toString());
    field(out, r.subject().value());
    field(out, r.type().value());
    field(out, r.retainUntil().toString());
    u32(out, r.payload().size());
    for (Map.Entry<String, String> e : r.payload().entrySet()) {
      field(out, e.getKey());
      field(out, e.getValue());
    }
    field(out, r.previousHash());
    return out.toByteArray();
  }

  private static void field(ByteArrayOutputStream out, String s) {
    byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
    u32(out, bytes.length);
    out.write(bytes, 0, bytes.length);
  }

  private static void u32(ByteArrayOutputStream out, int n) {
    out.write(n >>> 24);
    out.write(n >>> 16);
    out.write(n >>> 8);
    out.write(n);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform must support SHA-256", e);
    }
  }
}
