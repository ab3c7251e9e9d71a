package io.github.zhibo.training;

import io.github.zhibo.core.env.Environment;
import io.github.zhibo.core.ledger.EvidenceLedger;
import io.github.zhibo.core.ledger.LedgerEntry;
import io.github.zhibo.core.ledger.RecordType;
import io.github.zhibo.core.ledger.SubjectRef;
import io.github.zhibo.core.param.PlatformParameters;
import io.github.zhibo.core.party.PartyId;
import io.github.zhibo.core.party.PartyRole;
import io.github.zhibo.core.regulation.Obligation;
import io.github.zhibo.core.regulation.RegulationProfile;
import io.github.zhibo.core.regulation.RegulationProfiles;
import io.github.zhibo.core.time.ChinaZone;
import java.time.Instant;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The log of regulator bulletins and to whom they were passed on (通报有关部门的工作要求, Art. 10 ¶2 of
 * either text, {@link Obligation#YEARLY_STUDY}): who received what, when, and whether they acknowledged it.
 * With a ledger, every receipt, delivery and acknowledgement is also an evidence-ledger record (types
 * {@code TRAINING_BULLETIN_RECEIVED}, {@code TRAINING_BULLETIN_SENT}, {@code TRAINING_BULLETIN_ACKNOWLEDGED}),
 * kept for {@link TrainingParameters#RECORD_RETENTION}.
 *
 * <p>Thread-safe: every method synchronises on the log. In memory; a platform keeps the ledger as its
 * durable copy.
 */
public final class BulletinLog {

  private final RegulationProfile profile;
  private final Environment environment;
  private final @Nullable EvidenceLedger ledger;
  private final Period retention;
  private final Map<String, RegulatorBulletin> bulletins = new LinkedHashMap<>();
  private final Map<String, Map<PartyId, BulletinDelivery>> deliveries = new LinkedHashMap<>();

  private BulletinLog(Builder b) {
    this.profile = b.profile;
    this.environment = b.environment;
    this.ledger = b.ledger;
    this.retention = b.parameters.get(TrainingParameters.RECORD_RETENTION);
  }

  /** Starts a builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Records a bulletin the platform received.
   *
   * @throws IllegalArgumentException if a bulletin with that id is already logged
   */
  public synchronized void receive(RegulatorBulletin bulletin) {
    Objects.requireNonNull(bulletin, "bulletin");
    if (bulletins.putIfAbsent(bulletin.id(), bulletin) != null) {
      throw new IllegalArgumentException("bulletin already logged: " + bulletin.id());
    }
    deliveries.put(bulletin.id(), new LinkedHashMap<>());
    ledger("TRAINING_BULLETIN_RECEIVED", "org:platform", Map.of("bulletin", bulletin.id(), "issuer", bulletin.issuer(),
        "receivedOn", bulletin.receivedOn().toString()));
  }

  /**
   * Passes bulletin {@code bulletinId} on to {@code recipient} now (by the environment's clock). Passing it
   * on twice keeps the first delivery.
   *
   * @throws IllegalArgumentException if the bulletin is unknown, or the role is not an agency or operator
   */
  public synchronized BulletinDelivery passOn(String bulletinId, PartyId recipient, PartyRole role) {
    Map<PartyId, BulletinDelivery> sent = sentOf(bulletinId);
    Objects.requireNonNull(recipient, "recipient");
    if (role != PartyRole.MARKETER_AGENCY && role != PartyRole.LIVE_ROOM_OPERATOR) {
      throw new IllegalArgumentException("bulletins go to agencies and room operators, not " + role);
    }
    BulletinDelivery existing = sent.get(recipient);
    if (existing != null) {
      return existing;
    }
    var d = new BulletinDelivery(bulletinId, recipient, role, environment.clock().instant(), Optional.empty());
    sent.put(recipient, d);
    ledger("TRAINING_BULLETIN_SENT", subject(recipient), Map.of("bulletin", bulletinId, "role", role.name(),
        "sentAt", d.sentAt().toString()));
    return d;
  }

  /**
   * Records that {@code recipient} acknowledged the bulletin now; repeated acknowledgements keep the first.
   *
   * @throws IllegalArgumentException if the bulletin is unknown or was not passed on to {@code recipient}
   */
  public synchronized BulletinDelivery acknowledge(String bulletinId, PartyId recipient) {
    Map<PartyId, BulletinDelivery> sent = sentOf(bulletinId);
    BulletinDelivery d = sent.get(Objects.requireNonNull(recipient, "recipient"));
    if (d == null) {
      throw new IllegalArgumentException("bulletin " + bulletinId + " was not passed on to " + recipient);
    }
    if (d.acknowledgedAt().isPresent()) {
      return d;
    }
    Instant now = environment.clock().instant();
    var acked = new BulletinDelivery(d.bulletinId(), d.recipient(), d.role(), d.sentAt(), Optional.of(now.isBefore(d.sentAt()) ? d.sentAt() : now));
    sent.put(recipient, acked);
    ledger("TRAINING_BULLETIN_ACKNOWLEDGED", subject(recipient), Map.of("bulletin", bulletinId,
        "acknowledgedAt", acked.acknowledgedAt().orElseThrow().toString()));
    return acked;
  }

  /** Every bulletin received, in the order logged. */
  public synchronized List<RegulatorBulletin> bulletins() {
    return List.copyOf(bulletins.values());
  }

  /** Who received bulletin {@code bulletinId}, in the order it was passed on. */
  public synchronized List<BulletinDelivery> deliveries(String bulletinId) {
    return List.copyOf(sentOf(bulletinId).values());
  }

  /** Every bulletin passed on to {@code recipient}, in the order logged. */
  public synchronized List<BulletinDelivery> deliveriesTo(PartyId recipient) {
    Objects.requireNonNull(recipient, "recipient");
    var out = new ArrayList<BulletinDelivery>();
    for (Map<PartyId, BulletinDelivery> m : deliveries.values()) {
      BulletinDelivery d = m.get(recipient);
      if (d != null) {
        out.add(d);
      }
    }
    return out;
  }

  /** The members of {@code audience} that bulletin {@code bulletinId} has not yet been passed on to, in order. */
  public synchronized List<PartyId> notReached(String bulletinId, Collection<PartyId> audience) {
    Map<PartyId, BulletinDelivery> sent = sentOf(bulletinId);
    return audience.stream().distinct().filter(p -> !sent.containsKey(p)).toList();
  }

  private Map<PartyId, BulletinDelivery> sentOf(String bulletinId) {
    Map<PartyId, BulletinDelivery> sent = deliveries.get(Objects.requireNonNull(bulletinId, "bulletinId"));
    if (sent == null) {
      throw new IllegalArgumentException("unknown bulletin: " + bulletinId);
    }
    return sent;
  }

  private static String subject(PartyId party) {
    // '~' never occurs in a party id, so replacing ':' keeps references distinct
    return "party:" + party.value().replace(':', '~');
  }

  private void ledger(String type, String subject, Map<String, String> payload) {
    if (ledger == null) {
      return;
    }
    var today = ChinaZone.today(environment.clock());
    ledger.append(new LedgerEntry(profile.id(), profile.requireArticle(Obligation.YEARLY_STUDY), SubjectRef.of(subject),
        RecordType.of(type), payload, today.plus(retention)));
  }

  /** Configures a {@link BulletinLog}. Not thread-safe. */
  public static final class Builder {
    private RegulationProfile profile = RegulationProfiles.defaultProfile();
    private Environment environment = Environment.defaults();
    private @Nullable EvidenceLedger ledger;
    private PlatformParameters parameters = PlatformParameters.defaults();

    private Builder() {}

    /** The profile whose article the ledger records cite; the default profile by default. */
    public Builder profile(RegulationProfile profile) {
      this.profile = Objects.requireNonNull(profile, "profile");
      return this;
    }

    /** The clock for delivery times; {@link Environment#defaults()} by default. */
    public Builder environment(Environment environment) {
      this.environment = Objects.requireNonNull(environment, "environment");
      return this;
    }

    /** A ledger to keep every receipt, delivery and acknowledgement in; none by default. */
    public Builder ledger(EvidenceLedger ledger) {
      this.ledger = Objects.requireNonNull(ledger, "ledger");
      return this;
    }

    /** The platform's parameters (record retention); defaults by default. */
    public Builder parameters(PlatformParameters parameters) {
      this.parameters = Objects.requireNonNull(parameters, "parameters");
      return this;
    }

    /** The log. */
    public BulletinLog build() {
      return new BulletinLog(this);
    }
  }
}
