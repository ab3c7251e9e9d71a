package io.github.zhibo.disclosure.model;

import io.github.zhibo.disclosure.internal.Redacted;
import org.jspecify.annotations.Nullable;

/**
 * A licence the operator shows.
 *
 * @param type licence type, e.g. {@code FOOD_BUSINESS} (absent: {@code null})
 * @param number licence number (absent: {@code null})
 */
public record DisplayedLicence(
    @Nullable String type,
    @Nullable String number) {

  /** Names the fields that are present, never their values (they may be personal data). */
  @Override
  public String toString() {
    return Redacted.describe("DisplayedLicence", "type", type, "number", number);
  }
}
