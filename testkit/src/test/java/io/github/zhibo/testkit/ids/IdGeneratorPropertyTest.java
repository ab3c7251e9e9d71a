package io.github.zhibo.testkit.ids;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.zhibo.core.id.IdKind;
import io.github.zhibo.core.id.IdWarning;
import io.github.zhibo.core.id.ParsePolicy;
import io.github.zhibo.core.id.ParseResult;
import io.github.zhibo.testkit.Seeds;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Every valid output parses; every invalid one fails with the code it was made for. Seeded (see {@link Seeds}). */
class IdGeneratorPropertyTest {

  private static final int PER_SEED = 250;
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
  private static final ParsePolicy POLICY = ParsePolicy.defaults(CLOCK);

  @ParameterizedTest
  @EnumSource(IdKind.class)
  void everyValidOutputParsesToItself(IdKind kind) {
    Seeds.all().forEach(seed -> {
      SplittableRandom r = new SplittableRandom(seed);
      for (int i = 0; i < PER_SEED; i++) {
        String raw = ValidIds.of(kind, CLOCK).generate(r);
        ParseResult<?> result = kind.tryParse(raw, POLICY);
        assertThat(result.failure()).as("%s seed %d draw %d", kind, seed, i).isEmpty();
        assertThat(result.orElseThrow().toString()).isNotNull();
        // the generators build canonical values with right check characters: nothing to fold or excuse
        assertThat(result.warnings()).as("%s seed %d draw %d", kind, seed, i)
            .doesNotContain(IdWarning.CASE_FOLDED, IdWarning.SOFT_CHECK_FAILED, IdWarning.LEGACY_PILOT_CODE);
      }
    });
  }

  static Stream<Arguments> kindsAndMutations() {
    return Stream.of(IdKind.values())
        .flatMap(k -> InvalidIds.mutations(k).stream().map(m -> Arguments.of(k, m)));
  }

  @ParameterizedTest
  @MethodSource("kindsAndMutations")
  void everyInvalidOutputFailsWithItsIntendedCode(IdKind kind, Mutation mutation) {
    Seeds.all().forEach(seed -> {
      SplittableRandom r = new SplittableRandom(seed);
      for (int i = 0; i < PER_SEED; i++) {
        InvalidId bad = InvalidIds.of(kind, mutation, CLOCK).generate(r);
        assertThat(bad.kind()).isEqualTo(kind);
        assertThat(bad.mutation()).isEqualTo(mutation);
        ParseResult<?> result = kind.tryParse(bad.raw(), POLICY);
        assertThat(result.failure().map(e -> e.code()))
            .as("%s seed %d draw %d", bad, seed, i)
            .contains(bad.expected());
      }
    });
  }

  @ParameterizedTest
  @EnumSource(IdKind.class)
  void fullWidthNoiseIsUndoneByTheLenientPolicy(IdKind kind) {
    ParsePolicy lenient = ParsePolicy.lenient(CLOCK);
    Seeds.all().forEach(seed -> InvalidIds.of(kind, Mutation.FULL_WIDTH, CLOCK).sample(seed, 50).forEach(bad ->
        assertThat(kind.tryParse(bad.raw(), lenient).failure()).as("%s seed %d", bad, seed).isEmpty()));
  }

  @Test
  void theMixedGeneratorCoversEveryMutationOfAKind() {
    for (IdKind kind : IdKind.values()) {
      Set<Mutation> seen = EnumSet.noneOf(Mutation.class);
      InvalidIds.of(kind, CLOCK).sample(1, 500).forEach(b -> seen.add(b.mutation()));
      assertThat(seen).as(kind.name()).isEqualTo(InvalidIds.mutations(kind));
    }
  }

  @Test
  void foreignResidentIdsComeInBothFormats() {
    Set<Integer> lengths = new java.util.HashSet<>();
    ValidIds.foreignPermanentResidentId(CLOCK).sample(5, 100).forEach(s -> lengths.add(s.length()));
    assertThat(lengths).containsExactlyInAnyOrder(15, 18);
  }

  @Test
  void aMutationThatDoesNotApplyIsRejected() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> InvalidIds.of(IdKind.MOBILE, Mutation.SUBSTITUTION, CLOCK))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void anInvalidIdDoesNotShowItsValue() {
    InvalidId bad = InvalidIds.of(IdKind.RESIDENT_ID, Mutation.SUBSTITUTION, CLOCK).sample(1, 1).get(0);
    assertThat(bad.toString()).doesNotContain(bad.raw()).contains("SUBSTITUTION", "CHECKSUM_MISMATCH");
  }
}
