package io.github.zhibo.core.regulation;

import java.util.Objects;
import java.util.Set;

/**
 * What a text requires when a live uses AI-generated person images or video (人工智能生成的人物图像、视频).
 *
 * @param requirements what the label must satisfy
 * @param source the paragraph that imposes the label
 */
public record AiLabelRule(Set<Requirement> requirements, ArticleRef source) {

  /** Label requirements the texts state. */
  public enum Requirement {
    /** A prominent label on the live page (在直播页面进行显著标识; draft). */
    PROMINENT_ON_LIVE_PAGE,
    /** A continuous prompt to consumers that the person is AI-generated (持续向消费者提示). */
    CONTINUOUS_PROMPT,
    /** Clearly distinguished from a natural person's name or image (与自然人名义或者形象进行明显区分; draft). */
    DISTINCT_FROM_NATURAL_PERSON,
    /** Labelled according to national rules (依照国家有关规定进行标识; Order 117). */
    NATIONAL_LABELLING_RULES,
    /** Compliant with mandatory national standards (强制性国家标准, i.e. GB 45438-2025; Order 117). */
    MANDATORY_NATIONAL_STANDARDS
  }

  public AiLabelRule {
    requirements = Set.copyOf(requirements);
    Objects.requireNonNull(source, "source");
    if (requirements.isEmpty()) {
      throw new IllegalArgumentException("an AI label rule needs at least one requirement");
    }
  }
}
