package io.github.zhibo.core.ledger;

import io.github.zhibo.core.check.internal.TextRules;
import java.util.Objects;

/**
 * Who a ledger record is about, as a pseudonymous reference {@code scheme:body}: the platform's own key
 * ({@code acct:1001}, {@code room:r1}) or a keyed token ({@code hmac:9f86d08…}). Never a raw ID or phone
 * number: the ledger is kept for years and copied to auditors, and a pseudonym lets the platform erase or
 * re-key the link to a person without rewriting the chain. A body under 32 characters with a run of 11+
 * digits (the shape of a phone or ID number) is rejected.
 *
 * @param value {@code scheme:body}; scheme {@code [a-z][a-z0-9]{1,15}}, body {@code [A-Za-z0-9._~-]{1,128}}
 */
public record SubjectRef(String value) {

  /** Validates the shape; throws IllegalArgumentException or NullPointerException on bad input. */
  public SubjectRef {
    Objects.requireNonNull(value, "value");
    TextRules.requirePseudonym(value, "a subject reference");
  }

  /** The reference {@code value}; see the class documentation for the accepted shape. */
  public static SubjectRef of(String value) {
    return new SubjectRef(value);
  }

  /** The scheme and the first four characters of the body: enough to tell records apart in a log. */
  @Override
  public String toString() {
    int colon = value.indexOf(':');
    String body = value.substring(colon + 1);
    return body.length() <= 4 ? value : value.substring(0, colon + 5) + "…";
  }
}
