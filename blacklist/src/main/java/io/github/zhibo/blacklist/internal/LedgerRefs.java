package io.github.zhibo.blacklist.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * Pseudonymous references for ledger records and events: entry ids as they are when they fit the ledger's
 * subject shape (they are platform references, not personal data), keyed fingerprints otherwise, and a
 * keyed fingerprint of a query id (a query id may be an account id). Thread-safe.
 */
public final class LedgerRefs {

  private static final Pattern SUBJECT_BODY = Pattern.compile("[A-Za-z0-9._~-]{1,120}");
  private static final Pattern PARTY = Pattern.compile("[A-Za-z0-9._:\\-]{1,60}");

  private final Tokenizer tokenizer;

  public LedgerRefs(byte[] key) {
    this.tokenizer = new Tokenizer(key);
  }

  /** A subject-ref body for an entry id. */
  public String subjectBody(String entryId) {
    return SUBJECT_BODY.matcher(entryId).matches() ? entryId : "h" + fingerprint(entryId);
  }

  /** A party id for an entry id. */
  public String partyId(String entryId) {
    return PARTY.matcher(entryId).matches() ? entryId : "h" + fingerprint(entryId);
  }

  /** A keyed 128-bit fingerprint, hex. */
  public String fingerprint(String value) {
    return HexFormat.of().formatHex(tokenizer.token(Channel.ACCOUNT, value), 0, 16);
  }

  /** SHA-256 of free text (facts), hex: proves later what was decided without keeping the text here. */
  public String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
