package io.github.zhibo.enforcement;

import io.github.zhibo.core.env.ComplianceEvent;
import io.github.zhibo.core.env.Environment;
import io.github.zhibo.core.ledger.EvidenceLedger;
import io.github.zhibo.core.ledger.LedgerRecord;
import io.github.zhibo.core.ledger.LedgerStore;
import io.github.zhibo.core.party.PartyId;
import io.github.zhibo.core.party.PartyRole;
import io.github.zhibo.core.regulation.Authority;
import io.github.zhibo.core.regulation.Measure;
import io.github.zhibo.core.regulation.ProfileId;
import io.github.zhibo.core.regulation.RegulationProfile;
import io.github.zhibo.core.regulation.RegulationProfiles;
import io.github.zhibo.core.regulation.ViolationGrade;
import io.github.zhibo.core.time.ChinaZone;
import io.github.zhibo.core.time.WorkingDayCalendar;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A workflow on an in-memory ledger, a settable clock and a recording listener. */
final class Fixture {

  static final LocalDate DAY = LocalDate.of(2026, 3, 2);
  static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.chinaMainland();
  static final RemedyRoute REMEDY = new RemedyRoute(RemedyRoute.Channel.PLATFORM_APPEAL, "rules-v7:12.3", 15);

  final RegulationProfile profile;
  final SettableClock clock = new SettableClock(DAY);
  final List<ComplianceEvent> events = new CopyOnWriteArrayList<>();
  final EvidenceLedger ledger = EvidenceLedger.builder().store(LedgerStore.inMemory()).clock(clock).build();
  final DisposalWorkflow workflow;

  Fixture(ProfileId id) {
    this.profile = RegulationProfiles.get(id);
    this.workflow = DisposalWorkflow.builder().profile(profile).ledger(ledger).calendar(CALENDAR)
        .environment(Environment.of(clock).withListener(events::add)).build();
  }

  static Fixture of(String profile) {
    return new Fixture(ProfileId.of(profile));
  }

  /** Opens a regulator-notice case on {@code party} received today. */
  DisposalCase notice(String ref, String party, ViolationGrade grade) {
    return open(DisposalCase.onNotice(ref, CaseSource.REGULATOR_NOTICE, PartyId.of(party), PartyRole.LIVE_ROOM_OPERATOR,
        grade, clock.today(), Authority.SAMR));
  }

  DisposalCase open(DisposalCase c) {
    workflow.open(c);
    return c;
  }

  /** A fixed-term, remedy-bearing detail set that satisfies every text. */
  MeasureDetails fullDetails() {
    return MeasureDetails.of(Term.of(clock.today(), clock.today().plusDays(30)), REMEDY);
  }

  /** Proposes and takes {@code m} with full details; fails the test if not taken. */
  MeasureRecord takeAllowed(String caseRef, Measure m) {
    Proposal p = workflow.propose(caseRef, m);
    TakeOutcome o = workflow.take(p, fullDetails());
    if (!o.taken()) throw new AssertionError("not taken: " + o.decision());
    return o.record().orElseThrow();
  }

  List<LedgerRecord> records(String type) {
    return ledger.records().stream().filter(r -> r.type().value().equals(type)).toList();
  }

  <T extends ComplianceEvent> List<T> events(Class<T> type) {
    return events.stream().filter(type::isInstance).map(type::cast).toList();
  }

  /** A clock whose day tests move. */
  static final class SettableClock extends Clock {
    private volatile Instant now;

    SettableClock(LocalDate day) {
      set(day);
    }

    void set(LocalDate day) {
      now = day.atTime(10, 0).atZone(ChinaZone.ZONE).toInstant();
    }

    LocalDate today() {
      return ChinaZone.dateOf(now);
    }

    @Override
    public ZoneId getZone() {
      return ChinaZone.ZONE;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return Clock.fixed(now, zone);
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
