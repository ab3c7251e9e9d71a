package io.github.zhibo.identity.archive;

import io.github.zhibo.identity.internal.Retentions;
import io.github.zhibo.core.env.Environment;
import io.github.zhibo.core.ledger.EvidenceLedger;
import io.github.zhibo.core.ledger.LedgerEntry;
import io.github.zhibo.core.ledger.RecordType;
import io.github.zhibo.core.party.PartyId;
import io.github.zhibo.core.regulation.ArticleRef;
import io.github.zhibo.core.regulation.Obligation;
import io.github.zhibo.core.regulation.RegulationProfile;
import io.github.zhibo.core.regulation.RegulationProfiles;
import io.github.zhibo.core.time.ChinaZone;
import io.github.zhibo.identity.archive.internal.SubjectRefs;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The reference {@link RegistrationArchive}: records in memory, every change sealed in the evidence ledger
 * ({@code ARCHIVE_REGISTERED}, {@code ARCHIVE_UPDATED}, {@code ARCHIVE_VERIFIED}) with field names, outcome
 * codes and completeness — never the personal values themselves.
 *
 * <p>Incoming records are checked by the record's own constructor and, when a Jakarta {@link Validator} is
 * configured, against the record's constraints. Completeness (what the profile's Art. 9 schema requires) is
 * not a rejection: an incomplete record is registered, and its missing fields are recorded so the platform can
 * chase them (see {@link Completeness}).
 *
 * <p>Thread-safe: every operation holds one lock, so the ledger's order is the order of the changes.
 */
public final class InMemoryRegistrationArchive implements RegistrationArchive {

  static final RecordType REGISTERED = RecordType.of("ARCHIVE_REGISTERED");
  static final RecordType UPDATED = RecordType.of("ARCHIVE_UPDATED");
  static final RecordType VERIFIED = RecordType.of("ARCHIVE_VERIFIED");

  private final RegulationProfile profile;
  private final EvidenceLedger ledger;
  private final Environment environment;
  private final @Nullable Validator validator;
  private final Period retention;
  private final Completeness completeness;
  private final Object lock = new Object();
  private final Map<PartyId, RegistrationRecord> records = new LinkedHashMap<>();
  private final Map<PartyId, List<VerificationEntry>> histories = new LinkedHashMap<>();

  private InMemoryRegistrationArchive(Builder b) {
    this.profile = b.profile;
    this.ledger = Objects.requireNonNull(b.ledger, "ledger");
    this.environment = b.environment;
    this.validator = b.validator;
    this.retention = b.retention;
    this.completeness = Completeness.of(profile);
  }

  /** Starts configuring an archive; a ledger is required. */
  public static Builder builder() {
    return new Builder();
  }

  /** The completeness rules of this archive's profile. */
  public Completeness completeness() {
    return completeness;
  }

  @Override
  public void register(RegistrationRecord record) {
    validate(record);
    synchronized (lock) {
      if (records.containsKey(record.partyId())) {
        throw new ArchiveException(ArchiveError.DUPLICATE_SUBJECT, "subjectId", "already registered");
      }
      Map<String, String> payload = new LinkedHashMap<>();
      payload.put("role", record.role().name());
      record.operatorKind().ifPresent(k -> payload.put("kind", k.name()));
      payload.put("registeredOn", record.registeredOn().toString());
      putCompleteness(payload, record);
      append(record, REGISTERED, registrationArticle(), payload);
      records.put(record.partyId(), record);
      histories.put(record.partyId(), new ArrayList<>());
    }
  }

  @Override
  public void update(RegistrationRecord record) {
    validate(record);
    synchronized (lock) {
      RegistrationRecord old = records.get(record.partyId());
      if (old == null) {
        throw new ArchiveException(ArchiveError.UNKNOWN_SUBJECT, "subjectId", "not registered");
      }
      Map<String, String> payload = new LinkedHashMap<>();
      payload.put("changed", String.join(",", changedFields(old, record)));
      putCompleteness(payload, record);
      append(record, UPDATED, registrationArticle(), payload);
      records.put(record.partyId(), record);
    }
  }

  @Override
  public RegistrationRecord recordVerification(PartyId subject, VerificationEntry verification) {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(verification, "verification");
    synchronized (lock) {
      RegistrationRecord current = records.get(subject);
      if (current == null) {
        throw new ArchiveException(ArchiveError.UNKNOWN_SUBJECT, "subjectId", "not registered");
      }
      RegistrationRecord next = current;
      LocalDate last = current.lastVerifiedOn();
      if (verification.outcome() == VerificationOutcome.MATCH && (last == null || verification.on().isAfter(last))) {
        next = current.verifiedOn(verification.on());
      }
      Map<String, String> payload = new LinkedHashMap<>();
      payload.put("on", verification.on().toString());
      payload.put("channel", verification.channel());
      payload.put("outcome", verification.outcome().name());
      payload.put("evidenceRef", verification.evidenceRef());
      append(current, VERIFIED, verificationArticle(current.role()), payload);
      histories.get(subject).add(verification);
      records.put(subject, next);
      return next;
    }
  }

  @Override
  public Optional<RegistrationRecord> find(PartyId subject) {
    synchronized (lock) {
      return Optional.ofNullable(records.get(subject));
    }
  }

  @Override
  public List<VerificationEntry> history(PartyId subject) {
    synchronized (lock) {
      return List.copyOf(histories.getOrDefault(subject, List.of()));
    }
  }

  @Override
  public void forEach(Consumer<? super RegistrationRecord> visitor) {
    List<RegistrationRecord> snapshot;
    synchronized (lock) {
      snapshot = List.copyOf(records.values());
    }
    snapshot.forEach(visitor);
  }

  @Override
  public long size() {
    synchronized (lock) {
      return records.size();
    }
  }

  private void validate(RegistrationRecord record) {
    Objects.requireNonNull(record, "record");
    if (validator == null) {
      return;
    }
    Set<ConstraintViolation<RegistrationRecord>> violations = validator.validate(record);
    if (!violations.isEmpty()) {
      // property paths and constraint names only: the invalid value is personal data
      String problems = violations.stream()
          .map(v -> v.getPropertyPath() + " "
              + v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName())
          .sorted()
          .collect(Collectors.joining(", "));
      throw new ArchiveException(ArchiveError.RECORD_INVALID, null, "violates " + problems);
    }
  }

  private void putCompleteness(Map<String, String> payload, RegistrationRecord record) {
    var missing = completeness.missing(record);
    payload.put("complete", Boolean.toString(missing.isEmpty()));
    if (!missing.isEmpty()) {
      payload.put("missing", missing.stream().map(Enum::name).collect(Collectors.joining(",")));
    }
  }

  private static List<String> changedFields(RegistrationRecord a, RegistrationRecord b) {
    Set<String> out = new TreeSet<>();
    if (a.kind() != b.kind()) out.add("kind");
    if (a.marketEntityRegistered() != b.marketEntityRegistered()) out.add("marketEntityRegistered");
    if (!Objects.equals(a.name(), b.name())) out.add("name");
    if (a.idType() != b.idType() || !Objects.equals(a.idNumber(), b.idNumber())) out.add("id");
    if (!Objects.equals(a.address(), b.address())) out.add("address");
    if (!Objects.equals(a.contact(), b.contact())) out.add("contact");
    if (!a.liveAccounts().equals(b.liveAccounts())) out.add("liveAccounts");
    if (!Objects.equals(a.agency(), b.agency())) out.add("agency");
    if (!a.qualifications().equals(b.qualifications())) out.add("qualifications");
    if (!Objects.equals(a.occupation(), b.occupation())) out.add("occupation");
    if (!a.licences().equals(b.licences())) out.add("licences");
    if (!a.registeredOn().equals(b.registeredOn())) out.add("registeredOn");
    if (!Objects.equals(a.lastVerifiedOn(), b.lastVerifiedOn())) out.add("lastVerifiedOn");
    return new ArrayList<>(out);
  }

  private ArticleRef registrationArticle() {
    return profile.requireArticle(Obligation.IDENTITY_REGISTRATION);
  }

  private ArticleRef verificationArticle(ArchiveRole role) {
    Obligation o = role == ArchiveRole.MARKETER ? Obligation.REVERIFY_MARKETER : Obligation.REVERIFY_OPERATOR;
    return role == ArchiveRole.SELLER ? registrationArticle() : profile.article(o).orElseGet(this::registrationArticle);
  }

  private void append(RegistrationRecord record, RecordType type, ArticleRef article, Map<String, String> payload) {
    LocalDate today = ChinaZone.today(environment.clock());
    ledger.append(new LedgerEntry(profile.id(), article, SubjectRefs.of(record.partyId()), type, payload,
        today.plus(retention)));
  }

  /** Configures an {@link InMemoryRegistrationArchive}; not thread-safe. */
  public static final class Builder {
    private RegulationProfile profile = RegulationProfiles.defaultProfile();
    private @Nullable EvidenceLedger ledger;
    private Environment environment = Environment.defaults();
    private @Nullable Validator validator;
    private Period retention = Period.ofYears(3);

    private Builder() {}

    /** The profile whose schema decides completeness and whose articles the ledger cites (default: the default profile). */
    public Builder profile(RegulationProfile profile) {
      this.profile = Objects.requireNonNull(profile, "profile");
      return this;
    }

    /** The evidence ledger every change is written to (required). */
    public Builder ledger(EvidenceLedger ledger) {
      this.ledger = Objects.requireNonNull(ledger, "ledger");
      return this;
    }

    /** Clock (for the ledger's retention dates), listener and executor (default {@link Environment#defaults()}). */
    public Builder environment(Environment environment) {
      this.environment = Objects.requireNonNull(environment, "environment");
      return this;
    }

    /** A Jakarta Validator for incoming records (default: none, only the record's own checks). */
    public Builder validator(Validator validator) {
      this.validator = Objects.requireNonNull(validator, "validator");
      return this;
    }

    /**
     * How long archive records are kept in the ledger, counted from the change (default three years, the
     * minimum both texts and E-Commerce Law Art. 31 set for identity and transaction records).
     */
    public Builder retention(Period retention) {
      this.retention = Retentions.requirePositive(retention);
      return this;
    }

    /** Builds the archive. */
    public InMemoryRegistrationArchive build() {
      return new InMemoryRegistrationArchive(this);
    }
  }
}
