package io.github.zhibo.core.check.internal;

import io.github.zhibo.core.check.CheckError;
import io.github.zhibo.core.check.Decision;
import io.github.zhibo.core.check.Evidence;
import io.github.zhibo.core.check.EvidenceValue;
import io.github.zhibo.core.check.Finding;
import io.github.zhibo.core.check.Severity;
import io.github.zhibo.core.regulation.ProfileId;
import java.lang.System.Logger.Level;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Turns a component failure into a {@code REVIEW} decision with one {@code CHECK.FAILED} finding, and logs
 * it. Fail closed: a component that could not decide must never let a subject through.
 *
 * <p>The log line carries the error code, the component's name and the exception's class name only. The
 * exception's message and stack trace are left out on purpose: they come from platform code that had the
 * subject in hand and may quote its personal data.
 */
final class FailureFindings {

  /** The rule id of every component-failure finding. */
  static final String RULE = "CHECK.FAILED";

  private static final System.Logger LOG = System.getLogger("io.github.zhibo.core.check");

  private static final Map<CheckError, String> MESSAGE_KEYS = Map.of(
      CheckError.MEMBER_THREW, "check.failed",
      CheckError.MEMBER_RETURNED_NULL, "check.nullDecision",
      CheckError.MEMBER_TIMED_OUT, "check.timedOut",
      CheckError.MEMBER_REJECTED, "check.rejected",
      CheckError.MEMBER_WRONG_PROFILE, "check.wrongProfile",
      CheckError.MEMBER_INTERRUPTED, "check.interrupted");

  private FailureFindings() {}

  static Decision review(ProfileId profile, String component, CheckError error, @Nullable Throwable cause) {
    String causeType = cause == null ? null : cause.getClass().getName();
    LOG.log(Level.WARNING, () -> error.id() + ": check '" + component + "' could not decide"
        + (causeType == null ? "" : " (" + causeType + ")") + "; answering REVIEW");
    var evidence = Evidence.builder()
        .put("check", EvidenceValue.code(component))
        .put("error", EvidenceValue.code(error.id()));
    if (causeType != null) {
      evidence.put("cause", EvidenceValue.code(isCode(causeType) ? causeType : "unknown"));
    }
    Finding finding = Finding.operational(RULE, profile, Severity.WARNING, MESSAGE_KEYS.get(error))
        .evidence(evidence.build())
        .build();
    return Decision.review(List.of(finding));
  }

  private static boolean isCode(String s) {
    try {
      EvidenceValue.code(s);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
