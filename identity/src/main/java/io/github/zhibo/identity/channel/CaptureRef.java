package io.github.zhibo.identity.channel;

import io.github.zhibo.core.check.EvidenceValue;
import java.util.Objects;

/**
 * The platform's opaque reference to a face capture (a liveness session id). The SDK never holds images or
 * biometric templates (PIPL Art. 28: biometrics are sensitive personal information); the platform's channel
 * implementation resolves the reference.
 *
 * @param value 1-128 characters of {@code A-Za-z0-9_.:#$-} without a run of 11+ digits
 */
public record CaptureRef(String value) {

  /** Validates the shape; throws IllegalArgumentException (without the value) or NullPointerException. */
  public CaptureRef {
    Objects.requireNonNull(value, "value");
    EvidenceValue.code(value);
  }

  /** Shorthand for the constructor. */
  public static CaptureRef of(String value) {
    return new CaptureRef(value);
  }

  @Override
  public String toString() {
    return "capture:" + value;
  }
}
