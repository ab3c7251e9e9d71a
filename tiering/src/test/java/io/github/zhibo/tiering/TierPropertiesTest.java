package io.github.zhibo.tiering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Properties of classification under both default policies: monotone in every "more" input, deterministic,
 * and free of flapping inside the hysteresis band. Rooms come from a seed (QuickTheories reports it on
 * failure), so every counter-example is reproducible with {@link Fixtures#randomRoom(long)}.
 */
class TierPropertiesTest {

  private static final int METRICS = 10;

  /** {@code room} with metric {@code which} increased by {@code delta} (or a category added). */
  private static RoomMetrics more(RoomMetrics room, int which, long delta) {
    var b = room.toBuilder();
    switch (which) {
      case 0 -> b.followers(room.followers() + delta);
      case 1 -> b.visits30d(room.visits30d() + delta);
      case 2 -> b.gmv30dFen(room.gmv30dFen() + delta * 100);
      case 3 -> b.orders30d(room.orders30d() + delta);
      case 4 -> b.violations12m(room.violations12m() + delta % 5 + 1);
      case 5 -> b.measures12m(room.measures12m() + delta % 5 + 1);
      case 6 -> b.verifiedComplaints30d(room.verifiedComplaints30d() + delta % 30 + 1);
      case 7 -> b.complaintRate30d(Math.min(1, room.complaintRate30d() + (delta % 100) / 1000.0));
      case 8 -> b.marketerInfluence(room.marketerInfluence() + (delta % 100) / 100.0);
      default -> {
        var cats = new ArrayList<>(room.categories());
        cats.add(Fixtures.CATEGORIES.get((int) (delta % Fixtures.CATEGORIES.size())));
        b.categories(cats);
      }
    }
    return b.build();
  }

  @ParameterizedTest
  @ValueSource(strings = {"ORDER_117", "DRAFT_2025"})
  void moreNeverLowersTheTierOrClearsKeyStatus(String profile) {
    TierClassifier c = Fixtures.classifier(profile);
    qt().withExamples(3000).forAll(longs().all(), integers().between(0, METRICS - 1), longs().between(1, 5_000_000))
        .checkAssert((seed, which, delta) -> {
          RoomMetrics room = Fixtures.randomRoom(seed);
          TierDecision before = c.classify(room);
          TierDecision after = c.classify(more(room, which, delta));
          assertThat(after.tier()).isGreaterThanOrEqualTo(before.tier());
          if (before.keySubject()) assertThat(after.keySubject()).isTrue();
          assertThat(after.monitoring()).containsAll(before.monitoring());
        });
  }

  @ParameterizedTest
  @ValueSource(strings = {"ORDER_117", "DRAFT_2025"})
  void aHigherPreviousTierNeverLowersTheTier(String profile) {
    TierClassifier c = Fixtures.classifier(profile);
    qt().withExamples(2000).forAll(longs().all(), integers().between(1, 3)).checkAssert((seed, prev) -> {
      RoomMetrics room = Fixtures.randomRoom(seed).toBuilder().previousTier(Tier.of(prev)).build();
      RoomMetrics higher = room.toBuilder().previousTier(Tier.of(Math.min(3, prev + 1))).build();
      assertThat(c.classify(higher).tier()).isGreaterThanOrEqualTo(c.classify(room).tier());
    });
  }

  @ParameterizedTest
  @ValueSource(strings = {"ORDER_117", "DRAFT_2025"})
  void theSameInputAlwaysGivesTheSameDecision(String profile) {
    TierClassifier a = Fixtures.classifier(profile);
    TierClassifier b = Fixtures.classifier(profile);
    qt().withExamples(2000).forAll(longs().all()).checkAssert(seed -> {
      RoomMetrics room = Fixtures.randomRoom(seed);
      assertThat(TierJson.toJson(a.classify(room), true)).isEqualTo(TierJson.toJson(b.classify(Fixtures.randomRoom(seed)), true));
    });
  }

  @ParameterizedTest
  @ValueSource(strings = {"ORDER_117", "DRAFT_2025"})
  void theTierNeverExceedsWhatSomeCriterionSupports(String profile) {
    TierClassifier c = Fixtures.classifier(profile);
    qt().withExamples(2000).forAll(longs().all()).checkAssert(seed -> {
      TierDecision d = c.classify(Fixtures.randomRoom(seed));
      if (d.tier().level() > 1) {
        assertThat(d.criteria()).anyMatch(r -> r.tier() != null && r.tier().compareTo(d.tier()) >= 0);
      }
      assertThat(d.keySubject()).isEqualTo(d.criteria().stream().anyMatch(
          r -> r.kind() == CriterionKind.KEY_SUBJECT || r.kind() == CriterionKind.KEY_SUBJECT_HOLD));
    });
  }

  /** Values oscillating inside the band never change the tier a room has; leaving the band does. */
  @ParameterizedTest
  @ValueSource(longs = {1, 7, 42, 2026})
  void followersOscillatingInsideTheBandDoNotFlap(long seed) {
    TierClassifier c = Fixtures.classifier("ORDER_117");
    var rnd = new Random(seed);
    TierDecision d = c.classify(RoomMetrics.builder("f").followers(1_050_000).build());
    assertThat(d.tier()).isEqualTo(Tier.of(3));
    List<Tier> seen = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      long followers = 900_000 + rnd.nextInt(150_000); // 900000..1049999: across the T3 threshold, inside the band
      d = c.classify(RoomMetrics.builder("f").followers(followers).previousTier(d.tier())
          .previousKeySubject(d.keySubject()).build());
      seen.add(d.tier());
      assertThat(d.keySubject()).as("key status at %d followers (seed %d)", followers, seed).isTrue();
    }
    assertThat(seen).containsOnly(Tier.of(3));
    d = c.classify(RoomMetrics.builder("f").followers(899_999).previousTier(d.tier()).previousKeySubject(true).build());
    assertThat(d.tier()).isEqualTo(Tier.of(2));
    assertThat(d.keySubject()).isFalse();
  }

  /** A room that never reached a tier enters it only at the full threshold, however long it hovers below. */
  @ParameterizedTest
  @ValueSource(longs = {3, 11, 99})
  void aRoomHoveringBelowAThresholdDoesNotEnterTheTier(long seed) {
    TierClassifier c = Fixtures.classifier("DRAFT_2025");
    var rnd = new Random(seed);
    TierDecision d = c.classify(RoomMetrics.builder("h").followers(950_000).build());
    for (int i = 0; i < 200; i++) {
      d = c.classify(RoomMetrics.builder("h").followers(900_000 + rnd.nextInt(100_000)).previousTier(d.tier())
          .previousKeySubject(d.keySubject()).build());
      assertThat(d.tier()).isEqualTo(Tier.of(2));
      assertThat(d.keySubject()).isFalse();
    }
  }
}
