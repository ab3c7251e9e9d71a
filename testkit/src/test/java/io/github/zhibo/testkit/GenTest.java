package io.github.zhibo.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class GenTest {

  @Test
  void theSameSeedGivesTheSameValues() {
    Gen<List<Integer>> gen = Gens.listOf(Gens.ints(-5, 5), 0, 10);
    assertThat(gen.sample(42, 50)).isEqualTo(gen.sample(42, 50));
    assertThat(gen.stream(42).limit(50).toList()).isEqualTo(gen.sample(42, 50));
    assertThat(gen.sample(42, 50)).isNotEqualTo(gen.sample(43, 50));
  }

  @Test
  void boundsAreInclusive() {
    List<Integer> ints = Gens.ints(1, 3).sample(7, 500);
    assertThat(ints).containsOnly(1, 2, 3).contains(1, 3);
    List<LocalDate> days = Gens.dates(LocalDate.of(2024, 2, 28), LocalDate.of(2024, 3, 1)).sample(7, 200);
    assertThat(days).containsOnly(LocalDate.of(2024, 2, 28), LocalDate.of(2024, 2, 29), LocalDate.of(2024, 3, 1));
  }

  @Test
  void combinatorsCompose() {
    Gen<String> gen = Gens.ints(1, 4).flatMap(Gens::digits).map(s -> "x" + s);
    for (String s : gen.sample(3, 100)) {
      assertThat(s).matches("x[0-9]{1,4}");
    }
    assertThat(Gens.oneOf(List.of(Gens.constant("a"), Gens.constant("b"))).sample(1, 100)).containsOnly("a", "b");
    assertThat(Gens.optional(Gens.constant(1), 0.0).sample(1, 20)).allMatch(o -> o.isEmpty());
  }

  @Test
  void badArgumentsAreRejected() {
    assertThatThrownBy(() -> Gens.ints(3, 1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Gens.elements(List.of())).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Gens.booleans(1.5)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Gens.constant(1).sample(1, -1)).isInstanceOf(IllegalArgumentException.class);
  }
}
