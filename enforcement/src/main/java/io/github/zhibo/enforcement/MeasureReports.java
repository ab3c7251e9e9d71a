package io.github.zhibo.enforcement;

import io.github.zhibo.core.regulation.RegulationProfile;
import io.github.zhibo.enforcement.internal.ReportDocumentWriter;
import java.util.Collection;
import java.util.List;

/**
 * Renders the measure-report documents of a period (处置措施报告): one document per authority and jurisdiction,
 * listing every report owed to it for a measure taken in the period, with the measure's term, legal basis,
 * remedy route, consumer-order handling and whether the report was sent on time. Deterministic: the same input
 * gives byte-identical documents. Stateless and thread-safe.
 */
public final class MeasureReports {
  private MeasureReports() {}

  /**
   * The documents for {@code period}: one per recipient and jurisdiction that is owed at least one report, in
   * the order county-or-above before provincial, SAMR before CAC, domicile before notifying province.
   *
   * @param profile the profile the measures were taken under (for the Chinese terms and the document header)
   * @param period the days whose measures are reported
   * @param measures the measures (those referenced by {@code reports} must be present)
   * @param reports the reports owed
   * @throws IllegalArgumentException if a report names a measure not in {@code measures}
   */
  public static List<ReportDocument> documents(RegulationProfile profile, ReportPeriod period,
      Collection<MeasureRecord> measures, Collection<RegulatorReport> reports) {
    return ReportDocumentWriter.write(profile, period, measures, reports);
  }
}
