package io.github.zhibo.blacklist;

import io.github.zhibo.core.regulation.ArticleRef;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The notice to a listed subject (ORDER_117: 告知事实、理由、依据、期限及申诉途径). Sent through the
 * platform's own channel; the ledger keeps that it was issued, not its text.
 *
 * @param entryId the entry
 * @param facts the facts
 * @param reasons the reasons
 * @param legalBasis the basis
 * @param listedOn first day listed
 * @param lastDay last day of the term (null where the text sets none)
 * @param appealRoute how to appeal (null where the text gives no appeal)
 * @param article the article requiring the notice
 */
public record ListingNotice(String entryId, String facts, String reasons, String legalBasis, LocalDate listedOn,
    @Nullable LocalDate lastDay, @Nullable String appealRoute, ArticleRef article) {
  public ListingNotice {
    Objects.requireNonNull(entryId, "entryId");
    Objects.requireNonNull(article, "article");
  }
}
