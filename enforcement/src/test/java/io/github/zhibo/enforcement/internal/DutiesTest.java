package io.github.zhibo.enforcement.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.zhibo.core.regulation.ArticleRef;
import io.github.zhibo.core.regulation.LegalText;
import io.github.zhibo.core.regulation.Measure;
import io.github.zhibo.core.regulation.ProfileId;
import io.github.zhibo.core.regulation.RegulationProfiles;
import org.junit.jupiter.api.Test;

/** The per-text duty table and the merged ladder. */
class DutiesTest {

  @Test
  void table_resolvesEveryDutyForBothTexts() {
    assertThat(Duties.article(LegalText.ORDER_117, Duty.REMEDY_ROUTE)).contains(ArticleRef.of(LegalText.ORDER_117, 12, 1));
    assertThat(Duties.article(LegalText.DRAFT_2025, Duty.REMEDY_ROUTE)).isEmpty();
    assertThat(Duties.article(LegalText.ORDER_117, Duty.CONSUMER_ORDER_ARRANGEMENTS))
        .contains(ArticleRef.of(LegalText.ORDER_117, 23));
    assertThat(Duties.article(LegalText.DRAFT_2025, Duty.REFUSED_INTERVIEW_REPORT))
        .contains(ArticleRef.of(LegalText.DRAFT_2025, 45, 3));
    assertThat(Duties.article(LegalText.ORDER_117, Duty.REFUSED_INTERVIEW_REPORT)).isEmpty();
    assertThat(Duties.article(LegalText.ORDER_117, Duty.PROMPT_LIFT_ON_UPDATE))
        .contains(ArticleRef.of(LegalText.ORDER_117, 22, 4));
    for (LegalText t : LegalText.values()) {
      for (Duty d : Duty.values()) {
        Duties.article(t, d).ifPresent(a -> assertThat(a.text()).isEqualTo(t));
      }
    }
  }

  @Test
  void ladder_mergesLiveOnlyMeasuresBySeverity() {
    Ladder draft = Ladder.of(RegulationProfiles.get(ProfileId.DRAFT_2025));
    assertThat(draft.order()).startsWith(Measure.POPUP_PROMPT, Measure.WARNING, Measure.FUNCTION_LIMIT,
        Measure.TRAFFIC_LIMIT, Measure.PAUSE_LIVE, Measure.TEMPORARY_SUSPENSION).endsWith(Measure.BLACKLIST);
    Ladder order = Ladder.of(RegulationProfiles.get(ProfileId.ORDER_117));
    assertThat(order.order()).containsExactlyElementsOf(RegulationProfiles.get(ProfileId.ORDER_117).measures());
  }
}
