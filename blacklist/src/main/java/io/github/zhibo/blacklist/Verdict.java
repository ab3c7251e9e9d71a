package io.github.zhibo.blacklist;

/** The screening decision of DESIGN.md §5.1. */
public enum Verdict {
  /** A strong identity anchor matches a listed entry: refuse (registration, migration, onboarding, go-live). */
  BLOCK,
  /** Linked or weak evidence only: a person decides. */
  REVIEW,
  /** Nothing points to a listed entry. */
  CLEAR
}
