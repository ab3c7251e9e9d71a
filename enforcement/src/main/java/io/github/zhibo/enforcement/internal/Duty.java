package io.github.zhibo.enforcement.internal;

/** The duties of the disposal workflow whose article depends on the text; {@link Duties} resolves them. */
enum Duty {
  REMEDY_ROUTE,
  CONSUMER_ORDER_ARRANGEMENTS,
  REFUSED_INTERVIEW_REPORT,
  UNREACHABLE_PARTY_MEASURE,
  PROMPT_LIFT_ON_UPDATE
}
