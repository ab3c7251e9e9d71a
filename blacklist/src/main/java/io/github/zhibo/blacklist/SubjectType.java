package io.github.zhibo.blacklist;

/** Whether a screening record is about a natural person or an organisation (DESIGN.md §5.1). */
public enum SubjectType {
  /** A natural person (自然人): a marketer, an individual live-room operator. */
  PERSON,
  /** An organisation with a USCC: a company operating a live room, a marketer agency (MCN). */
  ORGANIZATION
}
