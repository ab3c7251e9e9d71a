package io.github.zhibo.core.party;

/**
 * The identity documents a party registers with (证件类型), as the wire formats name them (DESIGN.md §5.1,
 * §5.4). Every type but {@link #PASSPORT} has a checked value type in {@code io.github.zhibo.core.id}.
 */
public enum DocumentType {
  /** 居民身份证 (18 digits, GB 11643). */
  RESIDENT_ID,
  /** 港澳台居民居住证 (810000/820000/830000…). */
  HMT_PERMIT,
  /** 外国人永久居留身份证. */
  FOREIGN_PERMANENT_RESIDENT_ID,
  /** A foreign passport: no check characters; compared after normalisation only. */
  PASSPORT,
  /** 统一社会信用代码 (GB 32100) of an organisation or individual business. */
  USCC;

  /** Whether the document identifies an organisation (or individual business) rather than a person. */
  public boolean identifiesOrganisation() {
    return this == USCC;
  }
}
