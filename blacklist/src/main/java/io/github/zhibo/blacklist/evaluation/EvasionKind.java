package io.github.zhibo.blacklist.evaluation;

import io.github.zhibo.blacklist.Verdict;

/**
 * The kinds of query the benchmark generates: evasions of a listed entry (expected {@code BLOCK} or
 * {@code REVIEW} with that entry among the top three hits) and hard negatives (expected {@code CLEAR}).
 */
public enum EvasionKind {
  /** Re-registration with the same resident ID, new phone, device and nickname. */
  ID_SAME(Verdict.BLOCK, true),
  /** The resident ID typed with full-width digits, spaces, hyphens, zero-width characters or a lower-case x. */
  ID_FORMATTED(Verdict.BLOCK, true),
  /** The legacy 15-digit form of the listed 18-digit resident ID. */
  ID_LEGACY_15(Verdict.BLOCK, true),
  /** A Hong Kong/Macau/Taiwan residence permit number, reformatted. */
  HMT_PERMIT_FORMATTED(Verdict.BLOCK, true),
  /** A foreign passport number, reformatted (case, spaces). */
  PASSPORT_FORMATTED(Verdict.BLOCK, true),
  /** The listed company's USCC in lower case, with spaces or hyphens. */
  USCC_FORMATTED(Verdict.BLOCK, true),
  /** A listed company's legal representative applies as a person. */
  LEGAL_REP_AS_PERSON(Verdict.BLOCK, true),
  /** A listed person is the legal representative of a new company. */
  PERSON_AS_LEGAL_REP(Verdict.BLOCK, true),
  /** A shell company: new USCC and name, the listed company's legal representative. */
  SHELL_COMPANY(Verdict.BLOCK, true),
  /** Borrowed identity (another valid resident ID and name) with the listed phone, typed +86/86-/spaced/full-width. */
  BORROWED_ID_SAME_PHONE(Verdict.REVIEW, true),
  /** Borrowed identity on the listed device (case and hyphens changed). */
  BORROWED_ID_SAME_DEVICE(Verdict.REVIEW, true),
  /** Borrowed identity paying out to the listed payment account (spaces inserted). */
  BORROWED_ID_SAME_PAYMENT(Verdict.REVIEW, true),
  /** Borrowed identity whose face matches the listed biometric template. */
  BORROWED_ID_SAME_BIOMETRIC(Verdict.REVIEW, true),
  /** A listed account migrated or transferred to a new verified owner. */
  ACCOUNT_MIGRATION(Verdict.REVIEW, true),
  /** Several weak links at once: new identity, a listed device and payment account, a name variant. */
  STACKED_LINKS(Verdict.REVIEW, true),
  /** The listed name in traditional characters, full width or spaced, with the birth date, no document. */
  NAME_VARIANT_WITH_BIRTH_DATE(Verdict.REVIEW, false),
  /** The listed Han name in pinyin (passport order, case, spacing), with the birth date, no document. */
  NAME_PINYIN_WITH_BIRTH_DATE(Verdict.REVIEW, false),
  /** A renewed passport: new number, name order/case/punctuation changed, same birth date and nationality. */
  RENEWED_PASSPORT(Verdict.REVIEW, false),
  /** Hard negative: a common name shared with a listed person, another birth date and resident ID. */
  NEG_COMMON_NAME(Verdict.CLEAR, false),
  /** Hard negative: same name and birth date, but another valid resident ID (two IDs are two people). */
  NEG_SAME_NAME_BIRTH_DATE_OTHER_ID(Verdict.CLEAR, false),
  /** Hard negative: same name and birth date, another nationality. */
  NEG_SAME_NAME_OTHER_NATIONALITY(Verdict.CLEAR, false),
  /** Hard negative: a homophone Han name (章伟 for 张伟) with the same birth date: another person. */
  NEG_HOMOPHONE_SAME_BIRTH_DATE(Verdict.CLEAR, false),
  /** Hard negative: the name alone, no birth date or document. */
  NEG_NAME_ONLY(Verdict.CLEAR, false),
  /** Hard negative: a placeholder device id that listed entries also report (zeros, 02:00:00:00:00:00, unknown). */
  NEG_PLACEHOLDER_DEVICE(Verdict.CLEAR, false),
  /** Hard negative: an agency payout account many listed marketers share. */
  NEG_SHARED_PAYOUT_ACCOUNT(Verdict.CLEAR, false),
  /** Hard negative: an organisation with a listed company's name, its own USCC and representative. */
  NEG_SAME_COMPANY_NAME(Verdict.CLEAR, false),
  /** Hard negative: a listed entry's address only (cluster registration address). */
  NEG_SAME_ADDRESS(Verdict.CLEAR, false),
  /** A clean applicant with nothing in common with the list. */
  CLEAN(Verdict.CLEAR, false);

  private final Verdict expected;
  private final boolean identifierBased;

  EvasionKind(Verdict expected, boolean identifierBased) {
    this.expected = expected;
    this.identifierBased = identifierBased;
  }

  /** The decision a correct screener gives. */
  public Verdict expected() {
    return expected;
  }

  /** Whether the evasion is caught through identifiers (the kinds a shared list must catch as well). */
  public boolean identifierBased() {
    return identifierBased;
  }

  /** Whether this kind is a hard negative or clean applicant. */
  public boolean negative() {
    return expected == Verdict.CLEAR;
  }
}
