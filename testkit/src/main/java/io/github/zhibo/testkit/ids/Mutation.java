package io.github.zhibo.testkit.ids;

/** How an invalid identifier was made from a valid one. */
public enum Mutation {
  /** One character replaced by another of the same class (digit by digit): the check character must catch it. */
  SUBSTITUTION,
  /** Two adjacent, different characters swapped: the check character must catch it. */
  TRANSPOSITION,
  /** Characters cut off the end, or digits appended. */
  WRONG_LENGTH,
  /** The province (for HMT permits: territory) field holds no such code. */
  BAD_PROVINCE,
  /** The birth date is no calendar date (month 13, day 32, 30 February…). */
  BAD_DATE,
  /** The birth date is after the clock's today; the check character is recomputed. */
  FUTURE_DATE,
  /** The birth year is before the default floor (1800); the check character is recomputed. */
  EARLY_DATE,
  /**
   * One character replaced by its full-width form, or an ideographic space inserted (IME noise): rejected by
   * the default policy, undone by the lenient one.
   */
  FULL_WIDTH,
  /** A valid number of another kind (an HMT permit offered as a resident ID…). */
  WRONG_KIND,
  /** A mobile number outside the allocated number ranges. */
  UNKNOWN_RANGE,
  /** A 2023 foreign permanent resident ID whose nationality field is no ISO 3166-1 numeric code. */
  UNKNOWN_NATIONALITY,
  /** A region field holding something other than the digits its format requires. */
  BAD_REGION_FORMAT
}
