package io.github.zhibo.core.ledger;

import io.github.zhibo.core.regulation.ArticleRef;
import io.github.zhibo.core.regulation.LegalText;
import io.github.zhibo.core.regulation.ProfileId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/** Seeded generators of ledger entries and a settable clock, for the ledger tests. */
final class LedgerFixtures {

  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  static final Instant START = Instant.parse("2026-02-01T01:00:00Z");
  private static final String[] TYPES = {"IDENTITY_VERIFIED", "BLACKLIST_NOTICE_SENT", "REPORT_FILED", "TRAINING_DONE"};
  private static final String[] WORDS = {"通过", "passed", "ZB-ID-0003", "直播间 A", "line\nbreak", "quote\"back\\slash", "tab\tx",
      "\u0001ctl", "emoji😀", ""};

  private LedgerFixtures() {}

  static LedgerEntry randomEntry(Random rnd) {
    boolean order = rnd.nextBoolean();
    ProfileId profile = order ? ProfileId.ORDER_117 : ProfileId.DRAFT_2025;
    LegalText text = order ? LegalText.ORDER_117 : LegalText.DRAFT_2025;
    ArticleRef article = ArticleRef.of(text, 1 + rnd.nextInt(text.articleCount()), rnd.nextInt(3));
    return new LedgerEntry(profile, article, SubjectRef.of("acct:" + rnd.nextInt(100_000)),
        RecordType.of(TYPES[rnd.nextInt(TYPES.length)]), randomPayload(rnd),
        LocalDate.of(2029, 2, 1).plusDays(rnd.nextInt(2000)));
  }

  static Map<String, String> randomPayload(Random rnd) {
    var payload = new TreeMap<String, String>();
    int n = rnd.nextInt(4);
    for (int i = 0; i < n; i++) {
      payload.put("k" + rnd.nextInt(10), WORDS[rnd.nextInt(WORDS.length)] + rnd.nextInt(1000));
    }
    return payload;
  }

  /** A clock that advances by a random step on each read, from a seeded start. */
  static Clock steppingClock(Random rnd) {
    return new Clock() {
      private Instant now = START;

      @Override
      public synchronized Instant instant() {
        now = now.plus(Duration.ofMillis(rnd.nextInt(5000)).plusNanos(rnd.nextInt(3) == 0 ? rnd.nextInt(1000) : 0));
        return now;
      }

      @Override
      public ZoneId getZone() {
        return SHANGHAI;
      }

      @Override
      public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException();
      }
    };
  }

  /** A fixed clock at {@code instant}, in UTC. */
  static Clock fixed(Instant instant) {
    return Clock.fixed(instant, ZoneOffset.UTC);
  }
}
