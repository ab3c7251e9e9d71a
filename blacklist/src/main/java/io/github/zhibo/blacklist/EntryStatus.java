package io.github.zhibo.blacklist;

/** Where a blacklist entry is in its lifecycle. Only {@link #LISTED} and {@link #UNDER_APPEAL} are screened. */
public enum EntryStatus {
  /** On the list. */
  LISTED,
  /** On the list while its appeal (申诉) is reviewed. */
  UNDER_APPEAL,
  /** Removed because its term ended (期限届满移出), related measures lifted. */
  EXPIRED,
  /** Removed because the appeal review overturned it, related measures lifted. */
  OVERTURNED
}
