package io.github.zhibo.enforcement.internal;

import io.github.zhibo.core.check.Decision;
import io.github.zhibo.core.check.Evidence;
import io.github.zhibo.core.check.Finding;
import io.github.zhibo.core.check.Severity;
import io.github.zhibo.core.regulation.ArticleRef;
import io.github.zhibo.core.regulation.BlacklistRules;
import io.github.zhibo.core.regulation.Measure;
import io.github.zhibo.core.regulation.Obligation;
import io.github.zhibo.core.regulation.ProportionalityTable;
import io.github.zhibo.core.regulation.RegulationProfile;
import io.github.zhibo.enforcement.DisposalCase;
import io.github.zhibo.enforcement.MeasureDetails;
import io.github.zhibo.enforcement.Proposal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The article rules of the workflow, each a finding citing its article through the profile (or the module's duty
 * table). Stateless; one instance per workflow.
 */
final class Rules {

  static final String PROPORTIONALITY = "ENFORCEMENT.PROPORTIONALITY";
  static final String NOT_IN_TEXT = "ENFORCEMENT.NOT_IN_TEXT";
  static final String TERM = "ENFORCEMENT.TERM";
  static final String REMEDY_ROUTE = "ENFORCEMENT.REMEDY_ROUTE";
  static final String CONSUMER_ORDERS = "ENFORCEMENT.CONSUMER_ORDERS";
  static final String RECORDED = "ENFORCEMENT.RECORDED";

  /** Measures whose very name says they last a limited time (临时停播, 限期停播). */
  private static final Set<Measure> TERMED = EnumSet.of(Measure.TEMPORARY_SUSPENSION, Measure.FIXED_TERM_SUSPENSION);

  private final RegulationProfile profile;
  private final ProportionalityTable table;
  private final Ladder ladder;

  Rules(RegulationProfile profile, ProportionalityTable table) {
    this.profile = profile;
    this.table = table;
    this.ladder = Ladder.of(profile);
  }

  Ladder ladder() {
    return ladder;
  }

  /** The proportionality check of a request (Order 117 Art. 12 ¶1; draft Art. 7 ¶1). */
  Proposal propose(DisposalCase c, Measure requested) {
    ArticleRef article = profile.requireArticle(Obligation.DISPOSAL_SYSTEM);
    if (!ladder.contains(requested)) {
      Finding f = Finding.builder(NOT_IN_TEXT, profile.id(), article, Severity.VIOLATION, "enforcement.notInText")
          .evidence(Evidence.builder().put("requested", requested).build()).build();
      return new Proposal(c.caseRef(), c.grade(), requested, Optional.empty(), Decision.deny(List.of(f)));
    }
    Optional<Measure> permitted = ladder.cap(requested, table.allowed(c.grade()));
    if (permitted.isEmpty()) {
      return new Proposal(c.caseRef(), c.grade(), requested, permitted,
          Decision.deny(List.of(nothingPermitted(c, requested))));
    }
    if (permitted.get() != requested) {
      var ev = Evidence.builder().put("requested", requested).put("grade", c.grade()).put("permitted", permitted.get());
      table.lightestGradeFor(requested).ifPresent(g -> ev.put("lightestGradeForRequested", g));
      Finding f = Finding.builder(PROPORTIONALITY, profile.id(), article, Severity.WARNING, "enforcement.capped")
          .evidence(ev.build()).build();
      return new Proposal(c.caseRef(), c.grade(), requested, permitted, Decision.review(List.of(f)));
    }
    Finding f = Finding.builder(PROPORTIONALITY, profile.id(), article, Severity.INFO, "enforcement.permitted")
        .evidence(Evidence.builder().put("measure", requested).put("grade", c.grade()).build()).build();
    return new Proposal(c.caseRef(), c.grade(), requested, permitted, Decision.allow(profile.id(), List.of(f)));
  }

  /** The findings that stop {@code measure} being taken with {@code details}; empty when it may be taken. */
  List<Finding> refusals(DisposalCase c, Measure measure, MeasureDetails details) {
    var out = new ArrayList<Finding>();
    ArticleRef disposal = profile.requireArticle(Obligation.DISPOSAL_SYSTEM);
    // Re-check proportionality: a Proposal is a plain record anyone can build.
    if (!ladder.contains(measure) || !table.permits(c.grade(), measure)) {
      out.add(nothingPermitted(c, measure));
      return out;
    }
    BlacklistRules bl = profile.blacklist();
    if (!details.term().isFixed()) {
      if (TERMED.contains(measure)) out.add(termFinding(measure, disposal));
      else if (measure == Measure.BLACKLIST && bl.requires(BlacklistRules.Feature.TERM)) {
        out.add(termFinding(measure, bl.features().get(BlacklistRules.Feature.TERM)));
      }
    }
    if (details.remedy().isEmpty()) {
      Optional<ArticleRef> remedy = Duties.article(profile, Duty.REMEDY_ROUTE);
      if (measure == Measure.BLACKLIST && bl.requires(BlacklistRules.Feature.APPEAL_ROUTE)) {
        remedy = Optional.of(bl.features().get(BlacklistRules.Feature.APPEAL_ROUTE));
      }
      remedy.ifPresent(a -> out.add(Finding.builder(REMEDY_ROUTE, profile.id(), a, Severity.VIOLATION,
          "enforcement.remedyRequired").evidence(Evidence.builder().put("measure", measure).build()).build()));
    }
    var orders = details.consumerOrders();
    if (orders.affectsOrders() && !orders.missing().isEmpty()) {
      Duties.article(profile, Duty.CONSUMER_ORDER_ARRANGEMENTS).ifPresent(a -> out.add(
          Finding.builder(CONSUMER_ORDERS, profile.id(), a, Severity.VIOLATION, "enforcement.consumerOrders")
              .evidence(Evidence.builder().put("affectedOrders", orders.affectedOrders())
                  .put("missing", orders.missing().size()).build()).build()));
    }
    return out;
  }

  /** Nothing at or below {@code requested} may be taken for the case's grade. */
  Finding nothingPermitted(DisposalCase c, Measure requested) {
    return Finding.builder(PROPORTIONALITY, profile.id(), profile.requireArticle(Obligation.DISPOSAL_SYSTEM),
        Severity.VIOLATION, "enforcement.nothingPermitted")
        .evidence(Evidence.builder().put("requested", requested).put("grade", c.grade()).build()).build();
  }

  private Finding termFinding(Measure measure, ArticleRef article) {
    return Finding.builder(TERM, profile.id(), article, Severity.VIOLATION, "enforcement.termRequired")
        .evidence(Evidence.builder().put("measure", measure).build()).build();
  }

  /** The audit finding of a measure taken (draft Art. 13 / Order 117 Art. 12 ¶3: keep records). */
  Finding recorded(Measure measure, int reports, java.time.LocalDate dueOn) {
    return Finding.builder(RECORDED, profile.id(), profile.requireArticle(Obligation.MEASURE_RECORDS), Severity.INFO,
        "enforcement.recorded")
        .evidence(Evidence.builder().put("measure", measure).put("reports", reports).put("dueOn", dueOn).build())
        .build();
  }
}
