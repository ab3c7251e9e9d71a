package io.github.zhibo.enforcement;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.zhibo.core.party.PartyId;
import io.github.zhibo.core.party.PartyRole;
import io.github.zhibo.core.regulation.Authority;
import io.github.zhibo.core.regulation.Measure;
import io.github.zhibo.core.regulation.Obligation;
import io.github.zhibo.core.regulation.RegulatorLevel;
import io.github.zhibo.core.regulation.ViolationGrade;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The report documents of a period, JSON and CSV, one per authority. */
class MeasureReportsTest {

  private static final ReportPeriod MARCH = new ReportPeriod(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31));

  private static Fixture scenario(String id) {
    var f = Fixture.of(id);
    f.notice("c1", "op-1", ViolationGrade.GRAVE);
    f.takeAllowed("c1", Measure.BLACKLIST);
    f.clock.set(LocalDate.of(2026, 3, 20));
    f.notice("c2", "-op2", ViolationGrade.GENERAL);
    f.takeAllowed("c2", Measure.WARNING);
    f.clock.set(LocalDate.of(2026, 4, 2));
    f.notice("c3", "op-3", ViolationGrade.GRAVE);
    f.takeAllowed("c3", Measure.ACCOUNT_CLOSURE);
    return f;
  }

  @Test
  void order117_oneDocumentPerAuthority_forMeasuresOfThePeriod() {
    var f = scenario("ORDER_117");
    List<ReportDocument> docs = f.workflow.reportDocuments(MARCH);
    assertThat(docs).extracting(d -> d.recipient().level() + "-" + d.recipient().authority()).containsExactly(
        "COUNTY_OR_ABOVE-SAMR", "COUNTY_OR_ABOVE-CAC", "PROVINCIAL-SAMR", "PROVINCIAL-CAC");
    assertThat(docs.get(0).rows()).isEqualTo(2); // the blacklisting and the warning; c3 is in April
    assertThat(docs.get(2).rows()).isEqualTo(1); // only the blacklisting goes to the province
    ReportDocument county = docs.get(0);
    assertThat(county.fileBaseName()).isEqualTo("measures-ORDER_117-COUNTY_OR_ABOVE-SAMR-2026-03-01_2026-03-31");
    assertThat(county.json()).contains("\"schema\": \"zhibo.measure-report.v1\"")
        .contains("\"measure\": \"BLACKLIST\"").contains("\"measureZh\": \"列入黑名单\"")
        .contains("\"reportBasis\": \"" + f.profile.requireArticle(Obligation.MEASURE_REPORTING) + "\"")
        .contains("\"sendStatus\": \"PENDING\"").doesNotContain("c3");
    String[] lines = county.csv().split("\r\n");
    assertThat(lines).hasSize(3);
    assertThat(lines[0]).startsWith("reportId,measureId,caseRef,caseSource,subject,");
    // a party id starting with '-' is neutralised against spreadsheet formulas
    assertThat(lines[2]).contains(",'-op2,");
    assertThat(f.records("MEASURE_REPORT_GENERATED")).hasSize(4).allSatisfy(r -> {
      assertThat(r.payload()).containsKeys("jsonSha256", "rows", "recipient");
      assertThat(r.article()).isEqualTo(f.profile.requireArticle(Obligation.MEASURE_REPORTING));
    });
    assertThat(f.ledger.verify().isOk()).isTrue();
  }

  @Test
  void draft_onlyProvincialDocuments_andLightMeasuresAbsent() {
    var f = scenario("DRAFT_2025");
    List<ReportDocument> docs = f.workflow.reportDocuments(MARCH);
    assertThat(docs).extracting(d -> d.recipient().level()).containsOnly(RegulatorLevel.PROVINCIAL);
    assertThat(docs).allSatisfy(d -> {
      assertThat(d.rows()).isEqualTo(1);
      assertThat(d.json()).contains("\"measureZh\": \"纳入黑名单\"").doesNotContain("WARNING");
    });
  }

  @ParameterizedTest
  @ValueSource(strings = {"ORDER_117", "DRAFT_2025"})
  void documents_areDeterministic_andShowSentStatus(String id) {
    var f = scenario(id);
    RegulatorReport r = f.workflow.reports().get(0);
    f.workflow.markSent(r.reportId(), r.dueOn().plusDays(1));
    var a = MeasureReports.documents(f.profile, MARCH, f.workflow.measures(), f.workflow.reports());
    var b = MeasureReports.documents(f.profile, MARCH, reversed(f.workflow.measures()),
        reversed(f.workflow.reports()));
    assertThat(a).isEqualTo(b);
    assertThat(a.get(0).json()).contains("\"sendStatus\": \"SENT_LATE\"");
  }

  @Test
  void draft_refusedInterview_getsItsOwnNotifyingProvinceDocument() {
    var f = Fixture.of("DRAFT_2025");
    f.open(DisposalCase.onNotice("r1", CaseSource.REFUSED_INTERVIEW, PartyId.of("ag-1"), PartyRole.MARKETER_AGENCY,
        ViolationGrade.GENERAL, Fixture.DAY, Authority.SAMR));
    f.takeAllowed("r1", Measure.WARNING);
    var docs = f.workflow.reportDocuments(MARCH);
    assertThat(docs).hasSize(2).allSatisfy(d -> {
      assertThat(d.jurisdiction()).isEqualTo(RegulatorReport.Jurisdiction.NOTIFYING_PROVINCE);
      assertThat(d.fileBaseName()).contains("-NOTIFYING-");
      assertThat(d.json()).contains("\"jurisdiction\": \"NOTIFYING_PROVINCE\"");
    });
  }

  private static <T> List<T> reversed(List<T> in) {
    var out = new java.util.ArrayList<>(in);
    java.util.Collections.reverse(out);
    return out;
  }

  @Test
  void emptyPeriod_noDocuments() {
    var f = scenario("ORDER_117");
    assertThat(f.workflow.reportDocuments(new ReportPeriod(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 31))))
        .isEmpty();
  }
}
