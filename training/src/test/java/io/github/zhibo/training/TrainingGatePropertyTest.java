package io.github.zhibo.training;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.zhibo.core.check.Outcome;
import io.github.zhibo.core.party.PartyId;
import io.github.zhibo.core.regulation.RegulationProfile;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Seeded random records against a direct reading of DESIGN.md §5.5: the gate denies exactly when the
 * oracle says a rule is broken, for both profiles and both training years. The seed is in every message.
 */
class TrainingGatePropertyTest {

  private static final List<String> EXTRA = List.of("LAWS_AND_REGULATIONS", "NETWORK_TRANSACTION_LAW", "YOGA");

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {7L, 1234L, 20260301L})
  void gateAgreesWithTheContract(long seed) {
    var random = new SplittableRandom(seed);
    var gate = TrainingGate.create();
    for (RegulationProfile profile : Fixtures.profiles().toList()) {
      List<ModuleId> curriculum = Fixtures.curriculum(profile);
      for (int i = 0; i < 3_000; i++) {
        LocalDate asOf = LocalDate.of(2025, 1, 1).plusDays(random.nextInt(900));
        TrainingYear year = random.nextBoolean() ? TrainingYear.ROLLING : TrainingYear.CALENDAR;
        Optional<LocalDate> firstLive = random.nextInt(3) == 0 ? Optional.empty()
            : Optional.of(asOf.plusDays(random.nextInt(800) - 600));
        var completions = new ArrayList<Completion>();
        int n = random.nextInt(9);
        for (int k = 0; k < n; k++) {
          ModuleId m = random.nextInt(5) == 0 ? ModuleId.of(EXTRA.get(random.nextInt(EXTRA.size())))
              : curriculum.get(random.nextInt(curriculum.size()));
          completions.add(new Completion(m, asOf.plusDays(random.nextInt(500) - 450), random.nextInt(4) != 0));
        }
        var flags = new ArrayList<RaisedFlag>();
        if (random.nextInt(10) == 0) {
          flags.add(RaisedFlag.active(random.nextBoolean() ? IntegrityFlag.CHEATING : IntegrityFlag.REFUSED));
        }
        var record = new TrainingRecord(PartyId.of("m" + i), firstLive, completions, flags);

        boolean live = firstLive.isPresent() && !firstLive.get().isAfter(asOf);
        boolean ok;
        if (live) {
          ok = completions.stream().anyMatch(c -> c.passed() && curriculum.contains(c.module())
              && !c.completedOn().isAfter(asOf) && year.covers(c.completedOn(), asOf));
        } else {
          ok = curriculum.stream().allMatch(m -> completions.stream().anyMatch(c -> c.passed()
              && c.module().equals(m) && !c.completedOn().isAfter(asOf)));
        }
        Outcome expected = ok && flags.isEmpty() ? Outcome.ALLOW : Outcome.DENY;
        assertThat(gate.check(record, Fixtures.context(profile, asOf, year)).outcome())
            .as("seed %d case %d %s %s", seed, i, profile.id(), record).isEqualTo(expected);
      }
    }
  }
}
