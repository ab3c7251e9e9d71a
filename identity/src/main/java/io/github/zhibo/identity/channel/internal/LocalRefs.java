package io.github.zhibo.identity.channel.internal;

import io.github.zhibo.identity.channel.EvidenceRef;
import io.github.zhibo.identity.channel.UnavailableReason;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * References for answers the SDK makes itself: {@code zb:<reason>:<process>-<sequence>}, base 36 so that no
 * 11-digit run (the shape of an identity number) can appear.
 */
public final class LocalRefs {
  private static final String PROCESS = Long.toString(ThreadLocalRandom.current().nextLong(1L << 40, 1L << 41), 36);
  private static final AtomicLong SEQUENCE = new AtomicLong();

  private LocalRefs() {}

  /** A new, process-unique reference. */
  public static EvidenceRef next(UnavailableReason reason) {
    return EvidenceRef.of("zb:" + reason.name().toLowerCase(Locale.ROOT) + ":" + PROCESS + "-"
        + Long.toString(SEQUENCE.incrementAndGet(), 36));
  }
}
