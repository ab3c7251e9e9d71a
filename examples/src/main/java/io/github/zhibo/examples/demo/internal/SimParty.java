package io.github.zhibo.examples.demo.internal;

import io.github.zhibo.core.party.OperatorKind;
import io.github.zhibo.core.party.PartyId;
import io.github.zhibo.core.party.PartyRole;
import io.github.zhibo.examples.demo.TierRating.DemoTier;
import io.github.zhibo.training.Completion;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One simulated party and its state. Holds no personal data: match keys are synthetic tokens. Mutable;
 * confined to the engine's thread (the go-live gate reads training state on that thread too, the demo's
 * executor being direct).
 */
public final class SimParty {
  final PartyId id;
  final PartyRole role;
  final @Nullable OperatorKind kind;
  /** Synthetic pseudonymous tokens: document, controller, device, account. */
  final String docKey;
  final String controllerKey;
  String deviceKey;
  final String accountKey;
  @Nullable SimParty agency;
  final List<SimParty> marketers = new ArrayList<>();
  boolean aiPersona;

  LocalDate registeredOn;
  @Nullable LocalDate lastVerifiedOn;
  @Nullable LocalDate nextDue;
  boolean dueCounted;
  boolean active = true;
  @Nullable LocalDate suspendedUntil;
  @Nullable String blacklistEntry;
  /** Whether this account came back after a listing (the ground truth screening is scored on). */
  @Nullable PartyId reentryOf;

  // marketer training
  final List<Completion> completions = new ArrayList<>();
  @Nullable LocalDate firstLiveOn;
  int nextModule;
  @Nullable LocalDate trainingNext;

  // operator figures
  long followers;
  long gmv30dFen;
  long visits30d;
  final List<LocalDate> violations = new ArrayList<>();
  DemoTier tier = DemoTier.ORDINARY;

  SimParty(PartyId id, PartyRole role, @Nullable OperatorKind kind, LocalDate registeredOn, String docKey,
      String controllerKey, String deviceKey, String accountKey) {
    this.id = id;
    this.role = role;
    this.kind = kind;
    this.registeredOn = registeredOn;
    this.docKey = docKey;
    this.controllerKey = controllerKey;
    this.deviceKey = deviceKey;
    this.accountKey = accountKey;
  }

  Set<String> matchKeys() {
    var keys = new LinkedHashSet<String>();
    keys.add(docKey);
    keys.add(controllerKey);
    keys.add(deviceKey);
    keys.add(accountKey);
    return keys;
  }

  Optional<LocalDate> firstLive() {
    return Optional.ofNullable(firstLiveOn);
  }

  boolean canGoLive(LocalDate day) {
    return active && blacklistEntry == null && (suspendedUntil == null || day.isAfter(suspendedUntil));
  }

  int violationsSince(LocalDate from) {
    return (int) violations.stream().filter(d -> !d.isBefore(from)).count();
  }

  @Override
  public String toString() {
    return "SimParty[" + id + " " + role + "]";
  }
}
