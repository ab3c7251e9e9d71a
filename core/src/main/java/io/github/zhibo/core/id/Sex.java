package io.github.zhibo.core.id;

/** The sex a person identifier encodes in its sequence number: odd for male, even for female. */
public enum Sex {
  /** 男: odd sequence digit. */
  MALE,
  /** 女: even sequence digit. */
  FEMALE;

  static Sex ofDigit(char digit) {
    return ((digit - '0') & 1) == 1 ? MALE : FEMALE;
  }
}
