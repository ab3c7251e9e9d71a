package io.github.zhibo.blacklist;

/**
 * Why a screening hit matched, strongest first. The first three are <b>identity anchors</b> and block; the
 * next five are <b>linked evidence</b> and send to review; the rest are <b>weak evidence</b>: name with
 * birth date sends to review, and names, nationality and address otherwise only add to a hit's score.
 */
public enum EvidenceKind {
  /** The same identity-document number (resident ID in 15 or 18 digits, HMT/foreign permit, passport). */
  ID_NUMBER,
  /** The same unified social credit code (统一社会信用代码). */
  USCC,
  /** A legal representative's document matches across roles (listed person ↔ new company's representative). */
  LEGAL_REPRESENTATIVE,
  /** The same biometric (face) template id. */
  BIOMETRIC,
  /** The same payment account. */
  PAYMENT_ACCOUNT,
  /** The same platform account id (a listed account migrated or transferred). */
  ACCOUNT,
  /** The same device identifier. */
  DEVICE,
  /** The same phone number. */
  PHONE,
  /** The same name after normalisation (simplified/traditional, width, spacing, order, case, punctuation). */
  NAME,
  /** The same birth date, together with the name. */
  BIRTH_DATE,
  /** The same nationality, together with the name and birth date. */
  NATIONALITY,
  /** The same organisation name. */
  ORGANIZATION_NAME,
  /** The same address after normalisation. */
  ADDRESS;

  /** Whether this kind alone makes a hit block. */
  public boolean isAnchor() {
    return this == ID_NUMBER || this == USCC || this == LEGAL_REPRESENTATIVE;
  }

  /** Whether this kind is linked evidence (review, never block). */
  public boolean isLinked() {
    return ordinal() >= BIOMETRIC.ordinal() && ordinal() <= PHONE.ordinal();
  }
}
