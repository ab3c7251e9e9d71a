package io.github.zhibo.core.regulation;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Identifies a regulation profile: one of the two bundled profiles, or a platform's own profile derived
 * from one of them (its own stricter thresholds, say {@code ACME_STRICT}).
 *
 * @param value upper-case letters, digits and underscores, 2 to 64 characters
 */
public record ProfileId(String value) {

  private static final Pattern SHAPE = Pattern.compile("[A-Z][A-Z0-9_]{1,63}");

  /** The adopted measures, SAMR/CAC Order No. 117: the default profile. */
  public static final ProfileId ORDER_117 = new ProfileId("ORDER_117");

  /** The 2025 consultation draft. */
  public static final ProfileId DRAFT_2025 = new ProfileId("DRAFT_2025");

  public ProfileId {
    Objects.requireNonNull(value, "value");
    if (!SHAPE.matcher(value).matches()) {
      throw new IllegalArgumentException(
          "a profile id is 2-64 upper-case letters, digits or underscores, starting with a letter: " + value);
    }
  }

  public static ProfileId of(String value) {
    return new ProfileId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
