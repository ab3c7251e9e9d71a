package io.github.zhibo.core.regulation;

import io.github.zhibo.core.party.PartyRole;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.zhibo.core.regulation.FineRange.Offender;
import io.github.zhibo.core.regulation.Penalty.Condition;
import io.github.zhibo.core.regulation.Referral.Law;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Pins each penalty's fine range, condition and referral to its article. */
class PenaltyTest {

  private static final RegulationProfile ORDER = RegulationProfiles.get(ProfileId.ORDER_117);
  private static final RegulationProfile DRAFT = RegulationProfiles.get(ProfileId.DRAFT_2025);

  private static Penalty samr(RegulationProfile p, ArticleRef obligation) {
    List<Penalty> found = p.penaltiesFor(obligation).stream()
        .filter(x -> x.enforcers().contains(Authority.SAMR)).toList();
    assertThat(found).as("SAMR penalty for %s", obligation).hasSize(1);
    return found.get(0);
  }

  @Test
  void order117_art54_platformDuties_tenToHundredThousand_onlyIfRefusingOrSerious() {
    Penalty p = samr(ORDER, ORDER.ref(14));
    assertThat(p.source()).isEqualTo(ORDER.ref(54));
    assertThat(p.fines()).containsExactly(new FineRange(Offender.ANY, 10_000, 100_000));
    assertThat(p.condition()).isEqualTo(Condition.IF_REFUSES_TO_CORRECT_OR_SERIOUS);
    assertThat(p.otherLawsPrevail()).isTrue();
    assertThat(samr(ORDER, ORDER.ref(8, 3)).source()).isEqualTo(ORDER.ref(54));
    assertThat(samr(ORDER, ORDER.ref(22, 2)).source()).isEqualTo(ORDER.ref(54));
  }

  @Test
  void order117_penaltyMapIsParagraphExact() {
    // Art. 54 (五) covers the disposal *system* of Art. 12 ¶1, not the regulator-notice or reporting paragraphs.
    assertThat(ORDER.penaltiesFor(ORDER.ref(12, 1))).extracting(Penalty::source).contains(ORDER.ref(54));
    assertThat(ORDER.penaltiesFor(ORDER.ref(12, 3))).extracting(Penalty::source).doesNotContain(ORDER.ref(54));
    // Art. 14 ¶4 only encourages sharing (鼓励): no penalty at all.
    assertThat(ORDER.penaltiesFor(ORDER.ref(14, 4))).isEmpty();
    // Art. 22 ¶1 binds the regulator, ¶2-4 the platform.
    assertThat(ORDER.penaltiesFor(ORDER.ref(22, 1))).isEmpty();
    assertThat(samr(ORDER, ORDER.ref(22, 3)).source()).isEqualTo(ORDER.ref(54));
    // Art. 59 (一) covers the verification duties of Arts. 27-28 (28 ¶1), (四) only Art. 31's correction mechanism.
    assertThat(samr(ORDER, ORDER.ref(28, 1)).source()).isEqualTo(ORDER.ref(59));
    assertThat(ORDER.penaltiesFor(ORDER.ref(28, 2))).extracting(Penalty::source).doesNotContain(ORDER.ref(59));
    assertThat(samr(ORDER, ORDER.ref(31, 1)).source()).isEqualTo(ORDER.ref(59));
    assertThat(ORDER.penaltiesFor(ORDER.ref(31, 2))).extracting(Penalty::source).doesNotContain(ORDER.ref(59));
  }

  @Test
  void prevailingRules_distinguishLawsAndRegulationsFromDepartmentalRules() {
    assertThat(samr(ORDER, ORDER.ref(14)).otherRulesPrevail()).isEqualTo(Penalty.PrevailingRules.LAWS_AND_ADMINISTRATIVE_REGULATIONS);
    Penalty obstruction = ORDER.penalties().stream().filter(p -> p.source().equals(ORDER.ref(66))).findFirst().orElseThrow();
    assertThat(obstruction.otherRulesPrevail()).isEqualTo(Penalty.PrevailingRules.LAWS_REGULATIONS_AND_RULES);
    Penalty draftObstruction = DRAFT.penalties().stream().filter(p -> p.source().equals(DRAFT.ref(56))).findFirst().orElseThrow();
    assertThat(draftObstruction.otherRulesPrevail()).isEqualTo(Penalty.PrevailingRules.LAWS_REGULATIONS_AND_SAMR_RULES);
    assertThat(samr(ORDER, ORDER.ref(8, 1)).otherRulesPrevail()).isEqualTo(Penalty.PrevailingRules.NONE);
  }

  @Test
  void order117_art53_refersToEcommerceLawArt80_withoutAnAmount() {
    Penalty p = samr(ORDER, ORDER.ref(8, 1));
    assertThat(p.source()).isEqualTo(ORDER.ref(53));
    assertThat(p.referrals()).containsExactly(new Referral(Law.E_COMMERCE_LAW, 80, 0));
    assertThat(p.fines()).isEmpty();
    assertThat(p.condition()).isEqualTo(Condition.NONE);
    assertThat(samr(ORDER, ORDER.ref(16)).source()).isEqualTo(ORDER.ref(53));
  }

  @Test
  void order117_art9_itemsOneAndTwo_art53_itemThree_art54() {
    ArticleRef item1 = new ArticleRef(LegalText.ORDER_117, 9, 1, 1);
    ArticleRef item3 = new ArticleRef(LegalText.ORDER_117, 9, 1, 3);
    assertThat(samr(ORDER, item1).source()).isEqualTo(ORDER.ref(53));
    assertThat(samr(ORDER, item3).source()).isEqualTo(ORDER.ref(54));
    assertThat(ORDER.penaltiesFor(ORDER.ref(9))).extracting(Penalty::source)
        .containsExactly(ORDER.ref(53), ORDER.ref(54));
  }

  @Test
  void order117_art58_displayAtMostTenThousand_ifNotCorrectedInTime() {
    Penalty p = samr(ORDER, ORDER.ref(26));
    assertThat(p.source()).isEqualTo(ORDER.ref(58));
    assertThat(p.fines()).containsExactly(new FineRange(Offender.ANY, 0, 10_000));
    assertThat(p.condition()).isEqualTo(Condition.IF_NOT_CORRECTED_IN_TIME);
  }

  @Test
  void order117_art59_operatorDuties_and_art64_agencyDuties_tenToHundredThousand() {
    for (int obligation : new int[] {27, 28, 29, 30, 31, 37}) {
      Penalty p = samr(ORDER, ORDER.ref(obligation));
      assertThat(p.source()).as("Art. %d", obligation).isEqualTo(ORDER.ref(59));
      assertThat(p.fine(Offender.ORGANISATION)).contains(new FineRange(Offender.ANY, 10_000, 100_000));
    }
    for (int obligation : new int[] {39, 42, 43, 45}) {
      assertThat(samr(ORDER, ORDER.ref(obligation)).source()).isEqualTo(ORDER.ref(64));
    }
    assertThat(samr(ORDER, ORDER.ref(33)).condition()).isEqualTo(Condition.MUST_FINE);
  }

  @Test
  void order117_referrals_art57Ecl76_art60PriceLaw_art62Aucl() {
    assertThat(samr(ORDER, ORDER.ref(25, 1)).referrals()).containsExactly(new Referral(Law.E_COMMERCE_LAW, 76, 0));
    assertThat(samr(ORDER, ORDER.ref(19)).referrals()).containsExactly(new Referral(Law.E_COMMERCE_LAW, 83, 0));
    assertThat(samr(ORDER, ORDER.ref(32)).referrals())
        .containsExactly(new Referral(Law.PRICE_LAW, 0, 0), new Referral(Law.PRICE_VIOLATION_PENALTY_PROVISIONS, 0, 0));
    assertThat(samr(ORDER, ORDER.ref(34)).referrals()).containsExactly(
        new Referral(Law.ANTI_UNFAIR_COMPETITION_LAW, 25, 1), new Referral(Law.ADVERTISING_LAW, 55, 0));
    assertThat(samr(ORDER, ORDER.ref(36)).referrals())
        .containsExactly(new Referral(Law.ANTI_UNFAIR_COMPETITION_LAW, 28, 0));
    // Art. 57 covers paragraphs 1-3 of Art. 25, not paragraph 4 (which only the CAC penalty names)
    assertThat(ORDER.penaltiesFor(ORDER.ref(25, 4))).extracting(Penalty::source).containsExactly(ORDER.ref(65, 2));
  }

  @Test
  void order117_art65_cacMaySuspendServices() {
    List<Penalty> forArt8 = ORDER.penaltiesFor(ORDER.ref(8, 1));
    Penalty cac = forArt8.stream().filter(p -> p.enforcers().contains(Authority.CAC)).findFirst().orElseThrow();
    assertThat(cac.source()).isEqualTo(ORDER.ref(65, 2));
    assertThat(cac.maySuspendServices()).isTrue();
    assertThat(cac.fines()).containsExactly(new FineRange(Offender.ANY, 10_000, 100_000));
    assertThat(ORDER.penaltiesFor(ORDER.ref(14, 4))).isEmpty();   // 鼓励: encouragement, no penalty
  }

  @Test
  void order117_art66_obstruction_individualsAndOrganisationsDiffer() {
    Penalty p = samr(ORDER, ORDER.ref(46, 2));
    assertThat(p.source()).isEqualTo(ORDER.ref(66));
    assertThat(p.enforcers()).containsExactlyInAnyOrder(Authority.SAMR, Authority.CAC);
    assertThat(p.fine(Offender.INDIVIDUAL)).contains(new FineRange(Offender.INDIVIDUAL, 1_000, 10_000));
    assertThat(p.fine(Offender.ORGANISATION)).contains(new FineRange(Offender.ORGANISATION, 10_000, 100_000));
  }

  @Test
  void draft_art49_platform_tenToHundredThousand_art51_54_56_fiveToFiftyThousand() {
    Penalty platform = samr(DRAFT, DRAFT.ref(19));
    assertThat(platform.source()).isEqualTo(DRAFT.ref(49));
    assertThat(platform.fines()).containsExactly(new FineRange(Offender.ANY, 10_000, 100_000));
    assertThat(platform.condition()).isEqualTo(Condition.MAY_FINE);
    int[][] operatorAgency = {{22, 51}, {23, 51}, {30, 51}, {33, 54}, {35, 54}, {41, 56}};
    for (int[] pair : operatorAgency) {
      Penalty p = samr(DRAFT, DRAFT.ref(pair[0]));
      assertThat(p.source()).as("Art. %d", pair[0]).isEqualTo(DRAFT.ref(pair[1]));
      assertThat(p.fines()).containsExactly(new FineRange(Offender.ANY, 5_000, 50_000));
    }
    assertThat(samr(DRAFT, DRAFT.ref(33)).otherLawsPrevail()).isFalse();
  }

  @Test
  void draft_referrals_art48Ecl80_art50OnlineTradeMeasures_art53Aucl20() {
    assertThat(samr(DRAFT, DRAFT.ref(9)).referrals()).containsExactly(new Referral(Law.E_COMMERCE_LAW, 80, 0));
    assertThat(samr(DRAFT, DRAFT.ref(21)).referrals())
        .containsExactly(new Referral(Law.ONLINE_TRADE_SUPERVISION_MEASURES, 53, 0));
    assertThat(samr(DRAFT, DRAFT.ref(36)).referrals())
        .containsExactly(new Referral(Law.ANTI_UNFAIR_COMPETITION_LAW, 20, 0), new Referral(Law.ADVERTISING_LAW, 0, 0));
    assertThat(samr(DRAFT, DRAFT.ref(37)).referrals()).containsExactly(new Referral(Law.ANTI_UNFAIR_COMPETITION_LAW, 23, 0));
  }

  @Test
  void draft_obligationsWithoutPenalty_findNone() {
    for (int obligation : new int[] {6, 7, 8, 18, 20, 31, 32}) {
      assertThat(DRAFT.penaltiesFor(DRAFT.ref(obligation))).as("draft Art. %d", obligation).isEmpty();
    }
  }

  @Test
  void penaltiesFor_refOfAnotherText_isRejected() {
    assertThatThrownBy(() -> ORDER.penaltiesFor(DRAFT.ref(9)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("DRAFT_2025 Art. 9");
  }

  @Test
  void penalty_conditionWithoutFine_isRejected() {
    assertThatThrownBy(() -> new Penalty(ORDER.ref(54), java.util.Set.of(Authority.SAMR),
        java.util.Set.of(PartyRole.PLATFORM), List.of(ORDER.ref(14)), List.of(), Condition.MAY_FINE,
        List.of(new Referral(Law.E_COMMERCE_LAW, 80, 0)), Penalty.PrevailingRules.NONE, false))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
