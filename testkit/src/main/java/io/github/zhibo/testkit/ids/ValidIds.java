package io.github.zhibo.testkit.ids;

import io.github.zhibo.core.id.IdKind;
import io.github.zhibo.core.id.MobileNumberRanges;
import io.github.zhibo.core.id.OrganisationCategory;
import io.github.zhibo.testkit.Gen;
import io.github.zhibo.testkit.internal.IdParts;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Generators of valid identifiers in canonical form. Every value parses with {@code kind.tryParse(value,
 * ParsePolicy.defaults(clock))} for the clock given here (birth dates lie between 1930 and the day before
 * the clock's today, in the clock's zone). The numbers are synthetic: a generated resident ID may by chance be
 * someone's real number, so never send generated values to a live verification channel.
 *
 * <p>All generators are stateless and thread-safe.
 */
public final class ValidIds {

  private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1930, 1, 1);

  private ValidIds() {}

  /** Valid identifiers of {@code kind}; {@code FOREIGN_PERMANENT_RESIDENT_ID} mixes both formats. */
  public static Gen<String> of(IdKind kind, Clock clock) {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(clock, "clock");
    switch (kind) {
      case RESIDENT_ID:
        return residentId(clock);
      case RESIDENT_ID_15:
        return residentId15();
      case HMT_PERMIT:
        return hmtPermit(clock);
      case FOREIGN_PERMANENT_RESIDENT_ID:
        return foreignPermanentResidentId(clock);
      case USCC:
        return uscc();
      default:
        return mobile();
    }
  }

  /** 18-digit resident ID numbers (GB 11643-1999): mainland province, any county, birth date, sequence, check. */
  public static Gen<String> residentId(Clock clock) {
    Objects.requireNonNull(clock, "clock");
    return r -> IdParts.withMod112(IdParts.province(r) + IdParts.digits(r, 4)
        + IdParts.date8(IdParts.day(r, EARLIEST_BIRTH, yesterday(clock))) + IdParts.digits(r, 3));
  }

  /** 15-digit resident ID numbers (GB 11643-1989), born in the 1900s. */
  public static Gen<String> residentId15() {
    return r -> IdParts.province(r) + IdParts.digits(r, 4)
        + IdParts.date6(IdParts.day(r, LocalDate.of(1900, 1, 1), LocalDate.of(1999, 12, 31)))
        + IdParts.digits(r, 3);
  }

  /** HMT residence permit numbers: 810000, 820000 or 830000, birth date, sequence, check. */
  public static Gen<String> hmtPermit(Clock clock) {
    Objects.requireNonNull(clock, "clock");
    return r -> IdParts.withMod112("8" + (1 + r.nextInt(3)) + "0000"
        + IdParts.date8(IdParts.day(r, EARLIEST_BIRTH, yesterday(clock))) + IdParts.digits(r, 3));
  }

  /** Foreign permanent resident ID numbers of either format, half each. */
  public static Gen<String> foreignPermanentResidentId(Clock clock) {
    Gen<String> v2023 = foreignPermanentResidentId2023(clock);
    Gen<String> v2017 = foreignPermanentResidentId2017(clock);
    return r -> r.nextBoolean() ? v2023.generate(r) : v2017.generate(r);
  }

  /** The 2023 format: 9, province, ISO 3166-1 numeric nationality, birth date, sequence, MOD 11-2 check. */
  public static Gen<String> foreignPermanentResidentId2023(Clock clock) {
    Objects.requireNonNull(clock, "clock");
    return r -> IdParts.withMod112("9" + IdParts.province(r)
        + IdParts.ISO_NUMERIC.get(r.nextInt(IdParts.ISO_NUMERIC.size()))
        + IdParts.date8(IdParts.day(r, EARLIEST_BIRTH, yesterday(clock))) + IdParts.digits(r, 3));
  }

  /** The 2004/2017 format: alpha-3 nationality, province and city, {@code YYMMDD}, sequence, 7-3-1 check. */
  public static Gen<String> foreignPermanentResidentId2017(Clock clock) {
    Objects.requireNonNull(clock, "clock");
    return r -> IdParts.withIcao731(IdParts.ISO_ALPHA3.get(r.nextInt(IdParts.ISO_ALPHA3.size()))
        + IdParts.province(r) + IdParts.digits(r, 2)
        + IdParts.date6(IdParts.day(r, EARLIEST_BIRTH, yesterday(clock))) + IdParts.digits(r, 1));
  }

  /**
   * Unified social credit codes with a known authority/category pair, a provincial or the national region,
   * a GB 11714 organisation code and both check characters. Never of the Fujian pilot pattern.
   */
  public static Gen<String> uscc() {
    List<OrganisationCategory> categories = List.of(OrganisationCategory.values());
    return r -> {
      OrganisationCategory c = categories.get(r.nextInt(categories.size()));
      String region = r.nextInt(10) == 0 ? "100000" : IdParts.province(r) + IdParts.digits(r, 4);
      StringBuilder org = new StringBuilder(8);
      for (int i = 0; i < 8; i++) {
        char ch;
        do {
          ch = IdParts.USCC_ALPHABET.charAt(r.nextInt(IdParts.USCC_ALPHABET.length()));
        } while (i == 0 && ch == 'M');
        org.append(ch);
      }
      return IdParts.uscc("" + c.authority().code() + c.code() + region + org);
    };
  }

  /** Mobile numbers in the bundled number ranges. */
  public static Gen<String> mobile() {
    List<String> prefixes = List.copyOf(MobileNumberRanges.defaults().prefixes());
    return r -> prefixes.get(r.nextInt(prefixes.size())) + IdParts.digits(r, 8);
  }

  private static LocalDate yesterday(Clock clock) {
    return LocalDate.now(clock).minusDays(1);
  }
}
