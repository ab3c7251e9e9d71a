package io.github.zhibo.examples.demo;

import io.github.zhibo.blacklist.AppealOutcome;
import io.github.zhibo.blacklist.Blacklist;
import io.github.zhibo.blacklist.BlacklistEntry;
import io.github.zhibo.blacklist.ConsortiumKey;
import io.github.zhibo.blacklist.ListingRequest;
import io.github.zhibo.blacklist.Representative;
import io.github.zhibo.blacklist.ScreeningOccasion;
import io.github.zhibo.blacklist.ScreeningRecord;
import io.github.zhibo.blacklist.ScreeningResult;
import io.github.zhibo.blacklist.SubjectType;
import io.github.zhibo.blacklist.Verdict;
import io.github.zhibo.core.env.Environment;
import io.github.zhibo.core.party.PartyId;
import io.github.zhibo.core.party.PartyRole;
import io.github.zhibo.core.regulation.RegulationProfile;
import io.github.zhibo.examples.demo.internal.SimClock;
import java.nio.ByteBuffer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The screening seam over the blacklist module's {@link Blacklist}: listing with the profile's notice and
 * term, appeal and review, expiry at the end of the term, and screening with the module's matcher. The
 * demo's synthetic match keys become the record's parts: {@code doc:} the document number, {@code ctl:} the
 * controlling person's document (legal representative), {@code dev:} a device, {@code acct:} a platform
 * account. A hit that blocks or sends to review both keep the party out (fail closed).
 *
 * <p>The blacklist keeps its own evidence ledger (in memory) on the simulated day's clock, keyed from the seed.
 * Thread-safe (synchronized: the clock is set per call).
 */
public final class BlacklistScreening implements Screening {
  private final SimClock clock = new SimClock(LocalDate.of(2026, 1, 1));
  private final Blacklist blacklist;
  private final int termDays;
  private int nextEntry = 1;
  private long nextQuery = 1;

  /**
   * @param profile the profile the blacklist runs under
   * @param seed the run's seed (keys the index, so runs are reproducible)
   * @param termDays days a listing lasts (the last day is the day before the term ends)
   */
  public BlacklistScreening(RegulationProfile profile, long seed, int termDays) {
    if (termDays < 1) {
      throw new IllegalArgumentException("termDays must be positive");
    }
    this.termDays = termDays;
    byte[] key = ByteBuffer.allocate(32).putLong(seed).putLong(~seed).putLong(seed * 31).putLong(seed ^ 0x5EED).array();
    this.blacklist = Blacklist.builder().profile(Objects.requireNonNull(profile, "profile"))
        .environment(Environment.of(clock)).key(ConsortiumKey.of("demo", key)).build();
  }

  /** The module's blacklist behind the seam. */
  public Blacklist blacklist() {
    return blacklist;
  }

  @Override
  public synchronized String list(PartyId subject, PartyRole role, Set<String> matchKeys, LocalDate on) {
    Objects.requireNonNull(subject, "subject");
    if (matchKeys.isEmpty()) {
      throw new IllegalArgumentException("a listing needs at least one match key");
    }
    clock.set(on);
    String id = String.format("BL%06d", nextEntry++);
    ListingRequest request = new ListingRequest(record(id, role, matchKeys), role, "demo violation record",
        "repeated serious violations (demo)", "platform rule 4.2 (demo)", "DEMO-DEC-" + id,
        on.plusDays(termDays - 1L), "appeal in the platform's app within 15 working days", Set.of());
    return blacklist.list(request).entry().id();
  }

  @Override
  public synchronized void lift(String entryId, LocalDate on) {
    clock.set(on);
    blacklist.expireDue();
    Optional<BlacklistEntry> e = blacklist.entry(entryId);
    if (e.isPresent() && e.get().isListed()) {     // not expired: an appeal upheld, as the demo's review decided
      blacklist.appeal(entryId);
      blacklist.decideAppeal(entryId, AppealOutcome.OVERTURNED, "DEMO-REV-" + entryId);
    }
  }

  @Override
  public synchronized Optional<String> screen(Set<String> matchKeys, ScreeningOccasion occasion, LocalDate on) {
    clock.set(on);
    ScreeningResult r = blacklist.screen(record("Q" + nextQuery++, PartyRole.MARKETER, matchKeys), occasion);
    return r.verdict() == Verdict.CLEAR ? Optional.empty() : Optional.of(r.hits().get(0).entryId());
  }

  private static ScreeningRecord record(String id, PartyRole role, Set<String> keys) {
    var b = ScreeningRecord.builder(id, role == PartyRole.MARKETER ? SubjectType.PERSON : SubjectType.ORGANIZATION);
    List<String> devices = new ArrayList<>();
    List<String> accounts = new ArrayList<>();
    for (String k : keys) {
      if (k.startsWith("doc:")) {
        b.document(null, k);
      } else if (k.startsWith("ctl:")) {
        b.legalRepresentative(new Representative(null, null, k, null, null));
      } else if (k.startsWith("dev:")) {
        devices.add(k);
      } else {
        accounts.add(k);
      }
    }
    return b.deviceIds(devices).accountIds(accounts).build();
  }

  @Override
  public synchronized String toString() {
    return "BlacklistScreening[" + blacklist.entries().size() + " entries]";
  }
}
