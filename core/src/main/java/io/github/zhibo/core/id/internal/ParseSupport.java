package io.github.zhibo.core.id.internal;

import io.github.zhibo.core.id.IdError;
import io.github.zhibo.core.id.IdKind;
import io.github.zhibo.core.id.IdNormalizer;
import io.github.zhibo.core.id.IdWarning;
import io.github.zhibo.core.id.ParsePolicy;
import io.github.zhibo.core.id.ParseResult;
import java.time.Clock;
import java.util.Set;
import java.util.function.Function;

/** The parse pipeline every identifier type shares: optional normalisation, check, result. */
public final class ParseSupport {

  /**
   * The policy of the convenience overloads without one: defaults, system clock in China Standard Time
   * (the zone in which a birth date is "today" for these numbers).
   */
  public static final ParsePolicy SYSTEM_DEFAULTS =
      ParsePolicy.defaults(Clock.system(io.github.zhibo.core.time.ChinaZone.ZONE));

  private ParseSupport() {}

  /**
   * The lenient path: normalise, check, build the result with the normaliser's changes as warnings.
   *
   * <p>The strict path is not routed through here on purpose: each identifier class calls its own checker
   * from its own call site, so the JIT sees one receiver there and inlines it.
   */
  public static <T> ParseResult<T> runLenient(
      CharSequence raw, ParsePolicy policy, IdKind kind, Checker checker, Function<String, T> factory) {
    IdNormalizer.Normalized n = IdNormalizer.lenient(raw);
    return finish(n.value(), mask(n.changes()), policy, kind, checker, factory);
  }

  /** The lenient {@code isValid}. */
  public static boolean isValidLenient(CharSequence raw, ParsePolicy policy, Checker checker) {
    return Verdict.isOk(checker.check(IdNormalizer.lenient(raw).value(), policy));
  }

  /** Checks already prepared text {@code s}, adding {@code extraWarnings} to a valid result. */
  public static <T> ParseResult<T> finish(
      CharSequence s,
      long extraWarnings,
      ParsePolicy policy,
      IdKind kind,
      Checker checker,
      Function<String, T> factory) {
    return result(s, checker.check(s, policy) | extraWarnings, kind, factory);
  }

  /** The result for text {@code s} whose check gave {@code v}. */
  public static <T> ParseResult<T> result(CharSequence s, long v, IdKind kind, Function<String, T> factory) {
    if (!Verdict.isOk(v)) {
      return new ParseResult.Err<>(error(s, v, kind));
    }
    String canonical = Chars.canonical(s, Verdict.has(v, IdWarning.CASE_FOLDED));
    return new ParseResult.Ok<>(factory.apply(canonical), Verdict.warnings(v));
  }

  /** The warning bits of {@code warnings}. */
  public static long mask(Set<IdWarning> warnings) {
    long m = Verdict.OK;
    for (IdWarning w : warnings) {
      m = Verdict.warn(m, w);
    }
    return m;
  }

  private static IdError error(CharSequence s, long v, IdKind kind) {
    int position = Verdict.position(v);
    char expected = Verdict.expected(v);
    if (expected == '\0') {
      return IdError.of(Verdict.code(v), position, kind);
    }
    char actual = s.charAt(position);
    if (Chars.isLowerAscii(actual)) {
      actual = (char) (actual - ('a' - 'A'));
    }
    return new IdError(Verdict.code(v), position, kind, expected, actual);
  }
}
