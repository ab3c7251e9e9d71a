package io.github.zhibo.enforcement.internal;

/** The duties {@code duties.properties} resolves per text (core's catalogue lacks them). */
enum Duty {
  REMEDY_ROUTE,
  CONSUMER_ORDER_ARRANGEMENTS,
  REFUSED_INTERVIEW_REPORT,
  UNREACHABLE_PARTY_MEASURE,
  PROMPT_LIFT_ON_UPDATE
}
