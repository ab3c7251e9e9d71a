package io.github.zhibo.identity.report;

import io.github.zhibo.identity.internal.Retentions;
import io.github.zhibo.core.regulation.ReportSection;
import io.github.zhibo.core.env.Environment;
import io.github.zhibo.core.ledger.EvidenceLedger;
import io.github.zhibo.core.ledger.LedgerEntry;
import io.github.zhibo.core.ledger.RecordType;
import io.github.zhibo.core.ledger.SubjectRef;
import io.github.zhibo.core.regulation.IdentityReport;
import io.github.zhibo.core.regulation.Obligation;
import io.github.zhibo.core.regulation.RegulationProfile;
import io.github.zhibo.core.regulation.RegulationProfiles;
import io.github.zhibo.core.regulation.ReportCategory;
import io.github.zhibo.core.party.PartyField;
import io.github.zhibo.core.time.ChinaZone;
import io.github.zhibo.identity.archive.Completeness;
import io.github.zhibo.identity.archive.RegistrationArchive;
import io.github.zhibo.identity.archive.RegistrationRecord;
import io.github.zhibo.identity.report.internal.CsvSectionFile;
import io.github.zhibo.identity.report.internal.XlsxReportFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Writes the January/July identity report (身份信息报送, Art. 9) of an archive as it stands on a snapshot
 * day: for each section of the profile's schema one {@code SECTION.csv} and one sheet of {@code report.xlsx},
 * row 1 the header (the article's fields, Chinese then English), then one row per record of the section.
 *
 * <p>Streaming: records are added one at a time and go straight to the files (the workbook through SXSSF),
 * so memory does not grow with the archive — only the ids of incomplete records are kept for the summary.
 * A record registered after the snapshot day, or of a role the profile does not report (sellers under
 * ORDER_117), is skipped. A record lacking a required field is still written, with the cell empty, and listed
 * as incomplete.
 *
 * <p><b>Personal data.</b> This is the one output of zhibo that carries full names, identity numbers,
 * addresses and contacts, because the regulator's report requires them. They go to the files only; the
 * {@link ReportSummary}, the ledger records (file digests, counts) and every exception carry none. Protect
 * the output directory accordingly and delete the files once delivered.
 *
 * <p>Not thread-safe: one writer, one thread.
 */
public final class SemiannualReportWriter implements AutoCloseable {

  /** The workbook's file name. */
  public static final String XLSX_FILE = "report.xlsx";

  static final RecordType EXPORTED = RecordType.of("REPORT_EXPORTED");

  private final RegulationProfile profile;
  private final LocalDate asOf;
  private final YearMonth month;
  private final Path directory;
  private final Environment environment;
  private final @Nullable EvidenceLedger ledger;
  private final Period retention;
  private final Completeness completeness;
  private final Map<ReportSection, Section> sections = new EnumMap<>(ReportSection.class);
  private final XlsxReportFile xlsx;
  private long skipped;
  private boolean done;

  private SemiannualReportWriter(Builder b) throws IOException {
    this.profile = b.profile;
    this.asOf = Objects.requireNonNull(b.asOf, "asOf");
    this.directory = Objects.requireNonNull(b.directory, "directory");
    this.environment = b.environment;
    this.ledger = b.ledger;
    this.retention = b.retention;
    IdentityReport report = profile.identityReport();
    this.month = ReportMonths.reportMonth(asOf, report.months());
    this.completeness = Completeness.of(profile);
    Files.createDirectories(directory);
    this.xlsx = new XlsxReportFile(b.window);
    try {
      for (ReportCategory category : report.categories()) {
        ReportSection id = category.section();
        var section = new Section(id, category, new CsvSectionFile(directory.resolve((id.name() + ".csv"))));
        sections.put(id, section);
        List<String> header = new ArrayList<>();
        for (PartyField f : category.fields()) {
          header.add(ReportColumns.header(f, id, profile.text()));
        }
        section.csv.row(header);
        xlsx.sheet(id.name());
        xlsx.row(id.name(), header);
      }
    } catch (IOException | RuntimeException e) {
      abort();
      throw e;
    }
  }

  /** Starts configuring a writer; the snapshot day and the output directory are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** The report month the snapshot day belongs to. */
  public YearMonth month() {
    return month;
  }

  /**
   * Adds a record to its section.
   *
   * @return the section it went to, or empty when it was skipped
   * @throws ReportException {@link ReportError#VALUE_TOO_LONG} if a value does not fit a cell (the record is
   *     not written), {@link ReportError#EXPORT_FAILED} on an I/O failure
   */
  public Optional<ReportSection> add(RegistrationRecord record) {
    Objects.requireNonNull(record, "record");
    if (done) {
      throw new ReportException(ReportError.WRITER_CLOSED, "the report writer has finished", null);
    }
    Optional<ReportCategory> category = completeness.categoryOf(record);
    if (category.isEmpty() || record.registeredOn().isAfter(asOf)) {
      skipped++;
      return Optional.empty();
    }
    Section section = sections.get(category.get().section());
    List<String> values = new ArrayList<>(section.category.fields().size());
    boolean complete = true;
    for (PartyField f : section.category.fields()) {
      Optional<String> v = Completeness.value(record, f);
      complete &= v.isPresent();
      String s = v.orElse("");
      if (s.length() > XlsxReportFile.MAX_CELL_CHARS) {
        throw new ReportException(ReportError.VALUE_TOO_LONG,
            f.name() + " is longer than a cell holds (" + XlsxReportFile.MAX_CELL_CHARS + " characters)", null);
      }
      values.add(s);
    }
    try {
      section.csv.row(values);
    } catch (IOException e) {
      throw new ReportException(ReportError.EXPORT_FAILED, "cannot write " + (section.id.name() + ".csv"), e);
    }
    xlsx.row(section.id.name(), values);
    section.rows++;
    if (!complete) {
      section.incomplete.add(record.subjectId());
    }
    return Optional.of(section.id);
  }

  /** Adds every record of {@code archive}, in its order. */
  public void addAll(RegistrationArchive archive) {
    Objects.requireNonNull(archive, "archive").forEach(this::add);
  }

  /**
   * Closes the files, records their digests in the ledger (if one is configured) and returns the summary.
   *
   * @throws ReportException {@link ReportError#EXPORT_FAILED} if a file cannot be written
   */
  public ReportSummary finish() {
    if (done) {
      throw new ReportException(ReportError.WRITER_CLOSED, "the report writer has finished", null);
    }
    done = true;
    Map<String, String> digests = new LinkedHashMap<>();
    String current = XLSX_FILE;
    try {
      digests.put(XLSX_FILE, xlsx.finish(directory.resolve(XLSX_FILE)));
      for (Section s : sections.values()) {
        current = s.id.name() + ".csv";
        digests.put(current, s.csv.finish());
      }
    } catch (IOException e) {
      abort();
      throw new ReportException(ReportError.EXPORT_FAILED, "cannot write " + current, e);
    }
    List<SectionSummary> summaries = new ArrayList<>();
    for (ReportCategory c : profile.identityReport().categories()) {
      Section s = sections.get(c.section());
      summaries.add(new SectionSummary(s.id, s.rows, s.incomplete));
    }
    var summary = new ReportSummary(profile.id(), profile.reportSchemaId(), month, asOf, summaries, digests, skipped);
    if (ledger != null) {
      record(summary);
    }
    return summary;
  }

  private void record(ReportSummary summary) {
    LocalDate today = ChinaZone.today(environment.clock());
    for (var file : summary.sha256().entrySet()) {
      Map<String, String> payload = new LinkedHashMap<>();
      payload.put("file", file.getKey());
      payload.put("sha256", file.getValue());
      payload.put("month", month.toString());
      payload.put("asOf", asOf.toString());
      payload.put("schemaId", summary.schemaId());
      for (SectionSummary s : summary.sections()) {
        if (file.getKey().equals(XLSX_FILE) || file.getKey().equals((s.section().name() + ".csv"))) {
          payload.put("rows." + s.section().name(), Long.toString(s.rows()));
          payload.put("incomplete." + s.section().name(), Integer.toString(s.incomplete().size()));
        }
      }
      ledger.append(new LedgerEntry(profile.id(), profile.requireArticle(Obligation.SEMIANNUAL_REPORT),
          SubjectRef.of("report:" + month), EXPORTED, payload, today.plus(retention)));
    }
  }

  /** Abandons an unfinished report: closes the files and releases the workbook's temporary files. */
  @Override
  public void close() {
    if (!done) {
      done = true;
      abort();
    }
  }

  private void abort() {
    for (Section s : sections.values()) {
      try {
        s.csv.close();
      } catch (IOException e) {
        // closing after a failure: the first failure is the one reported
      }
    }
    try {
      xlsx.close();
    } catch (IOException e) {
      // as above
    }
  }

  /** One section's file and counters. */
  private static final class Section {
    final ReportSection id;
    final ReportCategory category;
    final CsvSectionFile csv;
    final List<String> incomplete = new ArrayList<>();
    long rows;

    Section(ReportSection id, ReportCategory category, CsvSectionFile csv) {
      this.id = id;
      this.category = category;
      this.csv = csv;
    }
  }

  /** Configures a {@link SemiannualReportWriter}; not thread-safe. */
  public static final class Builder {
    private RegulationProfile profile = RegulationProfiles.defaultProfile();
    private @Nullable LocalDate asOf;
    private @Nullable Path directory;
    private Environment environment = Environment.defaults();
    private @Nullable EvidenceLedger ledger;
    private Period retention = Period.ofYears(3);
    private int window = 256;

    private Builder() {}

    /** The profile whose schema the report follows (default: the default profile). */
    public Builder profile(RegulationProfile profile) {
      this.profile = Objects.requireNonNull(profile, "profile");
      return this;
    }

    /** The snapshot day: the archive as it stands on this day, in the report month it belongs to (required). */
    public Builder asOf(LocalDate asOf) {
      this.asOf = Objects.requireNonNull(asOf, "asOf");
      return this;
    }

    /** Where the files go; created if missing (required). */
    public Builder directory(Path directory) {
      this.directory = Objects.requireNonNull(directory, "directory");
      return this;
    }

    /** Clock (for the ledger's retention dates) and listener (default {@link Environment#defaults()}). */
    public Builder environment(Environment environment) {
      this.environment = Objects.requireNonNull(environment, "environment");
      return this;
    }

    /** A ledger to record each file's SHA-256 in (optional). */
    public Builder ledger(EvidenceLedger ledger) {
      this.ledger = Objects.requireNonNull(ledger, "ledger");
      return this;
    }

    /** How long the ledger keeps the export records (default three years). */
    public Builder retention(Period retention) {
      this.retention = Retentions.requirePositive(retention);
      return this;
    }

    /** Rows of each sheet kept in memory before they are flushed to disk (default 256). */
    public Builder rowWindow(int rows) {
      if (rows < 1) throw new IllegalArgumentException("rowWindow must be >= 1");
      this.window = rows;
      return this;
    }

    /**
     * Opens the files and writes the headers.
     *
     * @throws ReportException {@link ReportError#EXPORT_FAILED} if the directory or a file cannot be created
     */
    public SemiannualReportWriter build() {
      try {
        return new SemiannualReportWriter(this);
      } catch (IOException e) {
        throw new ReportException(ReportError.EXPORT_FAILED, "cannot create the report files", e);
      }
    }
  }
}
