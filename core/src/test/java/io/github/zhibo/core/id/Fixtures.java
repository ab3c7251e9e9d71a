package io.github.zhibo.core.id;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/** The pinned clock and policies the identifier tests share. */
final class Fixtures {

  /** 2026-11-28 12:00 in Beijing. */
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T04:00:00Z"), ZoneId.of("Asia/Shanghai"));

  static final ParsePolicy DEFAULTS = ParsePolicy.defaults(CLOCK);
  static final ParsePolicy LENIENT = ParsePolicy.lenient(CLOCK);

  private Fixtures() {}

  /** The verdict in the reference app's wording, with ':' for its tab and '@' before a position. */
  static String verdict(ParseResult<?> result) {
    if (result instanceof ParseResult.Ok<?> ok) {
      return ok.warnings().isEmpty()
          ? "VALID"
          : "VALID:" + String.join(",", ok.warnings().stream().map(Enum::name).toList());
    }
    IdError e = result.failure().orElseThrow();
    return "INVALID:" + e.code() + (e.position() >= 0 ? "@" + e.position() : "");
  }
}
