package io.github.zhibo.disclosure.model;

/** The legal form of a live-room operator, which decides what it must disclose and where. */
public enum OperatorType {
  /** A legal person or unincorporated organisation (法人或者非法人组织). */
  ORGANIZATION,
  /** An individual business (个体工商户). */
  INDIVIDUAL_BUSINESS,
  /** A natural person who need not register as a market entity (依法不需要办理经营主体登记的其他自然人). */
  NATURAL_PERSON
}
