package io.github.zhibo.identity.schedule;

import io.github.zhibo.core.party.PartyId;
import io.github.zhibo.core.regulation.ArticleRef;
import io.github.zhibo.identity.archive.ArchiveRole;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * A record whose periodic re-verification is due: the line {@code archive due} prints (DESIGN.md 5.4).
 *
 * @param subject the party
 * @param role its role
 * @param dueOn the day the re-verification fell due
 * @param article the article that sets the duty
 */
public record DueItem(PartyId subject, ArchiveRole role, LocalDate dueOn, ArticleRef article) {

  /** Validates the parts. */
  public DueItem {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(dueOn, "dueOn");
    Objects.requireNonNull(article, "article");
  }

  /** Days from {@code dueOn} to {@code asOf}: 0 when due that day, negative before. */
  public long overdueDays(LocalDate asOf) {
    return ChronoUnit.DAYS.between(dueOn, Objects.requireNonNull(asOf, "asOf"));
  }
}
