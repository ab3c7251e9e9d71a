package io.github.zhibo.testkit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Basic generators and combinators. Every generator returned is stateless and thread-safe. */
public final class Gens {

  private Gens() {}

  /** Always {@code value}. */
  public static <T> Gen<T> constant(T value) {
    Objects.requireNonNull(value, "value");
    return r -> value;
  }

  /** An int in {@code [min, max]}. */
  public static Gen<Integer> ints(int min, int max) {
    if (min > max) {
      throw new IllegalArgumentException("min > max");
    }
    return r -> (int) r.nextLong(min, (long) max + 1);
  }

  /** A long in {@code [min, max]}. */
  public static Gen<Long> longs(long min, long max) {
    if (min > max || max == Long.MAX_VALUE) {
      throw new IllegalArgumentException("need min <= max < Long.MAX_VALUE");
    }
    return r -> r.nextLong(min, max + 1);
  }

  /** A double in {@code [min, max)}. */
  public static Gen<Double> doubles(double min, double max) {
    if (!(min < max)) {
      throw new IllegalArgumentException("need min < max");
    }
    return r -> r.nextDouble(min, max);
  }

  /** True with probability {@code p}. */
  public static Gen<Boolean> booleans(double p) {
    if (p < 0 || p > 1) {
      throw new IllegalArgumentException("p must be within [0, 1]");
    }
    return r -> r.nextDouble() < p;
  }

  /** One of {@code values}, uniformly. */
  public static <T> Gen<T> elements(List<? extends T> values) {
    List<? extends T> copy = List.copyOf(values);
    if (copy.isEmpty()) {
      throw new IllegalArgumentException("no values");
    }
    return r -> copy.get(r.nextInt(copy.size()));
  }

  /** A value of one of {@code gens}, chosen uniformly. */
  public static <T> Gen<T> oneOf(List<? extends Gen<? extends T>> gens) {
    List<? extends Gen<? extends T>> copy = List.copyOf(gens);
    if (copy.isEmpty()) {
      throw new IllegalArgumentException("no generators");
    }
    return r -> copy.get(r.nextInt(copy.size())).generate(r);
  }

  /** A list of {@code min..max} values of {@code gen}. */
  public static <T> Gen<List<T>> listOf(Gen<? extends T> gen, int min, int max) {
    Objects.requireNonNull(gen, "gen");
    if (min < 0 || min > max) {
      throw new IllegalArgumentException("need 0 <= min <= max");
    }
    return r -> {
      int n = r.nextInt(min, max + 1);
      List<T> out = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        out.add(gen.generate(r));
      }
      return List.copyOf(out);
    };
  }

  /** A value of {@code gen} with probability {@code p}, else empty. */
  public static <T> Gen<Optional<T>> optional(Gen<? extends T> gen, double p) {
    Objects.requireNonNull(gen, "gen");
    Gen<Boolean> present = booleans(p);
    return r -> present.generate(r) ? Optional.of(gen.generate(r)) : Optional.empty();
  }

  /** A day in {@code [from, to]}. */
  public static Gen<LocalDate> dates(LocalDate from, LocalDate to) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (from.isAfter(to)) {
      throw new IllegalArgumentException("from is after to");
    }
    long a = from.toEpochDay();
    long b = to.toEpochDay();
    return r -> LocalDate.ofEpochDay(r.nextLong(a, b + 1));
  }

  /** A string of {@code length} characters drawn from {@code alphabet}. */
  public static Gen<String> strings(String alphabet, int length) {
    Objects.requireNonNull(alphabet, "alphabet");
    if (alphabet.isEmpty() || length < 0) {
      throw new IllegalArgumentException("need a non-empty alphabet and length >= 0");
    }
    return r -> {
      char[] out = new char[length];
      for (int i = 0; i < length; i++) {
        out[i] = alphabet.charAt(r.nextInt(alphabet.length()));
      }
      return new String(out);
    };
  }

  /** {@code length} ASCII digits. */
  public static Gen<String> digits(int length) {
    return strings("0123456789", length);
  }
}
