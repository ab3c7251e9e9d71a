package io.github.zhibo.core.id;

/**
 * A parsed, valid identifier in canonical form. Implementations are immutable, thread-safe, equal by
 * canonical string, and mask themselves in {@code toString()}.
 */
public sealed interface Identifier permits PersonIdNumber, UnifiedSocialCreditCode, MobileNumber {

  /** The canonical string (personal data: do not log it). */
  String canonical();

  /** The kind this value was parsed as. */
  IdKind kind();

  /** A display form with the middle replaced by {@code *}, e.g. {@code 110***********002X}: no run of more than four characters of the number survives. */
  String masked();
}
