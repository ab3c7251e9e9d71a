package io.github.zhibo.core.id;

/**
 * Something a valid parse changed or could not confirm. A warning never makes a number invalid; it tells
 * the caller what to store for audit or what to verify online.
 */
public enum IdWarning {
  /** ASCII lower case ({@code x}, USCC letters) was accepted and upper-cased. */
  CASE_FOLDED,
  /** The lenient normaliser applied NFKC (full-width digits, {@code Ⅹ}...). */
  WIDTH_NORMALISED,
  /** The lenient normaliser removed Unicode whitespace or hyphens. */
  SEPARATORS_REMOVED,
  /** A lenient mobile parse removed a {@code +86}, {@code 0086} or {@code 86} country code. */
  COUNTRY_CODE_REMOVED,
  /** The USCC registration authority is not in the bundled GB 32100 table (the table grows over time). */
  UNKNOWN_REGISTRATION_AUTHORITY,
  /** The USCC authority is known but the organisation category is not. */
  UNKNOWN_ORGANISATION_CATEGORY,
  /** A check without an official definition failed (the 15-character foreign resident ID). */
  SOFT_CHECK_FAILED,
  /** The holder would be older than the policy's plausible maximum age (default 130). */
  IMPLAUSIBLE_AGE,
  /** A legacy pilot USCC that fails mod 31, accepted because the policy allows it. */
  LEGACY_PILOT_CODE
}
