package io.github.zhibo.core.env;

import io.github.zhibo.core.check.Finding;
import io.github.zhibo.core.party.PartyId;
import io.github.zhibo.core.regulation.ArticleRef;
import io.github.zhibo.core.regulation.Measure;
import io.github.zhibo.core.regulation.ProfileId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Something a component did or saw that a platform may want to count, alert on or forward. Events carry
 * opaque party ids, rule ids, articles and error codes — never names, identity numbers or other personal
 * data — so a listener may log them as they are.
 */
public sealed interface ComplianceEvent {

  /** When it happened, from the environment's clock. */
  Instant at();

  /** The profile the component was working under. */
  ProfileId profile();

  /**
   * A component made a finding.
   *
   * @param at when
   * @param profile under which profile
   * @param subject whom it is about, if a party
   * @param finding the finding (its evidence is non-personal by construction)
   */
  record FindingMade(Instant at, ProfileId profile, Optional<PartyId> subject, Finding finding)
      implements ComplianceEvent {
    /** Validates the parts. */
    public FindingMade {
      Objects.requireNonNull(at, "at");
      Objects.requireNonNull(profile, "profile");
      Objects.requireNonNull(subject, "subject");
      Objects.requireNonNull(finding, "finding");
    }
  }

  /**
   * A disposal measure was taken, lifted or proposed.
   *
   * @param at when
   * @param profile under which profile
   * @param subject on whom
   * @param measure which measure
   * @param action what happened to it
   * @param article the article behind it
   */
  record MeasureTaken(Instant at, ProfileId profile, PartyId subject, Measure measure, MeasureAction action,
      ArticleRef article) implements ComplianceEvent {
    /** Validates the parts. */
    public MeasureTaken {
      Objects.requireNonNull(at, "at");
      Objects.requireNonNull(profile, "profile");
      Objects.requireNonNull(subject, "subject");
      Objects.requireNonNull(measure, "measure");
      Objects.requireNonNull(action, "action");
      Objects.requireNonNull(article, "article");
    }
  }

  /** What happened to a measure. */
  enum MeasureAction {
    /** Taken. */
    TAKEN,
    /** Lifted (at expiry, after an appeal or an update). */
    LIFTED
  }

  /**
   * A deadline passed without its duty done.
   *
   * @param at when it was noticed
   * @param profile under which profile
   * @param subject whose duty it was (or whom it concerned)
   * @param deadline what kind of deadline, e.g. {@code REVERIFY_OPERATOR}
   * @param dueOn the last day of the period
   * @param article the article that sets it
   */
  record DeadlineMissed(Instant at, ProfileId profile, PartyId subject, String deadline, LocalDate dueOn,
      ArticleRef article) implements ComplianceEvent {
    /** Validates the parts. */
    public DeadlineMissed {
      Objects.requireNonNull(at, "at");
      Objects.requireNonNull(profile, "profile");
      Objects.requireNonNull(subject, "subject");
      Objects.requireNonNull(deadline, "deadline");
      Objects.requireNonNull(dueOn, "dueOn");
      Objects.requireNonNull(article, "article");
    }
  }

  /**
   * A component or a platform-side dependency failed; the component answered REVIEW instead of deciding.
   *
   * @param at when
   * @param profile under which profile
   * @param component which component, e.g. {@code identity.channel.PERSON}
   * @param errorCode a stable code ({@code ZB-…}) or exception class name — never a message with input in it
   */
  record ComponentFailed(Instant at, ProfileId profile, String component, String errorCode)
      implements ComplianceEvent {
    /** Validates the parts. */
    public ComponentFailed {
      Objects.requireNonNull(at, "at");
      Objects.requireNonNull(profile, "profile");
      Objects.requireNonNull(component, "component");
      Objects.requireNonNull(errorCode, "errorCode");
    }
  }
}
