package io.github.zhibo.core.party;

/** The legal form of a live-room operator, which decides what it must register and disclose. */
public enum OperatorKind {
  /** 法人或者非法人组织: a company or other organisation, identified by its USCC. */
  ORGANIZATION,
  /** 个体工商户: an individual business, a natural person registered as a market entity (with a USCC). */
  INDIVIDUAL_BUSINESS,
  /** 自然人: a natural person not registered as a market entity, identified by an identity document. */
  NATURAL_PERSON;

  /** Whether a party of this kind is registered as a market entity (办理经营主体登记) by its nature. */
  public boolean registeredByNature() {
    return this != NATURAL_PERSON;
  }
}
