package io.github.zhibo.core.regulation;

import io.github.zhibo.core.party.PartyRole;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ArticleCatalogueTest {

  private static RegulationProfile profile(LegalText text) {
    return RegulationProfiles.get(ProfileId.of(text.name()));
  }

  @ParameterizedTest
  @EnumSource(LegalText.class)
  void articles_areOneToNExactlyOnce(LegalText text) {
    var articles = profile(text).articles();

    assertThat(articles).hasSize(text.articleCount());
    for (int i = 0; i < articles.size(); i++) {
      assertThat(articles.get(i).number()).isEqualTo(i + 1);
      assertThat(articles.get(i).ref()).isEqualTo(ArticleRef.of(text, i + 1));
    }
  }

  @ParameterizedTest
  @EnumSource(LegalText.class)
  void chapters_tileTheTextWithoutGapsOrOverlaps(LegalText text) {
    var chapters = profile(text).chapters();

    assertThat(chapters).hasSize(7);
    assertThat(chapters.get(0).firstArticle()).isEqualTo(1);
    assertThat(chapters.get(chapters.size() - 1).lastArticle()).isEqualTo(text.articleCount());
    for (int i = 1; i < chapters.size(); i++) {
      assertThat(chapters.get(i).number()).isEqualTo(i + 1);
      assertThat(chapters.get(i).firstArticle()).isEqualTo(chapters.get(i - 1).lastArticle() + 1);
    }
  }

  @ParameterizedTest
  @EnumSource(LegalText.class)
  void everyArticle_hasTitlesAndSubjects(LegalText text) {
    for (Article a : profile(text).articles()) {
      assertThat(a.titleZh()).as("%s zh", a.ref()).isNotBlank();
      assertThat(a.titleEn()).as("%s en", a.ref()).isNotBlank();
      assertThat(!a.parties().isEmpty() || a.bindsRegulator() || a.general()).as("%s binds someone", a.ref()).isTrue();
      assertThat(profile(text).chapterOf(a.number()).contains(a.number())).isTrue();
    }
  }

  @Test
  void chapterBoundaries_matchEachText() {
    assertThat(profile(LegalText.ORDER_117).chapters()).extracting(Chapter::firstArticle)
        .containsExactly(1, 6, 25, 38, 46, 53, 68);
    assertThat(profile(LegalText.DRAFT_2025).chapters()).extracting(Chapter::firstArticle)
        .containsExactly(1, 6, 22, 31, 39, 46, 57);
  }

  @Test
  void subjects_followTheText() {
    var order = profile(LegalText.ORDER_117);
    var draft = profile(LegalText.DRAFT_2025);

    assertThat(order.article(24).parties()).containsExactly(PartyRole.OTHER_SERVICE_PROVIDER);
    assertThat(order.article(45).parties()).containsExactly(PartyRole.MARKETER_AGENCY);
    assertThat(order.article(30).parties()).containsExactly(PartyRole.LIVE_ROOM_OPERATOR);
    // pre-live review moved from the agency (draft Art. 34) to the room operator (Order 117 Art. 30)
    assertThat(draft.article(34).parties()).containsExactly(PartyRole.MARKETER_AGENCY);
    assertThat(draft.article(47).parties()).contains(PartyRole.SELLER);
    assertThat(order.article(1).general()).isTrue();
    assertThat(order.article(4).bindsRegulator()).isTrue();
    assertThat(order.article(4).parties()).isEmpty();
    assertThat(order.articlesBinding(PartyRole.MARKETER_AGENCY)).extracting(Article::number)
        .containsExactly(38, 39, 40, 41, 42, 43, 44, 45, 46, 62, 64);
  }

  @Test
  void article_outOfRange_isRejected() {
    assertThatThrownBy(() -> profile(LegalText.DRAFT_2025).article(58))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1..57");
    assertThatThrownBy(() -> profile(LegalText.ORDER_117).article(0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void ref_citesTheProfilesText() {
    assertThat(profile(LegalText.ORDER_117).ref(8, 1)).hasToString("ORDER_117 Art. 8(1)");
    assertThat(profile(LegalText.DRAFT_2025).ref(19)).hasToString("DRAFT_2025 Art. 19");
  }
}
