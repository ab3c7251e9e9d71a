package io.github.zhibo.blacklist;

import io.github.zhibo.core.regulation.ArticleRef;
import io.github.zhibo.core.regulation.Recipient;
import io.github.zhibo.core.party.PartyRole;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/**
 * A listing to report to the regulators the profile names (DRAFT_2025 Art. 14: 报送省级市场监督管理部门;
 * the recipients come from the profile's reporting rule for {@link io.github.zhibo.core.regulation.Measure#BLACKLIST}).
 * It carries references, not identity numbers: the regulator's request for the full record is answered
 * from the platform's archive.
 *
 * @param entryId the entry
 * @param role the listed subject's role
 * @param decisionRef the platform's decision reference
 * @param legalBasis the basis
 * @param listedOn the day listed
 * @param recipients who receives it
 * @param article the article requiring the report
 */
public record RegulatorReport(String entryId, PartyRole role, String decisionRef, String legalBasis, LocalDate listedOn,
    Set<Recipient> recipients, ArticleRef article) {
  public RegulatorReport {
    Objects.requireNonNull(entryId, "entryId");
    recipients = Set.copyOf(recipients);
    Objects.requireNonNull(article, "article");
  }
}
