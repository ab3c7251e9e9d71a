package io.github.zhibo.examples.demo.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Writes the regulator reports of measures, one row per report, in filing order. */
final class MeasureReportsCsv {
  private MeasureReportsCsv() {}

  static void write(Path file, List<EnforcementPhase.Report> reports) throws IOException {
    Files.createDirectories(file.getParent());
    var lines = new ArrayList<String>();
    lines.add(Csv.row(List.of("reportId", "measureOn", "dueOn", "filedOn", "onTime", "subject", "measure", "grade",
        "articleViolated", "recipients", "reportingDuty")));
    for (EnforcementPhase.Report r : reports) {
      lines.add(Csv.row(List.of(r.reportId(), r.measureOn().toString(), r.dueOn().toString(), r.filedOn().toString(),
          String.valueOf(!r.filedOn().isAfter(r.dueOn())), r.subject(), r.measure().name(), r.grade().name(),
          r.violated().toString(), r.recipients(), r.duty().toString())));
    }
    Files.write(file, lines);
  }
}
