package io.github.zhibo.core.regulation;

import static io.github.zhibo.core.regulation.ProfileKeys.*;

import java.time.Month;
import java.time.Period;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * One text of 《直播电商监督管理办法》 as data: its article catalogue and every parameter zhibo enforces
 * (intervals, working-day deadlines, retention, replay, the January/July report, disposal measures and
 * whom they are reported to, seller-link rules, blacklist features, the AI label, penalties), each tied to
 * the article it comes from. Code asks the profile; it never hard-codes these numbers.
 *
 * <p>Get a bundled profile from {@link RegulationProfiles}; derive a platform's own stricter profile with
 * {@link RegulationProfiles#derive(String, java.io.Reader)} or {@link #toBuilder()}. A derived profile keeps
 * its base's legal text, catalogue, penalties and article references; see {@link RegulationProfiles} for
 * what it may change.
 *
 * <p>Immutable and thread-safe.
 */
public final class RegulationProfile {

  /** Everything the reader parsed, in one place, so the constructor can copy it defensively. */
  record Parts(
      ProfileId id, String version, LegalText text, Optional<ProfileId> basedOn, List<ProfileId> lineage,
      List<Chapter> chapters, List<Article> articles, Reverification reverification,
      WorkingDayDeadline changeReport, Optional<WorkingDayDeadline> platformChangeCheck,
      WorkingDayDeadline unreachableReminder, Map<RetainedRecord, Retention> retentions,
      Optional<ReplayWindow> buyerReplay, IdentityReport report, MeasureList disposalMeasures,
      MeasureList liveInterventions, Map<LinkRule, ArticleRef> sellerLinkRules, BlacklistRules blacklist,
      AiLabelRule aiLabel, List<Penalty> penalties, Map<Obligation, ArticleRef> obligations,
      UnreachablePartyRule unreachable, Map<String, FieldSet> fieldSets, Optional<ReportingDuty> interviewRefusal,
      Map<String, String> raw) {}

  private final Parts parts;
  private final Map<RetainedRecord, Retention> retentions;
  private final Map<LinkRule, ArticleRef> sellerLinkRules;
  private final Map<Measure, ReportingRule> reporting;
  private final Map<String, String> raw;
  private final Map<Obligation, ArticleRef> obligations;

  RegulationProfile(Parts parts, Map<Measure, ReportingRule> reporting) {
    this.parts = Objects.requireNonNull(parts, "parts");
    this.retentions = Collections.unmodifiableMap(copy(parts.retentions(), RetainedRecord.class));
    this.sellerLinkRules = Collections.unmodifiableMap(copy(parts.sellerLinkRules(), LinkRule.class));
    this.reporting = Collections.unmodifiableMap(copy(reporting, Measure.class));
    this.raw = Collections.unmodifiableMap(new TreeMap<>(parts.raw()));
    this.obligations = Collections.unmodifiableMap(copy(parts.obligations(), Obligation.class));
  }

  private static <K extends Enum<K>, V> EnumMap<K, V> copy(Map<K, V> m, Class<K> type) {
    var out = new EnumMap<K, V>(type);
    out.putAll(m);
    return out;
  }

  /** The profile's id: {@code ORDER_117}, {@code DRAFT_2025}, or a platform's own. */
  public ProfileId id() {
    return parts.id();
  }

  /** The legal text every article reference of this profile cites; a derived profile keeps its base's. */
  public LegalText text() {
    return parts.text();
  }

  /** The data version of the profile resource, so a record can say exactly which data it was checked against. */
  public String version() {
    return parts.version();
  }

  /** The profile this one was derived from, or empty for a bundled profile. */
  public Optional<ProfileId> basedOn() {
    return parts.basedOn();
  }

  /** Base ids, nearest first: empty for a bundled profile. */
  List<ProfileId> lineage() {
    return parts.lineage();
  }

  /** The key/value form this profile was read from, including a base's inherited keys. */
  Map<String, String> raw() {
    return raw;
  }

  // ---- catalogue ----

  /** Every chapter, in order; together they hold articles 1..N without gaps. */
  public List<Chapter> chapters() {
    return parts.chapters();
  }

  /** Every article 1..N, in order. */
  public List<Article> articles() {
    return parts.articles();
  }

  /**
   * One article.
   *
   * @throws IllegalArgumentException if the text has no such article
   */
  public Article article(int number) {
    checkArticle(number);
    return parts.articles().get(number - 1);
  }

  /** The chapter that holds {@code article}. */
  public Chapter chapterOf(int article) {
    return parts.chapters().get(article(article).chapter() - 1);
  }

  /** The articles that place duties on parties of {@code role}, in order. */
  public List<Article> articlesBinding(io.github.zhibo.core.party.PartyRole role) {
    return parts.articles().stream().filter(a -> a.binds(role)).collect(Collectors.toUnmodifiableList());
  }

  /** A reference to a whole article of this profile's text. */
  public ArticleRef ref(int article) {
    return ArticleRef.of(text(), article);
  }

  /** A reference to one paragraph (款) of an article of this profile's text. */
  public ArticleRef ref(int article, int paragraph) {
    return ArticleRef.of(text(), article, paragraph);
  }

  // ---- obligations ----

  /**
   * The article and paragraph of this profile's text that imposes {@code obligation}, or empty when this
   * text has no such duty (agency display exists only in the draft, the blacklist notice only in Order 117).
   * Feature code names obligations and lets the profile resolve them, so it never writes an article number.
   */
  public Optional<ArticleRef> article(Obligation obligation) {
    return Optional.ofNullable(obligations.get(Objects.requireNonNull(obligation, "obligation")));
  }

  /**
   * Like {@link #article(Obligation)}, for a rule that only runs where its duty exists.
   *
   * @throws ObligationNotInTextException if this text has no such duty
   */
  public ArticleRef requireArticle(Obligation obligation) {
    return article(obligation).orElseThrow(() -> new ObligationNotInTextException(id(), text(), obligation));
  }

  /** Whether this text imposes {@code obligation}. */
  public boolean imposes(Obligation obligation) {
    return obligations.containsKey(Objects.requireNonNull(obligation, "obligation"));
  }

  /** Every obligation this text imposes, with its article. */
  public Map<Obligation, ArticleRef> obligations() {
    return obligations;
  }

  private void checkArticle(int number) {
    if (number < 1 || number > parts.articles().size()) {
      throw new IllegalArgumentException(text() + " has articles 1.." + parts.articles().size() + ", not " + number);
    }
  }

  // ---- identity ----

  /** Periodic re-verification of registered identity: interval, subjects and article. */
  public Reverification reverification() {
    return parts.reverification();
  }

  /** Shorthand for {@code reverification().interval()}. */
  public Period reverificationInterval() {
    return parts.reverification().interval();
  }

  /** The identity report to the regulator: months, schema id, recipient and categories. */
  public IdentityReport identityReport() {
    return parts.report();
  }

  /** Shorthand for {@code identityReport().months()}. */
  public Set<Month> reportMonths() {
    return parts.report().months();
  }

  /** Shorthand for {@code identityReport().schemaId()}. */
  public String reportSchemaId() {
    return parts.report().schemaId();
  }

  /**
   * The fields the text requires of {@code category} for {@code purpose} (registration under Art. 8,
   * disclosure under draft Art. 22 / Order 117 Art. 25), or empty where it requires none (sellers register
   * and disclose nothing themselves). The report's fields are {@link #identityReport()}'s categories.
   */
  public Optional<FieldSet> fieldSet(FieldSet.Purpose purpose, io.github.zhibo.core.party.PartyCategory category) {
    Objects.requireNonNull(purpose, "purpose");
    Objects.requireNonNull(category, "category");
    return Optional.ofNullable(parts.fieldSets().get(purpose + "." + category));
  }

  // ---- deadlines ----

  /** How long a room operator has to report a change of its displayed information to the platform. */
  public WorkingDayDeadline changeReport() {
    return parts.changeReport();
  }

  /** How long the platform has to verify a reported change and update the display, if the text sets it. */
  public Optional<WorkingDayDeadline> platformChangeCheck() {
    return parts.platformChangeCheck();
  }

  /**
   * How long the platform has, after a regulator's notice, to remind a party that cannot be reached at its
   * address to update its information (in-platform sellers in the draft; room operators and marketers in
   * Order 117).
   */
  public WorkingDayDeadline unreachablePartyReminder() {
    return parts.unreachableReminder();
  }

  /** What the platform does about parties the regulator cannot reach: who, when, which measures, lifting. */
  public UnreachablePartyRule unreachableParties() {
    return parts.unreachable();
  }

  // ---- retention ----

  /** The minimum retention for {@code record}, if this text sets one. */
  public Optional<Retention> retention(RetainedRecord record) {
    return Optional.ofNullable(retentions.get(Objects.requireNonNull(record, "record")));
  }

  /** Every retention this text sets, by record kind. */
  public Map<RetainedRecord, Retention> retentions() {
    return retentions;
  }

  /** The buyer's replay window, if this text sets one. */
  public Optional<ReplayWindow> buyerReplay() {
    return parts.buyerReplay();
  }

  // ---- measures ----

  /** The disposal measures of the platform's violation-handling system, as the text lists them. */
  public MeasureList disposalMeasures() {
    return parts.disposalMeasures();
  }

  /** Shorthand for {@code disposalMeasures().measures()}: the ladder, mildest first. */
  public List<Measure> measures() {
    return parts.disposalMeasures().measures();
  }

  /** The measures the text names for violations spotted during a live (real-time monitoring). */
  public MeasureList liveInterventions() {
    return parts.liveInterventions();
  }

  /**
   * Whom the platform must report {@code measure} to once taken.
   *
   * @throws IllegalArgumentException if this text names no such measure
   */
  public ReportingRule reportingFor(Measure measure) {
    ReportingRule rule = reporting.get(Objects.requireNonNull(measure, "measure"));
    if (rule == null) {
      throw new IllegalArgumentException(id() + " (" + text() + ") names no measure " + measure);
    }
    return rule;
  }

  /**
   * The report owed after a refused interview copied to the platform (draft Art. 45 ¶3), whatever measure was
   * taken; empty for a text without it.
   */
  public Optional<ReportingDuty> interviewRefusalReporting() {
    return parts.interviewRefusal();
  }

  /** The blacklist rules: who can be listed, and which lifecycle features the text requires. */
  public BlacklistRules blacklist() {
    return parts.blacklist();
  }

  // ---- disclosure ----

  /** The rules a seller-information link must follow, each mapped to the item that states it. */
  public Map<LinkRule, ArticleRef> sellerLinkRules() {
    return sellerLinkRules;
  }

  /** The labelling rule for AI-generated persons. */
  public AiLabelRule aiLabel() {
    return parts.aiLabel();
  }

  // ---- penalties ----

  /** Every penalty provision that sanctions an obligation of this text, in article order. */
  public List<Penalty> penalties() {
    return parts.penalties();
  }

  /**
   * The penalties behind {@code obligation}: those citing it, a part of it, or a whole it belongs to. Several
   * may apply (a market-regulation penalty and a cyberspace one, or different paragraphs of one article).
   *
   * @throws IllegalArgumentException if {@code obligation} cites another text
   */
  public List<Penalty> penaltiesFor(ArticleRef obligation) {
    Objects.requireNonNull(obligation, "obligation");
    if (obligation.text() != text()) {
      throw new IllegalArgumentException(id() + " cites " + text() + ", not " + obligation);
    }
    return parts.penalties().stream().filter(p -> p.covers(obligation)).collect(Collectors.toUnmodifiableList());
  }

  /** A builder for a stricter profile derived from this one. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  @Override
  public String toString() {
    return id() + " " + version() + " (" + text() + basedOn().map(b -> ", based on " + b).orElse("") + ")";
  }

  /**
   * Derives a stricter profile from a base in code, as an override file would. Each setter overrides one
   * parameter; {@link #build()} applies the same checks as {@link RegulationProfiles#derive(String,
   * java.io.Reader)}. Not thread-safe; build once, share the profile.
   */
  public static final class Builder {

    private final RegulationProfile base;
    private final Map<String, String> overrides = new TreeMap<>();

    private Builder(RegulationProfile base) {
      this.base = base;
      overrides.put(FORMAT, FORMAT_VERSION);
      overrides.put(BASED_ON, base.id().value());
    }

    /** The new profile's id; required, and different from the base's and every ancestor's. */
    public Builder id(ProfileId id) {
      overrides.put(ID, Objects.requireNonNull(id, "id").value());
      return this;
    }

    /** The new profile's data version; required. */
    public Builder version(String version) {
      overrides.put(VERSION, Objects.requireNonNull(version, "version"));
      return this;
    }

    /** A shorter (or equal) re-verification interval. */
    public Builder reverificationInterval(Period interval) {
      return set(REVERIFICATION_INTERVAL, Objects.requireNonNull(interval, "interval").toString());
    }

    /** Fewer (or equal) working days for the operator's change report. */
    public Builder changeReportWorkingDays(int days) {
      return set(CHANGE_REPORT + WORKING_DAYS, Integer.toString(days));
    }

    /** Fewer (or equal) working days for the platform's check of a change; only where the base has one. */
    public Builder platformChangeCheckWorkingDays(int days) {
      return set(PLATFORM_CHANGE_CHECK + WORKING_DAYS, Integer.toString(days));
    }

    /** Fewer (or equal) working days for reminding an unreachable party. */
    public Builder unreachablePartyReminderWorkingDays(int days) {
      return set(UNREACHABLE_REMINDER + WORKING_DAYS, Integer.toString(days));
    }

    /** A longer (or equal) retention for {@code record}; only where the base sets one. */
    public Builder retention(RetainedRecord record, Period minimum) {
      return set(RETENTION + record.name(), Objects.requireNonNull(minimum, "minimum").toString());
    }

    /** A longer (or equal) buyer replay window; only where the base sets one. */
    public Builder buyerReplay(Period minimum) {
      return set(BUYER_REPLAY, Objects.requireNonNull(minimum, "minimum").toString());
    }

    /** Report months: a superset of the base's. */
    public Builder reportMonths(Set<Month> months) {
      return set(REPORT_MONTHS, months.stream().sorted().map(Month::name).collect(Collectors.joining(",")));
    }

    private Builder set(String key, String value) {
      overrides.put(key, value);
      return this;
    }

    /**
     * Builds the derived profile.
     *
     * @throws RegulationProfileException if the id or version is missing, the id clashes, or a value
     *     loosens the base
     */
    public RegulationProfile build() {
      return ProfileDerivation.derive(base, overrides, "builder for " + base.id());
    }
  }
}
