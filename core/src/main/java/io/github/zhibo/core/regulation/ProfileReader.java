package io.github.zhibo.core.regulation;

import static io.github.zhibo.core.regulation.ProfileKeys.*;

import io.github.zhibo.core.party.PartyRole;
import io.github.zhibo.core.regulation.internal.StrictProperties;
import java.time.Month;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Turns a strict properties view into a {@link RegulationProfile}, checking the values against each other. */
final class ProfileReader {

  /** Catalogue addressees that are not market parties. */
  private static final String REGULATOR = "REGULATOR";
  private static final String GENERAL = "GENERAL";

  private final StrictProperties p;
  private LegalText text = LegalText.ORDER_117;

  private ProfileReader(StrictProperties p) {
    this.p = p;
  }

  static RegulationProfile read(StrictProperties p, List<ProfileId> lineage) {
    return new ProfileReader(p).read(lineage);
  }

  private RegulationProfile read(List<ProfileId> lineage) {
    if (!FORMAT_VERSION.equals(p.string(FORMAT))) {
      throw p.malformed(FORMAT, "this loader reads format " + FORMAT_VERSION);
    }
    ProfileId id = p.parse(ID, p.string(ID), ProfileId::of);
    String version = p.string(VERSION);
    text = p.enumValue(TEXT, LegalText.class);
    Optional<ProfileId> basedOn = p.optional(BASED_ON).map(s -> p.parse(BASED_ON, s, ProfileId::of));
    List<Chapter> chapters = chapters();
    var parts = new RegulationProfile.Parts(
        id, version, text, basedOn, lineage, chapters, articles(chapters),
        reverification(),
        deadline(CHANGE_REPORT),
        p.present(PLATFORM_CHANGE_CHECK) ? Optional.of(deadline(PLATFORM_CHANGE_CHECK)) : Optional.empty(),
        deadline(UNREACHABLE_REMINDER),
        retentions(),
        replay(),
        report(),
        measures("measures.disposal"),
        measures("measures.live"),
        sellerLinkRules(),
        blacklist(),
        aiLabel(),
        penalties(),
        obligations(),
        unreachable(),
        fieldSets(),
        interviewRefusal(),
        p.asMap());
    var reporting = reporting(parts.disposalMeasures(), parts.liveInterventions());
    p.requireAllRead();
    return new RegulationProfile(parts, reporting);
  }

  private List<Chapter> chapters() {
    int count = p.integer("chapter.count", 1, 20);
    var out = new ArrayList<Chapter>();
    int next = 1;
    for (int c = 1; c <= count; c++) {
      String key = "chapter." + c + ".articles";
      String range = p.string(key);
      int[] ab = p.parse(key, range, ProfileReader::range);
      if (ab[0] != next) {
        throw p.error(RegulationError.INCONSISTENT, key, "chapter must start at article " + next + ", not " + ab[0]);
      }
      String zh = p.string("chapter." + c + ".zh");
      String en = p.string("chapter." + c + ".en");
      int number = c;
      out.add(p.parse(key, range, s -> new Chapter(number, zh, en, ab[0], ab[1])));
      next = ab[1] + 1;
    }
    if (next != text.articleCount() + 1) {
      throw p.error(RegulationError.INCONSISTENT, "chapter." + count + ".articles",
          "chapters end at article " + (next - 1) + " but " + text + " has " + text.articleCount());
    }
    return List.copyOf(out);
  }

  private static int[] range(String s) {
    String[] ab = s.split("-", -1);
    if (ab.length != 2) throw new IllegalArgumentException("expected FIRST-LAST");
    return new int[] {Integer.parseInt(ab[0].strip()), Integer.parseInt(ab[1].strip())};
  }

  private List<Article> articles(List<Chapter> chapters) {
    var out = new ArrayList<Article>();
    for (int n = 1; n <= text.articleCount(); n++) {
      int number = n;
      int chapter = chapters.stream().filter(c -> c.contains(number)).findFirst().orElseThrow().number();
      String key = "article." + n;
      var tokens = p.list(key + ".subjects", s -> s);
      if (tokens.isEmpty()) throw p.malformed(key + ".subjects", "an article binds at least one subject");
      var parties = new ArrayList<PartyRole>();
      for (String t : tokens) {
        if (!t.equals(REGULATOR) && !t.equals(GENERAL)) parties.add(p.toEnum(key + ".subjects", t, PartyRole.class));
      }
      out.add(new Article(ArticleRef.of(text, n), chapter, Set.copyOf(parties), tokens.contains(REGULATOR),
          tokens.contains(GENERAL), p.string(key + ".zh"), p.string(key + ".en")));
    }
    return List.copyOf(out);
  }

  private Reverification reverification() {
    return new Reverification(p.period(REVERIFICATION_INTERVAL),
        Set.copyOf(p.enumList("reverification.subjects", PartyRole.class)), p.ref("reverification.source", text));
  }

  private WorkingDayDeadline deadline(String prefix) {
    return new WorkingDayDeadline(p.integer(prefix + WORKING_DAYS, 1, 366),
        p.enumValue(prefix + ".countsFrom", WorkingDayDeadline.Start.class), p.bool(prefix + ".anchorStated"),
        p.ref(prefix + ".source", text));
  }

  private Map<RetainedRecord, Retention> retentions() {
    var out = new EnumMap<RetainedRecord, Retention>(RetainedRecord.class);
    for (RetainedRecord r : RetainedRecord.values()) {
      String key = RETENTION + r.name();
      if (p.isAbsent(key)) continue;
      out.put(r, new Retention(r, p.period(key), p.enumValue(key + ".countsFrom", RetentionAnchor.class),
          p.bool(key + ".anchorStated"), p.ref(key + ".source", text),
          p.enumValue(key + ".holder", PartyRole.class), p.string(key + ".kept")));
    }
    return out;
  }

  private Optional<ReplayWindow> replay() {
    if (p.isAbsent(BUYER_REPLAY)) return Optional.empty();
    return Optional.of(new ReplayWindow(p.period(BUYER_REPLAY),
        p.enumValue(BUYER_REPLAY + ".countsFrom", RetentionAnchor.class), p.ref(BUYER_REPLAY + ".source", text)));
  }

  private IdentityReport report() {
    var categories = new ArrayList<ReportCategory>();
    for (ReportSection section : p.enumList("report.categories", ReportSection.class)) {
      String key = "report.category." + section.name();
      categories.add(new ReportCategory(section, p.enumList(key + ".fields", io.github.zhibo.core.party.PartyField.class),
          p.ref(key + ".source", text)));
    }
    List<Month> months = p.enumList(REPORT_MONTHS, Month.class);
    if (months.isEmpty()) throw p.malformed(REPORT_MONTHS, "at least one month");
    return p.parse("report.categories", "", s -> new IdentityReport(Set.copyOf(months), p.string("report.schemaId"),
        p.parse("report.recipient", p.string("report.recipient"), ProfileReader::recipient),
        categories, p.ref("report.source", text)));
  }

  private static Recipient recipient(String s) {
    String[] la = s.split(":", -1);
    if (la.length != 2) throw new IllegalArgumentException("expected LEVEL:AUTHORITY");
    return new Recipient(RegulatorLevel.valueOf(la[0]), Authority.valueOf(la[1]));
  }

  private MeasureList measures(String prefix) {
    var measures = p.enumList(prefix, Measure.class);
    var terms = new EnumMap<Measure, String>(Measure.class);
    measures.forEach(m -> terms.put(m, p.string(prefix + ".term." + m.name())));
    return p.parse(prefix, "", s -> new MeasureList(measures, terms, p.ref(prefix + ".source", text)));
  }

  private Map<Measure, ReportingRule> reporting(MeasureList disposal, MeasureList live) {
    var all = EnumSet.noneOf(Measure.class);
    all.addAll(disposal.measures());
    all.addAll(live.measures());
    var out = new EnumMap<Measure, ReportingRule>(Measure.class);
    for (Measure m : all) {
      String key = "reporting." + m.name();
      var recipients = p.list(key, s -> p.parse(key, s, ProfileReader::recipient));
      out.put(m, new ReportingRule(m, Set.copyOf(recipients), p.ref(key + ".source", text)));
    }
    return out;
  }

  private Map<LinkRule, ArticleRef> sellerLinkRules() {
    var out = new EnumMap<LinkRule, ArticleRef>(LinkRule.class);
    for (LinkRule r : p.enumList("sellerLinkRules", LinkRule.class)) {
      out.put(r, p.ref("sellerLinkRules." + r.name() + ".source", text));
    }
    return out;
  }

  private BlacklistRules blacklist() {
    var features = new EnumMap<BlacklistRules.Feature, ArticleRef>(BlacklistRules.Feature.class);
    for (var f : p.enumList("blacklist.features", BlacklistRules.Feature.class)) {
      features.put(f, p.ref("blacklist.feature." + f.name() + ".source", text));
    }
    var subjects = p.enumList("blacklist.subjects", PartyRole.class);
    return p.parse("blacklist.subjects", "", s -> new BlacklistRules(Set.copyOf(subjects), features,
        p.ref("blacklist.source", text)));
  }

  private AiLabelRule aiLabel() {
    var requirements = p.enumList("aiLabel.requirements", AiLabelRule.Requirement.class);
    return p.parse("aiLabel.requirements", "", s -> new AiLabelRule(Set.copyOf(requirements),
        p.ref("aiLabel.source", text)));
  }

  private Map<String, FieldSet> fieldSets() {
    var out = new java.util.TreeMap<String, FieldSet>();
    for (FieldSet.Purpose purpose : FieldSet.Purpose.values()) {
      for (var category : io.github.zhibo.core.party.PartyCategory.values()) {
        String key = "fields." + purpose.name() + "." + category.name();
        if (p.isAbsent(key)) continue;
        var fields = p.enumList(key, io.github.zhibo.core.party.PartyField.class);
        boolean shown = purpose == FieldSet.Purpose.DISCLOSURE && p.bool(key + ".shownPublicly");
        out.put(purpose + "." + category, p.parse(key, "", s -> new FieldSet(purpose, category, fields, shown,
            p.ref(key + ".source", text))));
      }
    }
    return out;
  }

  private UnreachablePartyRule unreachable() {
    String k = "unreachable.";
    return p.parse(k + "parties", "", s -> new UnreachablePartyRule(
        Set.copyOf(p.enumList(k + "parties", PartyRole.class)),
        Set.copyOf(p.enumList(k + "triggers", UnreachablePartyRule.Trigger.class)),
        Set.copyOf(p.enumList(k + "escalatesWhen", UnreachablePartyRule.Escalation.class)),
        p.bool(k + "measureMandatory"), p.enumList(k + "namedMeasures", Measure.class), p.bool(k + "anyDisposalMeasure"),
        p.bool(k + "recordsRequired"), p.bool(k + "liftPromptlyOnVerifiedUpdate"),
        p.ref(k + "measureSource", text), p.ref(k + "liftSource", text)));
  }

  private Optional<ReportingDuty> interviewRefusal() {
    String key = "reporting.interviewRefusal";
    if (p.isAbsent(key)) return Optional.empty();
    var recipients = p.list(key, s -> p.parse(key, s, ProfileReader::recipient));
    return Optional.of(p.parse(key, "", s -> new ReportingDuty(Set.copyOf(recipients), p.ref(key + ".source", text))));
  }

  private Map<Obligation, ArticleRef> obligations() {
    var out = new EnumMap<Obligation, ArticleRef>(Obligation.class);
    for (Obligation o : Obligation.values()) {
      String key = OBLIGATION + o.name();
      if (!p.isAbsent(key)) out.put(o, p.ref(key, text));
    }
    return out;
  }

  private List<Penalty> penalties() {
    var out = new ArrayList<Penalty>();
    var seen = new HashSet<ArticleRef>();
    for (String id : p.list("penalties", s -> s)) {
      String key = "penalty." + id;
      Penalty penalty = penalty(key);
      if (!seen.add(penalty.source())) {
        throw p.error(RegulationError.INCONSISTENT, key + ".source", "two penalties cite " + penalty.source());
      }
      out.add(penalty);
    }
    return List.copyOf(out);
  }

  private Penalty penalty(String key) {
    var source = p.ref(key + ".source", text);
    var enforcers = p.enumList(key + ".enforcers", Authority.class);
    var offenders = p.enumList(key + ".offenders", PartyRole.class);
    var obligations = p.refList(key + ".obligations", text);
    var fines = p.list(key + ".fine", s -> p.parse(key + ".fine", s, ProfileReader::fine));
    var condition = p.enumValue(key + ".condition", Penalty.Condition.class);
    var referrals = p.list(key + ".referrals", s -> p.parse(key + ".referrals", s, ProfileReader::referral));
    var otherRulesPrevail = p.enumValue(key + ".otherRulesPrevail", Penalty.PrevailingRules.class);
    boolean maySuspend = p.bool(key + ".maySuspendServices");
    return p.parse(key, "", s -> new Penalty(source, Set.copyOf(enforcers), Set.copyOf(offenders), obligations,
        fines, condition, referrals, otherRulesPrevail, maySuspend));
  }

  /** {@code ANY:10000..100000}. */
  private static FineRange fine(String s) {
    String[] oa = s.split(":", -1);
    String[] ab = oa.length == 2 ? oa[1].split("\\.\\.", -1) : new String[0];
    if (ab.length != 2) throw new IllegalArgumentException("expected OFFENDER:MIN..MAX");
    return new FineRange(FineRange.Offender.valueOf(oa[0]), Long.parseLong(ab[0]), Long.parseLong(ab[1]));
  }

  /** {@code E_COMMERCE_LAW:80}, {@code ANTI_UNFAIR_COMPETITION_LAW:25(1)} or just {@code PRICE_LAW}. */
  private static Referral referral(String s) {
    var m = java.util.regex.Pattern.compile("([A-Z_]+)(?::(\\d{1,3})(?:\\((\\d{1,2})\\))?)?").matcher(s);
    if (!m.matches()) throw new IllegalArgumentException("expected LAW[:ARTICLE[(PARAGRAPH)]]");
    return new Referral(Referral.Law.valueOf(m.group(1)),
        m.group(2) == null ? 0 : Integer.parseInt(m.group(2)),
        m.group(3) == null ? 0 : Integer.parseInt(m.group(3)));
  }
}
