package io.github.zhibo.core.check;

import io.github.zhibo.core.ErrorCode;

/**
 * Why a member of a composite check could not decide. The ids appear in logs and as the {@code error}
 * evidence of {@code CHECK.FAILED} findings, so platforms can alert on them.
 */
public enum CheckError implements ErrorCode {

  /** The member threw. */
  MEMBER_THREW("ZB-CHK-0001"),

  /** The member returned {@code null} instead of a decision. */
  MEMBER_RETURNED_NULL("ZB-CHK-0002"),

  /** The member did not finish within the composite's timeout. */
  MEMBER_TIMED_OUT("ZB-CHK-0003"),

  /** The executor refused to run the member. */
  MEMBER_REJECTED("ZB-CHK-0004"),

  /** The member returned a decision made under another profile than the one asked for. */
  MEMBER_WRONG_PROFILE("ZB-CHK-0005"),

  /** The calling thread was interrupted while waiting for the member. */
  MEMBER_INTERRUPTED("ZB-CHK-0006"),

  /** A platform parameter was given a value outside its documented range. */
  INVALID_PARAMETER("ZB-CHK-0007");

  private final String id;

  CheckError(String id) {
    this.id = id;
  }

  @Override
  public String id() {
    return id;
  }
}
