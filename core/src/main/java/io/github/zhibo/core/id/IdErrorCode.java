package io.github.zhibo.core.id;

import io.github.zhibo.core.ErrorCode;

/**
 * Why a string is not a valid identifier of the requested kind. Names are stable (the reference app
 * prints them); ids are {@code ZB-ID-00nn}.
 */
public enum IdErrorCode implements ErrorCode {
  /** Nothing to parse. */
  EMPTY,
  /** A character no identifier of the kind may hold at that position (full-width, space, letter...). */
  ILLEGAL_CHARACTER,
  /** The right characters, the wrong number of them; the position is the first missing or surplus one. */
  WRONG_LENGTH,
  /** The first digits are no mainland province (or, for HMT permits, no territory). */
  UNKNOWN_PROVINCE,
  /**
   * A number of another kind: an HMT permit or foreign resident ID offered as a resident ID, or the
   * other way round. Never accepted silently.
   */
  WRONG_KIND,
  /** The birth date is not a calendar date (month 13, 30 February, 29 February 1900...). */
  INVALID_DATE,
  /** The birth date is after today by the policy's clock. */
  FUTURE_DATE,
  /** The birth year is before the policy's floor (default 1800). */
  DATE_BEFORE_MINIMUM,
  /** The check character does not match; the error carries the expected one. */
  CHECKSUM_MISMATCH,
  /** The GB 11714 check character embedded in a USCC (position 17, 1-based) does not match. */
  ORG_CODE_CHECKSUM_MISMATCH,
  /** A USCC of the early Fujian pilot pattern that fails mod 31; accepted only if the policy allows. */
  LEGACY_PILOT_CHECKSUM,
  /** A region field holds something other than the digits its format requires. */
  BAD_REGION_FORMAT,
  /** A mobile number outside the number ranges the policy allows. */
  UNKNOWN_NUMBER_RANGE,
  /** A 2023 foreign permanent resident ID whose nationality field is no ISO 3166-1 numeric code. */
  UNKNOWN_NATIONALITY;

  @Override
  public String id() {
    return String.format(java.util.Locale.ROOT, "ZB-ID-%04d", ordinal() + 1);
  }
}
