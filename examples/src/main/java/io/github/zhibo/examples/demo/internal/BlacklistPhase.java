package io.github.zhibo.examples.demo.internal;

import io.github.zhibo.core.param.Parameter;
import io.github.zhibo.core.regulation.BlacklistRules;
import io.github.zhibo.core.regulation.BlacklistRules.Feature;
import io.github.zhibo.core.regulation.Obligation;
import java.time.LocalDate;
import java.util.Map;

/**
 * Blacklisting (黑名单) of the subjects the enforcement phase lists: the listing through the screening
 * seam, the notice of grounds, term and appeal route, the appeal and its review, and removal at the end
 * of the term — each step only where the profile's {@link BlacklistRules} has the feature. The texts set
 * no number of days for these steps; the demo's are platform parameters.
 */
public final class BlacklistPhase implements Phase {
  /** Working days within which the listed subject is told grounds, term and appeal route. */
  public static final Parameter<Integer> NOTICE_WORKING_DAYS = Parameter.of("demo.blacklist.noticeWorkingDays",
      Integer.class, 3, v -> v > 0, "working days to send the listing notice (the texts say only 告知)");
  /** Working days within which an appeal is reviewed. */
  public static final Parameter<Integer> APPEAL_WORKING_DAYS = Parameter.of("demo.blacklist.appealWorkingDays",
      Integer.class, 15, v -> v > 0, "working days to review an appeal (platform rule)");
  /** Days a listing lasts. */
  public static final Parameter<Integer> TERM_DAYS = Parameter.of("demo.blacklist.termDays", Integer.class, 180,
      v -> v > 0, "days a listing lasts before removal (platform rule under the text's 期限)");

  @Override
  public String name() {
    return "blacklist";
  }

  @Override
  public void day(Sim sim, LocalDate day) {
    Violation v;
    while ((v = sim.toBlacklist.poll()) != null) {
      if (sim.profile.imposes(Obligation.BLACKLIST) && sim.profile.blacklist().subjects().contains(v.subject().role)
          && v.subject().blacklistEntry == null) {
        list(sim, v.subject(), day);
      }
    }
  }

  private void list(Sim sim, SimParty s, LocalDate day) {
    BlacklistRules rules = sim.profile.blacklist();
    String entry = sim.services.screening().list(s.id, s.role, s.matchKeys(), day);
    s.blacklistEntry = entry;
    s.active = false;
    sim.tally.listings++;
    sim.tally.performed(Obligation.BLACKLIST);
    sim.evidence(Obligation.BLACKLIST, s.id, "BLACKLISTED", Map.of("entry", entry, "role", s.role.name()), null, day);
    if (rules.requires(Feature.NOTICE_OF_GROUNDS) && sim.profile.imposes(Obligation.BLACKLIST_NOTICE)) {
      LocalDate due = sim.calendar.addWorkingDays(day, sim.parameters.get(NOTICE_WORKING_DAYS));
      LocalDate sent = sim.calendar.addWorkingDays(day, sim.chance(0.9) ? 1 + sim.random.nextInt(2) : 4 + sim.random.nextInt(3));
      track(sim, "blacklist notice", Obligation.BLACKLIST_NOTICE, sent, due, () -> {
        sim.evidence(Obligation.BLACKLIST_NOTICE, s.id, "BLACKLIST_NOTICE_SENT", Map.of("entry", entry,
            "dueOn", due.toString(), "states", "grounds,term,appealRoute"), null, sent);
        if (rules.requires(Feature.APPEAL_ROUTE) && sim.chance(0.35)) {
          appeal(sim, s, entry, sent.plusDays(1 + sim.random.nextInt(10)));
        }
      });
    }
    if (rules.requires(Feature.TERM) || rules.requires(Feature.EXPIRY_REMOVAL)) {
      LocalDate end = day.plusDays(sim.parameters.get(TERM_DAYS));
      sim.at(end, () -> {
        if (entry.equals(s.blacklistEntry)) {
          lift(sim, s, entry, end);
          sim.tally.expiries++;
          sim.tally.performed(Obligation.BLACKLIST_EXPIRY);
          sim.evidence(sim.profile.imposes(Obligation.BLACKLIST_EXPIRY) ? Obligation.BLACKLIST_EXPIRY
              : Obligation.BLACKLIST, s.id, "BLACKLIST_EXPIRED", Map.of("entry", entry), null, end);
        }
      });
    }
  }

  private void appeal(Sim sim, SimParty s, String entry, LocalDate filed) {
    sim.at(filed, () -> {
      if (!entry.equals(s.blacklistEntry)) {
        return;
      }
      sim.tally.appealsFiled++;
      Obligation o = sim.profile.imposes(Obligation.BLACKLIST_APPEAL) ? Obligation.BLACKLIST_APPEAL : Obligation.BLACKLIST;
      LocalDate start = sim.calendar.isWorkingDay(filed) ? filed : sim.nextWorkingDay(filed);
      LocalDate due = sim.calendar.addWorkingDays(start, sim.parameters.get(APPEAL_WORKING_DAYS));
      LocalDate decided = sim.calendar.addWorkingDays(start, 4 + sim.random.nextInt(14));
      boolean upheld = sim.chance(0.3);
      track(sim, "blacklist appeal review", o, decided, due, () -> {
        sim.tally.performed(o);
        sim.evidence(o, s.id, "APPEAL_DECIDED", Map.of("entry", entry, "outcome", upheld ? "UPHELD" : "DISMISSED",
            "dueOn", due.toString()), null, decided);
        if (upheld && entry.equals(s.blacklistEntry)) {
          sim.tally.appealsUpheld++;
          lift(sim, s, entry, decided);
        }
      });
    });
  }

  private static void lift(Sim sim, SimParty s, String entry, LocalDate on) {
    sim.services.screening().lift(entry, on);
    s.blacklistEntry = null;
    s.active = true;
  }

  /** Schedules {@code done} on {@code doneOn}, counting the deadline as open until then, then met or missed. */
  static void track(Sim sim, String kind, Obligation o, LocalDate doneOn, LocalDate due, Runnable done) {
    sim.tally.deadline(kind, o).open++;
    sim.at(doneOn, () -> {
      sim.tally.deadline(kind, o).open--;
      sim.tally.deadline(kind, o, !doneOn.isAfter(due), doneOn);
      done.run();
    });
  }
}
