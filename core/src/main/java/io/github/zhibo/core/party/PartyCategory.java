package io.github.zhibo.core.party;

import java.util.Optional;

/** The categories of party whose field sets differ: operators by legal form, marketers, sellers. */
public enum PartyCategory {
  /** A live-room operator that is an organisation. */
  OPERATOR_ORGANIZATION(PartyRole.LIVE_ROOM_OPERATOR, OperatorKind.ORGANIZATION),
  /** A live-room operator that is an individual business. */
  OPERATOR_INDIVIDUAL_BUSINESS(PartyRole.LIVE_ROOM_OPERATOR, OperatorKind.INDIVIDUAL_BUSINESS),
  /** A live-room operator that is a natural person not registered as a market entity. */
  OPERATOR_NATURAL_PERSON(PartyRole.LIVE_ROOM_OPERATOR, OperatorKind.NATURAL_PERSON),
  /** A marketer. */
  MARKETER(PartyRole.MARKETER, null),
  /** A seller. */
  SELLER(PartyRole.SELLER, null);

  private final PartyRole role;
  private final OperatorKind kind;

  PartyCategory(PartyRole role, OperatorKind kind) {
    this.role = role;
    this.kind = kind;
  }

  /** The role of parties in this category. */
  public PartyRole role() {
    return role;
  }

  /** The operator kind, for operator categories. */
  public Optional<OperatorKind> operatorKind() {
    return Optional.ofNullable(kind);
  }

  /** The category of an operator of {@code kind}. */
  public static PartyCategory ofOperator(OperatorKind kind) {
    switch (kind) {
      case ORGANIZATION:
        return OPERATOR_ORGANIZATION;
      case INDIVIDUAL_BUSINESS:
        return OPERATOR_INDIVIDUAL_BUSINESS;
      default:
        return OPERATOR_NATURAL_PERSON;
    }
  }
}
