package io.github.zhibo.enforcement;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.zhibo.core.party.PartyId;
import io.github.zhibo.core.party.PartyRole;
import io.github.zhibo.core.regulation.ArticleRef;
import io.github.zhibo.core.regulation.Authority;
import io.github.zhibo.core.regulation.LegalText;
import io.github.zhibo.core.regulation.Measure;
import io.github.zhibo.core.regulation.Obligation;
import io.github.zhibo.core.regulation.Recipient;
import io.github.zhibo.core.regulation.RegulatorLevel;
import io.github.zhibo.core.regulation.ViolationGrade;
import io.github.zhibo.enforcement.RegulatorReport.Jurisdiction;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Whom each measure is reported to (draft Art. 7 ¶2, Art. 45 ¶3; Order 117 Art. 12 ¶3). */
class ReportRoutingTest {

  private static final Recipient COUNTY_SAMR = new Recipient(RegulatorLevel.COUNTY_OR_ABOVE, Authority.SAMR);
  private static final Recipient COUNTY_CAC = new Recipient(RegulatorLevel.COUNTY_OR_ABOVE, Authority.CAC);
  private static final Recipient PROV_SAMR = new Recipient(RegulatorLevel.PROVINCIAL, Authority.SAMR);
  private static final Recipient PROV_CAC = new Recipient(RegulatorLevel.PROVINCIAL, Authority.CAC);

  private static List<RegulatorReport> take(Fixture f, Measure m) {
    f.notice("c-" + m, "op-1", ViolationGrade.GRAVE);
    TakeOutcome o = f.workflow.take(f.workflow.propose("c-" + m, m), f.fullDetails());
    assertThat(o.taken()).isTrue();
    assertThat(f.workflow.reports()).containsAll(o.reports());
    return o.reports();
  }

  @ParameterizedTest
  @EnumSource(value = Measure.class, names = {"WARNING", "FUNCTION_LIMIT", "TRAFFIC_LIMIT", "PAUSE_LIVE",
      "FIXED_TERM_SUSPENSION"})
  void order117_everyMeasure_goesToCountyLevelSamrAndCac(Measure m) {
    var f = Fixture.of("ORDER_117");
    List<RegulatorReport> r = take(f, m);
    assertThat(r).extracting(RegulatorReport::recipient).containsExactly(COUNTY_SAMR, COUNTY_CAC);
    assertThat(r).allSatisfy(x -> {
      assertThat(x.source()).isEqualTo(f.profile.requireArticle(Obligation.MEASURE_REPORTING));
      assertThat(x.jurisdiction()).isEqualTo(Jurisdiction.PLATFORM_DOMICILE);
    });
  }

  @ParameterizedTest
  @EnumSource(value = Measure.class, names = {"ACCOUNT_CLOSURE", "REREGISTRATION_BAN", "BLACKLIST"})
  void order117_heavyMeasures_alsoGoToTheProvince(Measure m) {
    var f = Fixture.of("ORDER_117");
    assertThat(take(f, m)).extracting(RegulatorReport::recipient)
        .containsExactly(COUNTY_SAMR, COUNTY_CAC, PROV_SAMR, PROV_CAC);
  }

  @ParameterizedTest
  @EnumSource(value = Measure.class, names = {"TEMPORARY_SUSPENSION", "ACCOUNT_CLOSURE", "REREGISTRATION_BAN",
      "BLACKLIST"})
  void draft_fourHeavyMeasures_goToProvincialSamrAndCac(Measure m) {
    var f = Fixture.of("DRAFT_2025");
    List<RegulatorReport> r = take(f, m);
    assertThat(r).extracting(RegulatorReport::recipient).containsExactly(PROV_SAMR, PROV_CAC);
    assertThat(r).allSatisfy(x -> assertThat(x.source()).isEqualTo(ArticleRef.of(LegalText.DRAFT_2025, 7, 2)));
  }

  @ParameterizedTest
  @EnumSource(value = Measure.class, names = {"WARNING", "FUNCTION_LIMIT"})
  void draft_lightMeasures_needNoReport(Measure m) {
    var f = Fixture.of("DRAFT_2025");
    assertThat(take(f, m)).isEmpty();
    assertThat(f.records("MEASURE_REPORT_DUE")).isEmpty();
  }

  private static DisposalCase refusedInterview(String ref) {
    return DisposalCase.onNotice(ref, CaseSource.REFUSED_INTERVIEW, PartyId.of("op-9"), PartyRole.MARKETER_AGENCY,
        ViolationGrade.GRAVE, Fixture.DAY, Authority.SAMR);
  }

  @Test
  void draft_refusedInterview_reportsHandlingToTheNotifyingProvinceWhateverTheMeasure() {
    var f = Fixture.of("DRAFT_2025");
    f.open(refusedInterview("c1"));
    TakeOutcome warn = f.workflow.take(f.workflow.propose("c1", Measure.WARNING), f.fullDetails());
    assertThat(warn.reports()).extracting(RegulatorReport::recipient).containsExactly(PROV_SAMR, PROV_CAC);
    assertThat(warn.reports()).allSatisfy(x -> {
      assertThat(x.jurisdiction()).isEqualTo(Jurisdiction.NOTIFYING_PROVINCE);
      assertThat(x.source()).isEqualTo(ArticleRef.of(LegalText.DRAFT_2025, 45, 3));
    });
    assertThat(warn.record().orElseThrow().legalBasis()).isEqualTo(ArticleRef.of(LegalText.DRAFT_2025, 45, 3));

    TakeOutcome closure = f.workflow.take(f.workflow.propose("c1", Measure.ACCOUNT_CLOSURE), f.fullDetails());
    assertThat(closure.reports()).extracting(RegulatorReport::jurisdiction).containsExactly(
        Jurisdiction.PLATFORM_DOMICILE, Jurisdiction.PLATFORM_DOMICILE,
        Jurisdiction.NOTIFYING_PROVINCE, Jurisdiction.NOTIFYING_PROVINCE);
    assertThat(closure.reports()).extracting(RegulatorReport::reportId).doesNotHaveDuplicates();
  }

  @Test
  void order117_refusedInterview_hasNoSuchClause_routesAsAnyNotice() {
    var f = Fixture.of("ORDER_117");
    f.open(refusedInterview("c1"));
    TakeOutcome warn = f.workflow.take(f.workflow.propose("c1", Measure.WARNING), f.fullDetails());
    assertThat(warn.reports()).extracting(RegulatorReport::recipient).containsExactly(COUNTY_SAMR, COUNTY_CAC);
    assertThat(warn.reports()).allSatisfy(x -> assertThat(x.jurisdiction()).isEqualTo(Jurisdiction.PLATFORM_DOMICILE));
    assertThat(warn.record().orElseThrow().legalBasis())
        .isEqualTo(f.profile.requireArticle(Obligation.DISPOSAL_ON_NOTICE));
  }

  @Test
  void reports_areLedgeredOneRecordEach() {
    var f = Fixture.of("ORDER_117");
    List<RegulatorReport> r = take(f, Measure.BLACKLIST);
    assertThat(f.records("MEASURE_REPORT_DUE")).extracting(x -> x.payload().get("reportId"))
        .containsExactlyElementsOf(r.stream().map(RegulatorReport::reportId).toList());
  }
}
