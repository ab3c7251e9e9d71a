package io.github.zhibo.identity.channel;

/**
 * The SPI a platform implements against a real verification service (or uses {@link SandboxChannel} for
 * tests and the reference app). One call, one answer; blocking.
 *
 * <p>Contract: return a {@link Verification} of {@code request.channel()}, never {@code null}; report a
 * service failure as {@link VerificationOutcome#UNAVAILABLE} (exceptions are tolerated: every decorator in
 * this package wraps the channel with {@link VerificationChannels#guarded}, which turns an exception, a
 * {@code null} or an answer from the wrong channel into UNAVAILABLE). Never put the request's name or number
 * into an exception message. Implementations must be thread-safe.
 */
@FunctionalInterface
public interface VerificationChannel {

  /** Verifies {@code request} and answers; blocking. */
  Verification verify(VerificationRequest request);
}
