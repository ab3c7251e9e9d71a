package io.github.zhibo.core.ledger;

import io.github.zhibo.core.check.internal.TextRules;
import io.github.zhibo.core.ledger.internal.Payloads;
import io.github.zhibo.core.regulation.ArticleRef;
import io.github.zhibo.core.regulation.ProfileId;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

/**
 * What a caller asks the ledger to keep; the ledger adds sequence, time and hashes to make a
 * {@link LedgerRecord}.
 *
 * <p>The payload is a flat string map for the facts of the record (a verification channel, a result code,
 * a report id). It is kept for years and shown to auditors, so it must not hold raw personal data — put
 * masked values or pseudonymous references there; this cannot be checked in general (an order number
 * and a phone number look alike), so it is the caller's duty. Keys are {@code [a-z][A-Za-z0-9_.]{0,63}},
 * at most 32 entries of at most 4096 characters each.
 *
 * @param profile the profile under which the evidence is kept
 * @param article the article that requires keeping it
 * @param subject who the record is about, pseudonymously
 * @param type what kind of record it is
 * @param payload the facts; stored sorted by key
 * @param retainUntil the last day the record must be kept (from the profile's retention rule, counted
 *     from the event the profile names)
 */
public record LedgerEntry(ProfileId profile, ArticleRef article, SubjectRef subject, RecordType type,
    Map<String, String> payload, LocalDate retainUntil) {

  /** Validates the shape; throws IllegalArgumentException or NullPointerException on bad input. */
  public LedgerEntry {
    Objects.requireNonNull(profile, "profile");
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(retainUntil, "retainUntil");
    payload = Payloads.copyOf(Objects.requireNonNull(payload, "payload"));
    TextRules.requireArticleOfProfile(profile, article);
  }

  /** Payload values are not shown: the caller vouches they hold no personal data, we do not rely on it. */
  @Override
  public String toString() {
    return "LedgerEntry[" + profile + " " + article + " " + type + " " + subject + " payloadKeys="
        + payload.keySet() + " retainUntil=" + retainUntil + "]";
  }
}
