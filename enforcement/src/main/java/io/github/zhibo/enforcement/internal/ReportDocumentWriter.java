package io.github.zhibo.enforcement.internal;

import io.github.zhibo.core.regulation.Recipient;
import io.github.zhibo.core.regulation.RegulationProfile;
import io.github.zhibo.enforcement.MeasureRecord;
import io.github.zhibo.enforcement.RegulatorReport;
import io.github.zhibo.enforcement.ReportDocument;
import io.github.zhibo.enforcement.ReportPeriod;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Renders the measure-report documents (see {@link io.github.zhibo.enforcement.MeasureReports}). Stateless. */
public final class ReportDocumentWriter {

  /** The schema id written into every JSON document. */
  public static final String SCHEMA = "zhibo.measure-report.v1";

  /** Column order of both the CSV and each JSON row. */
  static final List<String> COLUMNS = List.of("reportId", "measureId", "caseRef", "caseSource", "subject", "role",
      "grade", "measure", "measureZh", "takenOn", "termStart", "termEnd", "legalBasis", "reportBasis", "dueOn",
      "sentOn", "sendStatus", "status", "liftedOn", "liftReason", "remedyChannel", "remedyRule", "appealWindowDays",
      "affectedOrders", "orderArrangements", "orderPlan", "platformRule");

  private record Key(Recipient recipient, RegulatorReport.Jurisdiction jurisdiction) {}

  private static final Comparator<Key> KEY_ORDER = Comparator.comparing(Key::recipient, ReportRouter.ORDER)
      .thenComparing(Key::jurisdiction);

  private ReportDocumentWriter() {}

  /** See {@link io.github.zhibo.enforcement.MeasureReports#documents}. */
  public static List<ReportDocument> write(RegulationProfile profile, ReportPeriod period,
      Collection<MeasureRecord> measures, Collection<RegulatorReport> reports) {
    Objects.requireNonNull(profile, "profile");
    Objects.requireNonNull(period, "period");
    var byId = new HashMap<String, MeasureRecord>();
    for (MeasureRecord m : measures) byId.put(m.measureId(), m);
    var groups = new TreeMap<Key, List<RegulatorReport>>(KEY_ORDER);
    for (RegulatorReport r : reports) {
      MeasureRecord m = byId.get(r.measureId());
      if (m == null) throw new IllegalArgumentException("report " + r.reportId() + " names an unknown measure");
      if (!period.contains(m.takenOn())) continue;
      groups.computeIfAbsent(new Key(r.recipient(), r.jurisdiction()), k -> new ArrayList<>()).add(r);
    }
    var out = new ArrayList<ReportDocument>();
    groups.forEach((key, list) -> {
      list.sort(Comparator.comparing(RegulatorReport::takenOn).thenComparing(RegulatorReport::reportId));
      List<Map<String, Object>> rows = list.stream().map(r -> row(r, byId.get(r.measureId())))
          .collect(Collectors.toList());
      out.add(new ReportDocument(key.recipient(), key.jurisdiction(), fileName(profile, key, period), rows.size(),
          json(profile, key, period, rows), csv(rows)));
    });
    return List.copyOf(out);
  }

  private static String fileName(RegulationProfile profile, Key key, ReportPeriod period) {
    return "measures-" + profile.id().value() + "-" + key.recipient().level() + "-" + key.recipient().authority()
        + (key.jurisdiction() == RegulatorReport.Jurisdiction.NOTIFYING_PROVINCE ? "-NOTIFYING" : "")
        + "-" + period.from() + "_" + period.to();
  }

  private static Map<String, Object> row(RegulatorReport r, MeasureRecord m) {
    var row = new LinkedHashMap<String, Object>();
    row.put("reportId", r.reportId());
    row.put("measureId", m.measureId());
    row.put("caseRef", m.caseRef());
    row.put("caseSource", m.source().name());
    row.put("subject", m.subject().value());
    row.put("role", m.role().name());
    row.put("grade", m.grade().name());
    row.put("measure", m.measure().name());
    row.put("measureZh", m.termZh());
    row.put("takenOn", m.takenOn().toString());
    row.put("termStart", m.term().startsOn().toString());
    row.put("termEnd", m.term().endsOn().map(Object::toString).orElse(null));
    row.put("legalBasis", m.legalBasis().toString());
    row.put("reportBasis", r.source().toString());
    row.put("dueOn", r.dueOn().toString());
    row.put("sentOn", r.sentOn().map(Object::toString).orElse(null));
    row.put("sendStatus", r.sentOn().map(s -> s.isAfter(r.dueOn()) ? "SENT_LATE" : "SENT").orElse("PENDING"));
    row.put("status", m.status().name());
    row.put("liftedOn", m.liftedOn().map(Object::toString).orElse(null));
    row.put("liftReason", m.liftReason().map(Enum::name).orElse(null));
    row.put("remedyChannel", m.remedy().map(x -> x.channel().name()).orElse(null));
    row.put("remedyRule", m.remedy().map(x -> x.ruleRef()).orElse(null));
    row.put("appealWindowDays", m.remedy().map(x -> (Object) x.appealWindowDays()).orElse(null));
    row.put("affectedOrders", m.consumerOrders().affectedOrders());
    row.put("orderArrangements", m.consumerOrders().arrangements().stream().map(Enum::name).sorted()
        .collect(Collectors.joining(";")));
    row.put("orderPlan", m.consumerOrders().planRef().orElse(null));
    row.put("platformRule", m.platformRuleRef().orElse(null));
    return row;
  }

  private static String json(RegulationProfile profile, Key key, ReportPeriod period, List<Map<String, Object>> rows) {
    var doc = new LinkedHashMap<String, Object>();
    doc.put("schema", SCHEMA);
    doc.put("profile", profile.id().value());
    doc.put("profileVersion", profile.version());
    doc.put("text", profile.text().name());
    var recipient = new LinkedHashMap<String, Object>();
    recipient.put("level", key.recipient().level().name());
    recipient.put("authority", key.recipient().authority().name());
    recipient.put("jurisdiction", key.jurisdiction().name());
    doc.put("recipient", recipient);
    var p = new LinkedHashMap<String, Object>();
    p.put("from", period.from().toString());
    p.put("to", period.to().toString());
    doc.put("period", p);
    doc.put("count", rows.size());
    doc.put("reports", rows);
    return Json.write(doc);
  }

  private static String csv(List<Map<String, Object>> rows) {
    var sb = new StringBuilder(256 + rows.size() * 256);
    Csv.row(sb, COLUMNS);
    for (Map<String, Object> row : rows) {
      var cells = new ArrayList<String>(COLUMNS.size());
      for (String c : COLUMNS) {
        Object v = row.get(c);
        cells.add(v == null ? "" : v.toString());
      }
      Csv.row(sb, cells);
    }
    return sb.toString();
  }
}
