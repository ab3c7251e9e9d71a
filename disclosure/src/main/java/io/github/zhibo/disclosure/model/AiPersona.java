package io.github.zhibo.disclosure.model;

import io.github.zhibo.disclosure.internal.Redacted;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * An AI-generated person image or video used in the live, and its label.
 *
 * @param used an AI persona is used (absent: {@code null})
 * @param labelText the label text (absent: {@code null})
 * @param labelCoverageRatio share of the persona's on-screen time the label was visible (absent: {@code null})
 * @param labelMaxGapSec largest gap without the label (absent: {@code null})
 * @param labelOccludedRatio share of that time the label was occluded (absent: {@code null})
 * @param labelTextHeightPx label text height (absent: {@code null})
 * @param frameWidthPx frame width (absent: {@code null})
 * @param frameHeightPx frame height (absent: {@code null})
 * @param presenterIntroText how the presenter is introduced (absent: {@code null})
 * @param replayAigcMetadataPresent replays carry AIGC metadata (GB 45438-2025 Appendix E) (absent: {@code null})
 */
public record AiPersona(
    @Nullable Boolean used,
    @Nullable String labelText,
    @Nullable BigDecimal labelCoverageRatio,
    @Nullable BigDecimal labelMaxGapSec,
    @Nullable BigDecimal labelOccludedRatio,
    @Nullable Integer labelTextHeightPx,
    @Nullable Integer frameWidthPx,
    @Nullable Integer frameHeightPx,
    @Nullable String presenterIntroText,
    @Nullable Boolean replayAigcMetadataPresent) {

  /** Names the fields that are present, never their values (they may be personal data). */
  @Override
  public String toString() {
    return Redacted.describe("AiPersona", "used", used, "labelText", labelText, "labelCoverageRatio", labelCoverageRatio, "labelMaxGapSec", labelMaxGapSec, "labelOccludedRatio", labelOccludedRatio, "labelTextHeightPx", labelTextHeightPx, "frameWidthPx", frameWidthPx, "frameHeightPx", frameHeightPx, "presenterIntroText", presenterIntroText, "replayAigcMetadataPresent", replayAigcMetadataPresent);
  }
}
