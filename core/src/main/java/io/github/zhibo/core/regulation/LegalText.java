package io.github.zhibo.core.regulation;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The two texts of 《直播电商监督管理办法》 zhibo knows. Article numbers are only meaningful together with
 * the text they come from: the draft's Art. 22 and Order 117's Art. 22 are different obligations.
 */
public enum LegalText {

  /** SAMR/CAC Order No. 117 (国家市场监督管理总局 国家互联网信息办公室令第117号), 69 articles, in force 2026-02-01. */
  ORDER_117(69, LocalDate.of(2026, 2, 1)),

  /** The 2025 consultation draft (征求意见稿), 57 articles; never in force. */
  DRAFT_2025(57, null);

  private final int articleCount;
  private final LocalDate inForceFrom;

  LegalText(int articleCount, LocalDate inForceFrom) {
    this.articleCount = articleCount;
    this.inForceFrom = inForceFrom;
  }

  /** How many articles the text has. */
  public int articleCount() {
    return articleCount;
  }

  /** The day the text took effect, or empty for a text that never did. */
  public Optional<LocalDate> inForceFrom() {
    return Optional.ofNullable(inForceFrom);
  }
}
