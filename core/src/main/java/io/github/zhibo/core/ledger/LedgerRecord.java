package io.github.zhibo.core.ledger;

import io.github.zhibo.core.ledger.internal.Hashes;
import io.github.zhibo.core.regulation.ArticleRef;
import io.github.zhibo.core.regulation.ProfileId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

/**
 * One stored ledger record: the caller's {@link LedgerEntry} plus sequence number, time of recording and
 * the two hashes that chain it.
 *
 * <p>A record does not check its own hash (stores must be able to read back tampered records so that
 * {@link EvidenceLedger#verify()} can report them); {@link #hashMatches()} does.
 *
 * <h2>Canonical encoding, version 1</h2>
 * {@code hash} is the lower-case hex SHA-256 of these bytes, with {@code F(s)} = the length of the UTF-8
 * encoding of {@code s} as a 4-byte big-endian unsigned integer, followed by that encoding:
 * <ol>
 *   <li>{@code F("zhibo-ledger/1")} — format tag</li>
 *   <li>{@code F(sequence)} — decimal, no sign, no leading zeros</li>
 *   <li>{@code F(recordedAt)} — {@link Instant#toString()}: ISO-8601 UTC, {@code Z} suffix, fraction in
 *       groups of 3 digits and only when non-zero</li>
 *   <li>{@code F(profile)} — {@link ProfileId#value()}</li>
 *   <li>{@code F(article)} — {@link ArticleRef#toString()}, e.g. {@code ORDER_117 Art. 8(1)}</li>
 *   <li>{@code F(subject)} — {@link SubjectRef#value()}</li>
 *   <li>{@code F(type)} — {@link RecordType#value()}</li>
 *   <li>{@code F(retainUntil)} — ISO date {@code yyyy-MM-dd}</li>
 *   <li>the payload entry count as a 4-byte big-endian integer, then {@code F(key) F(value)} for each entry
 *       in ascending key order (keys are ASCII, so string and byte order agree)</li>
 *   <li>{@code F(previousHash)} — 64 lower-case hex digits</li>
 * </ol>
 * Length prefixes make the encoding unambiguous without escaping: no two different records encode to the
 * same bytes.
 *
 * @param sequence position in the chain, from 1, without gaps
 * @param recordedAt when the ledger appended it, from the ledger's clock
 * @param profile see {@link LedgerEntry}
 * @param article see {@link LedgerEntry}
 * @param subject see {@link LedgerEntry}
 * @param type see {@link LedgerEntry}
 * @param payload see {@link LedgerEntry}; sorted by key
 * @param retainUntil see {@link LedgerEntry}
 * @param previousHash the hash of record {@code sequence - 1}, or {@link #GENESIS_HASH} for the first
 * @param hash the hash of this record's canonical encoding
 */
public record LedgerRecord(long sequence, Instant recordedAt, ProfileId profile, ArticleRef article,
    SubjectRef subject, RecordType type, Map<String, String> payload, LocalDate retainUntil,
    String previousHash, String hash) {

  /** The previous hash of the first record: 64 zeros. */
  public static final String GENESIS_HASH = "0000000000000000000000000000000000000000000000000000000000000000";

  /** Validates the shape; throws IllegalArgumentException or NullPointerException on bad input. */
  public LedgerRecord {
    if (sequence < 1) {
      throw new IllegalArgumentException("sequence must be >= 1: " + sequence);
    }
    Objects.requireNonNull(recordedAt, "recordedAt");
    // the entry's own rules (non-null fields, article of the profile's text, sorted payload copy) apply
    payload = new LedgerEntry(profile, article, subject, type, payload, retainUntil).payload();
    Hashes.requireHex(Objects.requireNonNull(previousHash, "previousHash"), "previousHash");
    Hashes.requireHex(Objects.requireNonNull(hash, "hash"), "hash");
  }

  /** Whether {@link #hash()} is the hash of this record's canonical encoding. */
  public boolean hashMatches() {
    return Hashes.hashOf(this).equals(hash);
  }

  /** The entry this record keeps. */
  public LedgerEntry entry() {
    return new LedgerEntry(profile, article, subject, type, payload, retainUntil);
  }

  /** Payload values are not shown, and the subject only abbreviated; see {@link LedgerEntry}. */
  @Override
  public String toString() {
    return "LedgerRecord[#" + sequence + " " + recordedAt + " " + profile + " " + article + " " + type + " "
        + subject + " payloadKeys=" + payload.keySet() + " retainUntil=" + retainUntil + " hash="
        + hash.substring(0, 12) + "…]";
  }
}
