package io.github.zhibo.blacklist;

import io.github.zhibo.blacklist.internal.LedgerRefs;
import io.github.zhibo.core.env.ComplianceEvent;
import io.github.zhibo.core.env.Environment;
import io.github.zhibo.core.ledger.EvidenceLedger;
import io.github.zhibo.core.ledger.LedgerEntry;
import io.github.zhibo.core.ledger.LedgerStore;
import io.github.zhibo.core.ledger.RecordType;
import io.github.zhibo.core.ledger.SubjectRef;
import io.github.zhibo.core.param.Parameter;
import io.github.zhibo.core.param.PlatformParameters;
import io.github.zhibo.core.party.PartyId;
import io.github.zhibo.core.regulation.ArticleRef;
import io.github.zhibo.core.regulation.BlacklistRules.Feature;
import io.github.zhibo.core.regulation.Measure;
import io.github.zhibo.core.regulation.Obligation;
import io.github.zhibo.core.regulation.RegulationProfile;
import io.github.zhibo.core.regulation.RegulationProfiles;
import io.github.zhibo.core.regulation.ReportingRule;
import io.github.zhibo.core.time.ChinaZone;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

/**
 * A platform's blacklist (黑名单制度) under one regulation profile: listing with the notice and report the
 * profile requires, appeal and its review, automatic removal at the end of the term with the related
 * measures lifted, and screening at registration, account migration, agency onboarding and before each
 * live. Who may be listed, whether a term, notice and appeal are required, and whom listings are reported
 * to are profile data ({@link RegulationProfile#blacklist()}, {@link RegulationProfile#reportingFor}).
 *
 * <p>Every change and every screening decision is appended to the evidence ledger with entry ids,
 * decision references and evidence kinds only — never an identity number, phone or name (queries are
 * referenced by a keyed fingerprint of their id).
 *
 * <p>Thread-safe. Changes are serialised; screening reads an immutable {@link BlacklistIndex} snapshot
 * through an atomic reference, so it never locks and never waits for a change (copy-on-write: every
 * change rebuilds the index from the listed entries and publishes it). Screening ignores entries whose
 * term has ended even before {@link #expireDue()} has removed them.
 */
public final class Blacklist {

  /** Years ledger records of listings and screenings are kept after their event (default 3, at least 3). */
  public static final Parameter<Integer> RECORD_RETENTION_YEARS = Parameter.of("blacklist.recordRetentionYears",
      Integer.class, 3, v -> v >= 3, "Years blacklist and screening records are kept (the texts' 3-year minimum).");

  private static final Measure LISTING = Measure.BLACKLIST;

  private final RegulationProfile profile;
  private final Environment environment;
  private final EvidenceLedger ledger;
  private final ScreeningPolicy policy;
  private final int retentionYears;
  private final ConsortiumKey indexKey;
  private final LedgerRefs refs;
  private final Map<String, BlacklistEntry> entries = new LinkedHashMap<>();
  private final AtomicReference<BlacklistIndex> index;

  private Blacklist(Builder b) {
    this.profile = b.profile;
    this.environment = b.environment;
    this.ledger = b.ledger != null ? b.ledger
        : EvidenceLedger.builder().store(LedgerStore.inMemory()).clock(environment.clock()).build();
    this.policy = b.policy;
    this.retentionYears = b.parameters.get(RECORD_RETENTION_YEARS);
    this.indexKey = b.key != null ? b.key : ConsortiumKey.random("local");
    this.refs = new LedgerRefs(indexKey.bytes());
    this.index = new AtomicReference<>(rebuild());
  }

  /** A builder: default profile (ORDER_117), default environment, an in-memory ledger. */
  public static Builder builder() {
    return new Builder();
  }

  /** The profile this blacklist applies. */
  public RegulationProfile profile() {
    return profile;
  }

  /** The ledger the records go to. */
  public EvidenceLedger ledger() {
    return ledger;
  }

  /**
   * Lists a subject.
   *
   * @throws BlacklistException if the profile cannot list the role, requires a term or appeal route the
   *     request lacks, the term is already over, a related measure is not in the profile, or the id is taken
   */
  public synchronized ListingResult list(ListingRequest request) {
    Objects.requireNonNull(request, "request");
    expireDue();
    ListingResult result = listOne(request);
    publish();
    return result;
  }

  /**
   * Lists several subjects and publishes the index once (a bulk load or a day's decisions). Each request
   * is checked as by {@link #list}; the first refused one stops the batch, the earlier ones stay listed.
   *
   * @throws BlacklistException as {@link #list} does
   */
  public synchronized List<ListingResult> listAll(List<ListingRequest> requests) {
    expireDue();
    List<ListingResult> results = new ArrayList<>(requests.size());
    try {
      for (ListingRequest r : requests) results.add(listOne(Objects.requireNonNull(r, "request")));
    } finally {
      publish();
    }
    return results;
  }

  private ListingResult listOne(ListingRequest request) {
    LocalDate today = today();
    var rules = profile.blacklist();
    if (!rules.subjects().contains(request.role())) {
      throw new BlacklistException(profile.id() + " does not provide for blacklisting a " + request.role());
    }
    if (rules.requires(Feature.TERM) && request.lastDay() == null) {
      throw new BlacklistException(profile.id() + " requires a definite term (lastDay)");
    }
    if (request.lastDay() != null && request.lastDay().isBefore(today)) {
      throw new BlacklistException("the term ends before today");
    }
    if (rules.requires(Feature.APPEAL_ROUTE) && (request.appealRoute() == null || request.appealRoute().isBlank())) {
      throw new BlacklistException(profile.id() + " requires the notice to state an appeal route");
    }
    for (Measure m : request.relatedMeasures()) {
      if (!profile.measures().contains(m)) throw new BlacklistException(profile.id() + " names no measure " + m);
    }
    String id = request.subject().id();
    BlacklistEntry existing = entries.get(id);
    if (existing != null && existing.isListed()) throw new BlacklistException("entry id already listed");

    BlacklistEntry entry = new BlacklistEntry(request, profile.id(), today, EntryStatus.LISTED, null);
    entries.put(id, entry);
    ArticleRef listingArticle = profile.requireArticle(Obligation.BLACKLIST);
    Map<String, String> payload = new TreeMap<>();
    payload.put("entryId", id);
    payload.put("role", request.role().name());
    payload.put("subjectType", request.subject().subjectType().name());
    payload.put("decisionRef", request.decisionRef());
    payload.put("legalBasis", request.legalBasis());
    payload.put("lastDay", String.valueOf(request.lastDay()));
    payload.put("relatedMeasures", names(request.relatedMeasures()));
    payload.put("factsSha256", refs.sha256(request.facts()));
    append(listingArticle, entry, "BLACKLIST_LISTED", payload, entryRetention(entry));
    measures(entry, ComplianceEvent.MeasureAction.TAKEN, listingArticle);

    Optional<ListingNotice> notice = Optional.empty();
    if (rules.requires(Feature.NOTICE_OF_GROUNDS)) {
      ArticleRef a = profile.requireArticle(Obligation.BLACKLIST_NOTICE);
      notice = Optional.of(new ListingNotice(id, request.facts(), request.reasons(), request.legalBasis(), today,
          request.lastDay(), request.appealRoute(), a));
      append(a, entry, "BLACKLIST_NOTICE_ISSUED", Map.of("entryId", id, "decisionRef", request.decisionRef(),
          "lastDay", String.valueOf(request.lastDay()), "appealRouteStated",
          String.valueOf(request.appealRoute() != null)), entryRetention(entry));
    }
    Optional<RegulatorReport> report = Optional.empty();
    ReportingRule rule = profile.reportingFor(LISTING);
    if (rule.reportable()) {
      report = Optional.of(new RegulatorReport(id, request.role(), request.decisionRef(), request.legalBasis(), today,
          rule.recipients(), rule.source()));
      append(rule.source(), entry, "BLACKLIST_REPORT_DUE", Map.of("entryId", id, "recipients",
          rule.recipients().stream().map(Object::toString).sorted().collect(Collectors.joining(",")),
          "decisionRef", request.decisionRef()), entryRetention(entry));
    }
    return new ListingResult(entry, notice, report);
  }

  /**
   * Records the subject's appeal; the entry stays screened while it is reviewed.
   *
   * @throws BlacklistException if the profile provides no appeal, or the entry is not listed
   */
  public synchronized BlacklistEntry appeal(String entryId) {
    expireDue();
    ArticleRef a = appealArticle();
    BlacklistEntry e = listed(entryId);
    if (e.status() == EntryStatus.UNDER_APPEAL) throw new BlacklistException("an appeal is already under review");
    BlacklistEntry next = e.with(EntryStatus.UNDER_APPEAL, null);
    entries.put(entryId, next);
    append(a, next, "BLACKLIST_APPEAL_RECEIVED", Map.of("entryId", entryId), entryRetention(next));
    return next;
  }

  /**
   * Records the review of an appeal (复核) and its outcome. Overturned: the entry is removed now and its
   * related measures lifted.
   *
   * @param reviewRef the platform's reference of the review decision (not personal data)
   * @throws BlacklistException if no appeal of that entry is under review
   */
  public synchronized BlacklistEntry decideAppeal(String entryId, AppealOutcome outcome, String reviewRef) {
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(reviewRef, "reviewRef");
    expireDue();
    ArticleRef a = appealArticle();
    BlacklistEntry e = listed(entryId);
    if (e.status() != EntryStatus.UNDER_APPEAL) throw new BlacklistException("no appeal of this entry is under review");
    BlacklistEntry next = outcome == AppealOutcome.UPHELD ? e.with(EntryStatus.LISTED, null)
        : e.with(EntryStatus.OVERTURNED, today());
    entries.put(entryId, next);
    append(a, next, "BLACKLIST_APPEAL_DECIDED", Map.of("entryId", entryId, "outcome", outcome.name(), "reviewRef",
        reviewRef), entryRetention(next));
    if (outcome == AppealOutcome.OVERTURNED) {
      measures(next, ComplianceEvent.MeasureAction.LIFTED, a);
      publish();
    }
    return next;
  }

  /**
   * Removes every entry whose term ended before today and lifts its related measures (ORDER_117: 期限届满
   * 移出并同步解除). Called by every other change; call it daily from a scheduler too.
   *
   * @return the entries removed now
   */
  public synchronized List<BlacklistEntry> expireDue() {
    LocalDate today = today();
    List<BlacklistEntry> removed = new ArrayList<>();
    for (BlacklistEntry e : List.copyOf(entries.values())) {
      if (!e.isListed() || e.request().lastDay() == null || !e.request().lastDay().isBefore(today)) continue;
      BlacklistEntry next = e.with(EntryStatus.EXPIRED, today);
      entries.put(e.id(), next);
      ArticleRef a = profile.article(Obligation.BLACKLIST_EXPIRY).orElse(profile.requireArticle(Obligation.BLACKLIST));
      append(a, next, "BLACKLIST_EXPIRED", Map.of("entryId", e.id(), "lastDay", e.request().lastDay().toString(),
          "liftedMeasures", names(withListing(e))), entryRetention(next));
      measures(next, ComplianceEvent.MeasureAction.LIFTED, a);
      removed.add(next);
    }
    if (!removed.isEmpty()) publish();
    return removed;
  }

  /**
   * Screens {@code query} on {@code occasion} against the entries listed today and records the decision.
   * Lock-free: reads the current index snapshot.
   */
  public ScreeningResult screen(ScreeningRecord query, ScreeningOccasion occasion) {
    Objects.requireNonNull(query, "query");
    Objects.requireNonNull(occasion, "occasion");
    LocalDate today = today();
    ScreeningResult result = index.get().screen(query, today);
    Map<String, String> payload = new TreeMap<>();
    payload.put("occasion", occasion.name());
    payload.put("decision", result.verdict().name());
    payload.put("hits", result.hits().stream().map(Hit::entryId).collect(Collectors.joining(",")));
    payload.put("evidence", result.hits().stream()
        .map(h -> h.evidence().stream().map(Enum::name).collect(Collectors.joining("+")))
        .collect(Collectors.joining(",")));
    payload.put("policyMaxShared", String.valueOf(policy.maxSharedEntries()));
    ledger.append(new LedgerEntry(profile.id(), profile.requireArticle(Obligation.BLACKLIST_REENTRY),
        SubjectRef.of("query:" + refs.fingerprint(query.id())), RecordType.of("BLACKLIST_SCREENING"), payload,
        today.plusYears(retentionYears)));
    return result;
  }

  /** The current index snapshot (for batch screening without ledger records). */
  public BlacklistIndex index() {
    return index.get();
  }

  /** Every entry, removed ones included, in listing order. */
  public synchronized List<BlacklistEntry> entries() {
    expireDue();
    return List.copyOf(entries.values());
  }

  /** The entry with {@code id}. */
  public synchronized Optional<BlacklistEntry> entry(String id) {
    expireDue();
    return Optional.ofNullable(entries.get(id));
  }

  private ArticleRef appealArticle() {
    if (!profile.blacklist().requires(Feature.APPEAL_REVIEW)) {
      throw new BlacklistException(profile.id() + " provides no appeal review of a blacklisting");
    }
    return profile.requireArticle(Obligation.BLACKLIST_APPEAL);
  }

  private BlacklistEntry listed(String id) {
    BlacklistEntry e = entries.get(Objects.requireNonNull(id, "entryId"));
    if (e == null || !e.isListed()) throw new BlacklistException("no listed entry with that id");
    return e;
  }

  private void measures(BlacklistEntry e, ComplianceEvent.MeasureAction action, ArticleRef article) {
    PartyId party = PartyId.of(refs.partyId(e.id()));
    for (Measure m : withListing(e)) {
      environment.emit(new ComplianceEvent.MeasureTaken(environment.clock().instant(), profile.id(), party, m, action,
          article));
    }
  }

  private static Set<Measure> withListing(BlacklistEntry e) {
    Set<Measure> all = EnumSet.of(LISTING);
    all.addAll(e.request().relatedMeasures());
    return all;
  }

  private static String names(Set<Measure> measures) {
    return measures.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
  }

  private void append(ArticleRef article, BlacklistEntry e, String type, Map<String, String> payload,
      LocalDate retainUntil) {
    ledger.append(new LedgerEntry(profile.id(), article, SubjectRef.of("entry:" + refs.subjectBody(e.id())),
        RecordType.of(type), payload, retainUntil));
  }

  private LocalDate entryRetention(BlacklistEntry e) {
    LocalDate base = e.request().lastDay() != null && e.request().lastDay().isAfter(today()) ? e.request().lastDay()
        : today();
    return base.plusYears(retentionYears);
  }

  private LocalDate today() {
    return ChinaZone.today(environment.clock());
  }

  private void publish() {
    index.set(rebuild());
  }

  private BlacklistIndex rebuild() {
    var b = BlacklistIndex.builder().policy(policy).environment(environment).key(indexKey);
    for (BlacklistEntry e : entries.values()) {
      if (e.isListed()) b.add(e.request().subject(), e.request().lastDay());
    }
    return b.build();
  }

  /** Builds a {@link Blacklist}. Not thread-safe. */
  public static final class Builder {
    private RegulationProfile profile = RegulationProfiles.defaultProfile();
    private Environment environment = Environment.defaults();
    private EvidenceLedger ledger;
    private ScreeningPolicy policy = ScreeningPolicy.defaults();
    private PlatformParameters parameters = PlatformParameters.defaults();
    private ConsortiumKey key;

    private Builder() {}

    public Builder profile(RegulationProfile v) { profile = Objects.requireNonNull(v, "profile"); return this; }

    public Builder environment(Environment v) { environment = Objects.requireNonNull(v, "environment"); return this; }

    /** The ledger; by default an in-memory one on the environment's clock. */
    public Builder ledger(EvidenceLedger v) { ledger = Objects.requireNonNull(v, "ledger"); return this; }

    public Builder policy(ScreeningPolicy v) { policy = Objects.requireNonNull(v, "policy"); return this; }

    /** Platform parameters ({@link #RECORD_RETENTION_YEARS}). */
    public Builder parameters(PlatformParameters v) { parameters = Objects.requireNonNull(v, "parameters"); return this; }

    /** The key the index and query fingerprints are keyed with; random by default. */
    public Builder key(ConsortiumKey v) { key = Objects.requireNonNull(v, "key"); return this; }

    public Blacklist build() {
      return new Blacklist(this);
    }
  }
}
