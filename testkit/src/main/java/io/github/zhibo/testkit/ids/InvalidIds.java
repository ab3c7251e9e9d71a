package io.github.zhibo.testkit.ids;

import static io.github.zhibo.core.id.IdErrorCode.CHECKSUM_MISMATCH;
import static io.github.zhibo.core.id.IdErrorCode.ILLEGAL_CHARACTER;
import static io.github.zhibo.core.id.IdErrorCode.INVALID_DATE;
import static io.github.zhibo.core.id.IdErrorCode.UNKNOWN_PROVINCE;
import static io.github.zhibo.core.id.IdErrorCode.WRONG_KIND;
import static io.github.zhibo.core.id.IdErrorCode.WRONG_LENGTH;

import io.github.zhibo.core.id.IdErrorCode;
import io.github.zhibo.core.id.IdKind;
import io.github.zhibo.core.id.MobileNumberRanges;
import io.github.zhibo.testkit.Gen;
import io.github.zhibo.testkit.internal.IdParts;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * Generators of invalid identifiers, each made from a valid one by a single {@link Mutation} and labelled
 * with the error code {@code IdKind.tryParse} must give under {@code ParsePolicy.defaults(clock)}. The
 * mutations are placed where the kind's rules leave exactly one answer: a substitution in the sequence or
 * check field of a GB 11643 number is a checksum error, while one in its date could be a date error, so
 * substitutions there are not generated.
 *
 * <p>The 15-digit resident ID and mobile numbers have no check character, so they get no substitution or
 * transposition; neither does the 2017 foreign resident ID, whose unofficial check is only a warning under
 * the defaults. All generators are stateless and thread-safe.
 */
public final class InvalidIds {

  private static final int MAX_TRIES = 1_000;

  private InvalidIds() {}

  /** The mutations that apply to {@code kind}. */
  public static Set<Mutation> mutations(IdKind kind) {
    Objects.requireNonNull(kind, "kind");
    switch (kind) {
      case RESIDENT_ID:
        return EnumSet.of(Mutation.SUBSTITUTION, Mutation.TRANSPOSITION, Mutation.WRONG_LENGTH,
            Mutation.BAD_PROVINCE, Mutation.BAD_DATE, Mutation.FUTURE_DATE, Mutation.EARLY_DATE,
            Mutation.FULL_WIDTH, Mutation.WRONG_KIND);
      case RESIDENT_ID_15:
        return EnumSet.of(Mutation.WRONG_LENGTH, Mutation.BAD_PROVINCE, Mutation.BAD_DATE, Mutation.FULL_WIDTH,
            Mutation.WRONG_KIND);
      case HMT_PERMIT:
        return EnumSet.of(Mutation.SUBSTITUTION, Mutation.TRANSPOSITION, Mutation.WRONG_LENGTH,
            Mutation.BAD_PROVINCE, Mutation.BAD_DATE, Mutation.FUTURE_DATE, Mutation.EARLY_DATE,
            Mutation.FULL_WIDTH, Mutation.WRONG_KIND, Mutation.BAD_REGION_FORMAT);
      case FOREIGN_PERMANENT_RESIDENT_ID:
        return EnumSet.of(Mutation.SUBSTITUTION, Mutation.TRANSPOSITION, Mutation.WRONG_LENGTH,
            Mutation.BAD_PROVINCE, Mutation.BAD_DATE, Mutation.FUTURE_DATE, Mutation.EARLY_DATE,
            Mutation.FULL_WIDTH, Mutation.WRONG_KIND, Mutation.UNKNOWN_NATIONALITY);
      case USCC:
        return EnumSet.of(Mutation.SUBSTITUTION, Mutation.TRANSPOSITION, Mutation.WRONG_LENGTH,
            Mutation.BAD_PROVINCE, Mutation.FULL_WIDTH, Mutation.BAD_REGION_FORMAT);
      default:
        return EnumSet.of(Mutation.WRONG_LENGTH, Mutation.FULL_WIDTH, Mutation.UNKNOWN_RANGE);
    }
  }

  /** Invalid identifiers of {@code kind}, every applicable mutation equally likely. */
  public static Gen<InvalidId> of(IdKind kind, Clock clock) {
    List<Gen<InvalidId>> gens = new ArrayList<>();
    for (Mutation m : mutations(kind)) {
      gens.add(of(kind, m, clock));
    }
    return r -> gens.get(r.nextInt(gens.size())).generate(r);
  }

  /**
   * Invalid identifiers of {@code kind} made by {@code mutation}.
   *
   * @throws IllegalArgumentException if the mutation does not apply to the kind (see {@link #mutations})
   */
  public static Gen<InvalidId> of(IdKind kind, Mutation mutation, Clock clock) {
    Objects.requireNonNull(mutation, "mutation");
    Objects.requireNonNull(clock, "clock");
    if (!mutations(kind).contains(mutation)) {
      throw new IllegalArgumentException(mutation + " does not apply to " + kind);
    }
    Gen<String> base = kind == IdKind.FOREIGN_PERMANENT_RESIDENT_ID
        ? ValidIds.foreignPermanentResidentId2023(clock)
        : ValidIds.of(kind, clock);
    Gen<String> anyFormat = ValidIds.of(kind, clock);
    switch (mutation) {
      case SUBSTITUTION:
        return r -> substitution(kind, base.generate(r), r);
      case TRANSPOSITION:
        return r -> transposition(kind, base, r);
      case WRONG_LENGTH:
        return r -> wrongLength(kind, base.generate(r), r);
      case BAD_PROVINCE:
        return r -> badProvince(kind, anyFormat.generate(r), r);
      case BAD_DATE:
        return r -> badDate(kind, anyFormat.generate(r), r);
      case FUTURE_DATE:
        return r -> {
          LocalDate today = LocalDate.now(clock);
          return dated(kind, Mutation.FUTURE_DATE, base.generate(r),
              IdParts.day(r, today.plusDays(1), today.plusYears(10)), IdErrorCode.FUTURE_DATE);
        };
      case EARLY_DATE:
        return r -> dated(kind, Mutation.EARLY_DATE, base.generate(r),
            IdParts.day(r, LocalDate.of(1000, 1, 1), LocalDate.of(1799, 12, 28)).withDayOfMonth(1 + r.nextInt(28)),
            IdErrorCode.DATE_BEFORE_MINIMUM);
      case FULL_WIDTH:
        return r -> fullWidth(kind, anyFormat.generate(r), r);
      case WRONG_KIND:
        return wrongKind(kind, clock);
      case UNKNOWN_RANGE:
        return unknownRange();
      case UNKNOWN_NATIONALITY:
        return r -> new InvalidId(kind, mutation, IdParts.overwrite(base.generate(r), 3,
            pick(r, IdParts.UNASSIGNED_NUMERIC)), IdErrorCode.UNKNOWN_NATIONALITY);
      default:
        return r -> badRegionFormat(kind, base.generate(r), r);
    }
  }

  private static InvalidId substitution(IdKind kind, String s, RandomGenerator r) {
    if (kind == IdKind.USCC) {
      int[] positions = {0, 1, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17};
      int i = positions[r.nextInt(positions.length)];
      String out = IdParts.replace(s, i, other(r, IdParts.USCC_ALPHABET, s.charAt(i)));
      return new InvalidId(kind, Mutation.SUBSTITUTION, out, usccChecksumError(out));
    }
    // GB 11643 layouts: the county (resident IDs only), the sequence and the check character.
    int[] positions = kind == IdKind.RESIDENT_ID
        ? new int[] {2, 3, 4, 5, 14, 15, 16, 17}
        : new int[] {14, 15, 16, 17};
    int i = positions[r.nextInt(positions.length)];
    String alphabet = i == 17 ? "0123456789X" : "0123456789";
    return new InvalidId(kind, Mutation.SUBSTITUTION, IdParts.replace(s, i, other(r, alphabet, s.charAt(i))),
        CHECKSUM_MISMATCH);
  }

  private static InvalidId transposition(IdKind kind, Gen<String> base, RandomGenerator r) {
    int[] pairs = kind == IdKind.USCC
        ? new int[] {0, 8, 9, 10, 11, 12, 13, 14, 15, 16}
        : kind == IdKind.RESIDENT_ID ? new int[] {2, 3, 4, 14, 15} : new int[] {14, 15};
    for (int attempt = 0; attempt < MAX_TRIES; attempt++) {
      String s = base.generate(r);
      List<Integer> distinct = new ArrayList<>();
      for (int i : pairs) {
        if (s.charAt(i) != s.charAt(i + 1)) {
          distinct.add(i);
        }
      }
      if (!distinct.isEmpty()) {
        String out = IdParts.swap(s, distinct.get(r.nextInt(distinct.size())));
        IdErrorCode expected = kind == IdKind.USCC ? usccChecksumError(out) : CHECKSUM_MISMATCH;
        return new InvalidId(kind, Mutation.TRANSPOSITION, out, expected);
      }
    }
    throw new IllegalStateException("no transposable pair in " + MAX_TRIES + " draws");
  }

  private static InvalidId wrongLength(IdKind kind, String s, RandomGenerator r) {
    int n = s.length();
    int length;
    do {
      length = 1 + r.nextInt(n + 3);
      // A foreign resident ID of 15 characters is read as the 2017 format, so that length is a shape error.
    } while (length == n || (kind == IdKind.FOREIGN_PERMANENT_RESIDENT_ID && length == 15));
    String out = length < n ? s.substring(0, length) : s + IdParts.digits(r, length - n);
    return new InvalidId(kind, Mutation.WRONG_LENGTH, out, WRONG_LENGTH);
  }

  private static InvalidId badProvince(IdKind kind, String s, RandomGenerator r) {
    List<String> codes = new ArrayList<>(IdParts.nonProvinceCodes());
    int at;
    switch (kind) {
      case RESIDENT_ID:
      case RESIDENT_ID_15:
      case HMT_PERMIT:
        // 81-83 and 9x are other kinds (WRONG_KIND), not unknown provinces.
        codes.removeIf(c -> c.charAt(0) == '9' || c.equals("81") || c.equals("82") || c.equals("83"));
        at = 0;
        break;
      case FOREIGN_PERMANENT_RESIDENT_ID:
        at = s.length() == 15 ? 3 : 1;
        break;
      default:
        codes.remove("10"); // 100000 is the national region
        at = 2;
        break;
    }
    return new InvalidId(kind, Mutation.BAD_PROVINCE, IdParts.overwrite(s, at, pick(r, codes)), UNKNOWN_PROVINCE);
  }

  private static InvalidId badDate(IdKind kind, String s, RandomGenerator r) {
    int monthAt;
    if (kind == IdKind.RESIDENT_ID_15) {
      monthAt = 8;
    } else if (s.length() == 15) {
      monthAt = 9;
    } else {
      monthAt = 10;
    }
    String monthDay;
    switch (r.nextInt(4)) {
      case 0:
        monthDay = (r.nextBoolean() ? "00" : IdParts.twoDigits(13 + r.nextInt(87))) + "01";
        break;
      case 1:
        monthDay = IdParts.twoDigits(1 + r.nextInt(12)) + (r.nextBoolean() ? "00" : IdParts.twoDigits(32 + r.nextInt(68)));
        break;
      case 2:
        monthDay = "02" + (r.nextBoolean() ? "30" : "31");
        break;
      default:
        monthDay = pick(r, List.of("04", "06", "09", "11")) + "31";
        break;
    }
    return new InvalidId(kind, Mutation.BAD_DATE, IdParts.overwrite(s, monthAt, monthDay), INVALID_DATE);
  }

  private static InvalidId dated(IdKind kind, Mutation m, String s, LocalDate birth, IdErrorCode expected) {
    return new InvalidId(kind, m, IdParts.recheck18(IdParts.overwrite(s, 6, IdParts.date8(birth))), expected);
  }

  private static InvalidId fullWidth(IdKind kind, String s, RandomGenerator r) {
    int i = r.nextInt(s.length());
    String out = r.nextBoolean()
        ? IdParts.replace(s, i, IdParts.fullWidth(s.charAt(i)))
        : s.substring(0, i) + '\u3000' + s.substring(i);
    return new InvalidId(kind, Mutation.FULL_WIDTH, out, ILLEGAL_CHARACTER);
  }

  private static Gen<InvalidId> wrongKind(IdKind kind, Clock clock) {
    Gen<String> other;
    switch (kind) {
      case RESIDENT_ID: {
        Gen<String> hmt = ValidIds.hmtPermit(clock);
        Gen<String> fpr = ValidIds.foreignPermanentResidentId2023(clock);
        other = r -> r.nextBoolean() ? hmt.generate(r) : fpr.generate(r);
        break;
      }
      case RESIDENT_ID_15: {
        Gen<String> rid15 = ValidIds.residentId15();
        other = r -> IdParts.overwrite(rid15.generate(r), 0, "8" + (1 + r.nextInt(3)));
        break;
      }
      case HMT_PERMIT: {
        Gen<String> rid = ValidIds.residentId(clock);
        Gen<String> fpr = ValidIds.foreignPermanentResidentId2023(clock);
        other = r -> r.nextBoolean() ? rid.generate(r) : fpr.generate(r);
        break;
      }
      default: {
        Gen<String> rid = ValidIds.residentId(clock);
        Gen<String> hmt = ValidIds.hmtPermit(clock);
        other = r -> r.nextBoolean() ? rid.generate(r) : hmt.generate(r);
        break;
      }
    }
    return r -> new InvalidId(kind, Mutation.WRONG_KIND, other.generate(r), WRONG_KIND);
  }

  private static Gen<InvalidId> unknownRange() {
    MobileNumberRanges ranges = MobileNumberRanges.defaults();
    List<String> unallocated = new ArrayList<>();
    for (int p = 0; p < 1000; p++) {
      String prefix = (p < 10 ? "00" : p < 100 ? "0" : "") + p;
      if (!ranges.containsRangeOf(prefix + "00000000")) {
        unallocated.add(prefix);
      }
    }
    return r -> new InvalidId(IdKind.MOBILE, Mutation.UNKNOWN_RANGE, pick(r, unallocated) + IdParts.digits(r, 8),
        IdErrorCode.UNKNOWN_NUMBER_RANGE);
  }

  private static InvalidId badRegionFormat(IdKind kind, String s, RandomGenerator r) {
    if (kind == IdKind.USCC) {
      int i = 2 + r.nextInt(6);
      char letter = IdParts.USCC_ALPHABET.charAt(10 + r.nextInt(IdParts.USCC_ALPHABET.length() - 10));
      return new InvalidId(kind, Mutation.BAD_REGION_FORMAT, IdParts.replace(s, i, letter),
          IdErrorCode.BAD_REGION_FORMAT);
    }
    // HMT permits: the four digits after the territory are zeros.
    int i = 2 + r.nextInt(4);
    return new InvalidId(kind, Mutation.BAD_REGION_FORMAT, IdParts.replace(s, i, (char) ('1' + r.nextInt(9))),
        IdErrorCode.BAD_REGION_FORMAT);
  }

  /**
   * What breaks first in a USCC whose organisation body or check characters changed: the embedded GB 11714
   * check is tested before mod 31, and a pilot-pattern code that fails mod 31 has its own code.
   */
  private static IdErrorCode usccChecksumError(String s) {
    if (!IdParts.usccOrgCodeChecks(s)) {
      return IdErrorCode.ORG_CODE_CHECKSUM_MISMATCH;
    }
    return IdParts.usccPilotPattern(s) ? IdErrorCode.LEGACY_PILOT_CHECKSUM : CHECKSUM_MISMATCH;
  }

  private static char other(RandomGenerator r, String alphabet, char current) {
    char c;
    do {
      c = alphabet.charAt(r.nextInt(alphabet.length()));
    } while (c == current);
    return c;
  }

  private static String pick(RandomGenerator r, List<String> values) {
    return values.get(r.nextInt(values.size()));
  }
}
