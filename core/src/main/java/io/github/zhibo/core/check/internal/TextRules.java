package io.github.zhibo.core.check.internal;

import io.github.zhibo.core.regulation.ArticleRef;
import io.github.zhibo.core.regulation.ProfileId;
import java.util.regex.Pattern;

/**
 * Shape rules shared by evidence values, findings and ledger records, in one place so that "what may look
 * like personal data" has a single definition.
 *
 * <p>Mainland mobile numbers have 11 digits and resident ID numbers 15 or 18 (the last possibly
 * {@code X}); any run of 11 or more digits therefore catches each of them, while leaving room for the
 * short numbers vocabulary uses (region codes, article numbers, error codes). This is a guard against
 * mistakes, not against a determined caller.
 */
public final class TextRules {

  /** The shortest run of consecutive digits treated as a possible phone or ID number. */
  public static final int IDENTIFIER_DIGIT_RUN = 11;

  private static final Pattern PSEUDONYM = Pattern.compile("[a-z][a-z0-9]{1,15}:[A-Za-z0-9._~-]{1,128}");

  /** Bodies at least this long are keyed-hash output (hex or base64url), where digit runs occur by chance. */
  private static final int HASH_BODY_LENGTH = 32;

  private TextRules() {}

  /** Whether {@code s} contains {@link #IDENTIFIER_DIGIT_RUN} or more consecutive ASCII digits. */
  public static boolean hasIdentifierDigitRun(CharSequence s) {
    int run = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      run = (c >= '0' && c <= '9') ? run + 1 : 0;
      if (run >= IDENTIFIER_DIGIT_RUN) {
        return true;
      }
    }
    return false;
  }

  /**
   * Checks a pseudonymous reference {@code scheme:body} ({@code acct:1001}, {@code hmac:9f86d0…}) and throws
   * IllegalArgumentException naming the rule, never echoing the value (it may be the personal data we
   * guard against).
   */
  public static String requirePseudonym(String value, String what) {
    if (!PSEUDONYM.matcher(value).matches()) {
      throw new IllegalArgumentException(what + " must be scheme:body (scheme a-z0-9 2-16 chars, body "
          + "A-Za-z0-9._~- 1-128 chars), got a value of length " + value.length());
    }
    String body = value.substring(value.indexOf(':') + 1);
    if (body.length() < HASH_BODY_LENGTH && hasIdentifierDigitRun(body)) {
      throw new IllegalArgumentException(what + " looks like a raw phone or ID number (a run of "
          + IDENTIFIER_DIGIT_RUN + "+ digits); pass a pseudonymous reference or keyed token instead");
    }
    return value;
  }

  /** Rejects strings with unpaired surrogates, which UTF-8 cannot encode faithfully. */
  public static String requireWellFormed(String s, String what) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        throw new IllegalArgumentException(what + " has an unpaired surrogate at index " + i);
      }
    }
    return s;
  }

  /**
   * For the two bundled profiles, requires the article to come from the profile's own text: the draft's
   * Art. 22 and Order 117's Art. 22 are different obligations. A custom profile may cite either text.
   */
  public static void requireArticleOfProfile(ProfileId profile, ArticleRef article) {
    boolean bundled = profile.equals(ProfileId.ORDER_117) || profile.equals(ProfileId.DRAFT_2025);
    if (bundled && !article.text().name().equals(profile.value())) {
      throw new IllegalArgumentException("a " + profile + " record cannot cite " + article);
    }
  }
}
