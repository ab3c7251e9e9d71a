package io.github.zhibo.enforcement.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.zhibo.core.regulation.ArticleRef;
import io.github.zhibo.core.regulation.LegalText;
import io.github.zhibo.core.regulation.Measure;
import io.github.zhibo.core.regulation.ProfileId;
import io.github.zhibo.core.regulation.RegulationProfiles;
import org.junit.jupiter.api.Test;

/** The duties resolved through the profile, and the merged ladder. */
class DutiesTest {
  static final io.github.zhibo.core.regulation.RegulationProfile ORDER = RegulationProfiles.get(ProfileId.ORDER_117);
  static final io.github.zhibo.core.regulation.RegulationProfile DRAFT = RegulationProfiles.get(ProfileId.DRAFT_2025);

  @Test
  void table_resolvesEveryDutyForBothTexts() {
    assertThat(Duties.article(ORDER, Duty.REMEDY_ROUTE)).contains(ArticleRef.of(LegalText.ORDER_117, 12, 1));
    assertThat(Duties.article(DRAFT, Duty.REMEDY_ROUTE)).isEmpty();
    assertThat(Duties.article(ORDER, Duty.CONSUMER_ORDER_ARRANGEMENTS))
        .contains(ArticleRef.of(LegalText.ORDER_117, 23, 1));
    assertThat(Duties.article(DRAFT, Duty.REFUSED_INTERVIEW_REPORT))
        .contains(ArticleRef.of(LegalText.DRAFT_2025, 45, 3));
    assertThat(Duties.article(ORDER, Duty.REFUSED_INTERVIEW_REPORT)).isEmpty();
    assertThat(Duties.article(ORDER, Duty.PROMPT_LIFT_ON_UPDATE))
        .contains(ArticleRef.of(LegalText.ORDER_117, 22, 4));
    for (var p : new io.github.zhibo.core.regulation.RegulationProfile[] {ORDER, DRAFT}) {
      for (Duty d : Duty.values()) {
        Duties.article(p, d).ifPresent(a -> assertThat(a.text()).isEqualTo(p.text()));
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
