package io.github.zhibo.core.id;

import java.util.SplittableRandom;

/** Seeded generators of valid identifiers for the property tests; check characters via the public API. */
final class Generators {

  static final long[] SEEDS = {1L, 20261128L, 0x5eedL, 42L, 987654321L};
  private static final int[] PROVINCES = {11, 13, 15, 23, 31, 35, 44, 46, 50, 54, 61, 65};
  private static final String USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

  private Generators() {}

  /** A valid 18-digit resident ID born 1900–2025. */
  static String residentId(SplittableRandom r) {
    int year = 1900 + r.nextInt(126);
    int month = 1 + r.nextInt(12);
    int day = 1 + r.nextInt(28);
    String body = String.format(java.util.Locale.ROOT, "%02d%04d%04d%02d%02d%03d",
        PROVINCES[r.nextInt(PROVINCES.length)], r.nextInt(10000), year, month, day, r.nextInt(1000));
    return body + ResidentIdNumber.checkCharacter(body);
  }

  /** A valid USCC with a known authority/category, any organisation-code body. */
  static String uscc(SplittableRandom r) {
    OrganisationCategory[] cats = OrganisationCategory.values();
    OrganisationCategory cat = cats[r.nextInt(cats.length)];
    StringBuilder sb = new StringBuilder()
        .append(cat.authority().code()).append(cat.code())
        .append(String.format(java.util.Locale.ROOT, "%02d%04d", PROVINCES[r.nextInt(PROVINCES.length)],
            r.nextInt(10000)));
    for (int i = 0; i < 8; i++) {
      sb.append(USCC_ALPHABET.charAt(r.nextInt(USCC_ALPHABET.length())));
    }
    char org = UnifiedSocialCreditCode.organisationCodeCheckCharacter(sb.substring(8, 16));
    sb.append(org);
    return sb.append(UnifiedSocialCreditCode.checkCharacter(sb)).toString();
  }

  static String usccAlphabet() {
    return USCC_ALPHABET;
  }
}
