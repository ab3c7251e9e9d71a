package io.github.zhibo.disclosure.internal;

import io.github.zhibo.core.check.Evidence;
import io.github.zhibo.core.check.Severity;
import io.github.zhibo.core.regulation.AiLabelRule;
import io.github.zhibo.core.regulation.ArticleRef;
import io.github.zhibo.disclosure.model.AiPersona;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.Locale;

/**
 * AI-generated personas (DRAFT_2025 Art. 30, ORDER_117 Art. 37 with GB 45438-2025): a label that says the
 * person is AI-generated, shown continuously (coverage, largest gap, occlusion), legible (text height at
 * least 5 % of the frame's shorter side), AIGC metadata on replays, and no presentation as a natural
 * person. The article is the profile's {@code aiLabel().source()}; replay metadata is a violation where
 * the profile's label rule includes the national labelling rules or standards, a warning otherwise.
 */
final class AiPersonaRules {

  private AiPersonaRules() {}

  static void check(AiPersona ai, RuleContext rc) {
    if (!Boolean.TRUE.equals(ai.used())) return;
    AiLabelRule rule = rc.profile().aiLabel();
    ArticleRef art = rule.source();
    if (Texts.blank(ai.labelText())) {
      rc.add("AI.LABEL_MISSING", art, Severity.VIOLATION, "aiPersona", Evidence.builder().put("labelPresent", false).build());
    } else {
      String label = Normalizer.normalize(ai.labelText(), Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
      boolean says = (label.contains("ai") || label.contains("人工智能")) && (label.contains("生成") || label.contains("合成"));
      if (!says) {
        rc.add("AI.LABEL_TEXT", art, Severity.VIOLATION, "aiPersona.labelText",
            Evidence.builder().put("statesAiGenerated", false).build());
      }
      size(ai, art, rc);
      continuity(ai, art, rc);
    }
    if (ai.presenterIntroText() != null && claimsNaturalPerson(ai.presenterIntroText())) {
      rc.add("AI.IMPERSONATION", art, Severity.VIOLATION, "aiPersona.presenterIntroText",
          Evidence.builder().put("claimsNaturalPerson", true).build());
    }
    if (Boolean.FALSE.equals(ai.replayAigcMetadataPresent())) {
      boolean national = rule.requirements().contains(AiLabelRule.Requirement.MANDATORY_NATIONAL_STANDARDS)
          || rule.requirements().contains(AiLabelRule.Requirement.NATIONAL_LABELLING_RULES);
      rc.add("AI.REPLAY_METADATA", art, national ? Severity.VIOLATION : Severity.WARNING,
          "aiPersona.replayAigcMetadataPresent", Evidence.builder().put("aigcMetadata", false).build());
    }
  }

  private static void size(AiPersona ai, ArticleRef art, RuleContext rc) {
    if (ai.labelTextHeightPx() == null || ai.frameWidthPx() == null || ai.frameHeightPx() == null) return;
    long shorter = Math.min(ai.frameWidthPx(), ai.frameHeightPx());
    long permille = rc.config().aiLabelMinHeightPermille();
    // height >= permille/1000 * shorter side, inclusive, in integers
    if ((long) ai.labelTextHeightPx() * 1000L < permille * shorter) {
      rc.add("AI.LABEL_SIZE", art, Severity.VIOLATION, "aiPersona.labelTextHeightPx",
          Evidence.builder().put("heightPx", ai.labelTextHeightPx()).put("minimumPx", (permille * shorter + 999) / 1000).build());
    }
  }

  private static void continuity(AiPersona ai, ArticleRef art, RuleContext rc) {
    BigDecimal minCoverage = rc.config().aiLabelMinCoverage();
    if (ai.labelCoverageRatio() != null && ai.labelCoverageRatio().compareTo(minCoverage) < 0) {
      rc.add("AI.LABEL_CONTINUITY", art, Severity.VIOLATION, "aiPersona.labelCoverageRatio",
          Evidence.builder().put("coverageRatio", ai.labelCoverageRatio()).put("minimum", minCoverage).build());
    }
    if (ai.labelMaxGapSec() != null && ai.labelMaxGapSec().compareTo(rc.config().aiLabelMaxGapSec()) > 0) {
      rc.add("AI.LABEL_CONTINUITY", art, Severity.VIOLATION, "aiPersona.labelMaxGapSec",
          Evidence.builder().put("maxGapSec", ai.labelMaxGapSec()).put("allowedSec", rc.config().aiLabelMaxGapSec()).build());
    }
    BigDecimal occlusionBudget = BigDecimal.ONE.subtract(minCoverage);
    if (ai.labelOccludedRatio() != null && ai.labelOccludedRatio().compareTo(occlusionBudget) > 0) {
      rc.add("AI.LABEL_OCCLUDED", art, Severity.VIOLATION, "aiPersona.labelOccludedRatio",
          Evidence.builder().put("occludedRatio", ai.labelOccludedRatio()).put("budget", occlusionBudget).build());
    }
  }

  private static boolean claimsNaturalPerson(String intro) {
    String s = Normalizer.normalize(intro, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).replaceAll("\\s", "");
    String cleaned = s.replace("非真人", "").replace("不是真人", "").replace("并非真人", "");
    return cleaned.contains("真人") || cleaned.contains("本人出镜") || cleaned.contains("本人直播") || cleaned.contains("真实主播")
        || cleaned.contains("realperson");
  }
}
