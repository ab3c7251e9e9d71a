package io.github.zhibo.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.random.RandomGenerator;
import java.util.stream.Stream;

/**
 * A seeded generator of test values: a pure function of the random source it is given, so the same seed
 * always gives the same values. Plain Java, no test framework: a platform's property-test engine wraps a
 * {@code Gen} with a one-method adapter (see the module README).
 *
 * <p>Generators in this module are stateless and thread-safe; a {@link RandomGenerator} is not, so give
 * each thread its own (split a {@link SplittableRandom}).
 *
 * @param <T> the generated type
 */
@FunctionalInterface
public interface Gen<T> {

  /** One value drawn from {@code random}. */
  T generate(RandomGenerator random);

  /** A generator of {@code f} applied to this generator's values. */
  default <R> Gen<R> map(Function<? super T, ? extends R> f) {
    Objects.requireNonNull(f, "f");
    return r -> f.apply(generate(r));
  }

  /** A generator that draws a value of this one, then a value of the generator {@code f} makes from it. */
  default <R> Gen<R> flatMap(Function<? super T, ? extends Gen<? extends R>> f) {
    Objects.requireNonNull(f, "f");
    return r -> f.apply(generate(r)).generate(r);
  }

  /** {@code n} values from a fresh {@link SplittableRandom} seeded with {@code seed}. */
  default List<T> sample(long seed, int n) {
    if (n < 0) {
      throw new IllegalArgumentException("n must be >= 0");
    }
    SplittableRandom random = new SplittableRandom(seed);
    List<T> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(generate(random));
    }
    return out;
  }

  /** An endless stream of values from a fresh {@link SplittableRandom} seeded with {@code seed}. */
  default Stream<T> stream(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    return Stream.generate(() -> generate(random));
  }
}
