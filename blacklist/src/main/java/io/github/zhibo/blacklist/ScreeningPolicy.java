package io.github.zhibo.blacklist;

import io.github.zhibo.blacklist.internal.Canon;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The tunable parts of screening: the weight of each evidence kind in a hit's score, how many listed
 * entries may share a linked value before it stops linking anyone (frequency-aware down-weighting), the
 * placeholder values that never link, and how many hits a result carries. The decision rules themselves
 * (anchors block, linked evidence reviews, names review only with a birth date) are not tunable: they are
 * DESIGN.md §5.1. Immutable and thread-safe.
 *
 * <p>Default placeholders (compared as letters and digits, lower case; any value that is one character
 * repeated, such as {@code 000000000000000} or {@code ffffffff-ffff-…}, and any ascending digit run of six
 * or more, such as {@code 123456} or {@code 0123456789}, is a placeholder too):
 * {@value #DEFAULT_PLACEHOLDERS_DOC}.
 */
public final class ScreeningPolicy {

  /** The default placeholder list, as documentation. */
  public static final String DEFAULT_PLACEHOLDERS_DOC =
      "unknown, null, none, nil, n/a, na, undefined, default, test, 02:00:00:00:00:00 (the MAC Android reports"
          + " without permission), 9774d56d682e549c (the Android ID of a well-known emulator build),"
          + " 00000000-0000-0000-0000-000000000000 (a zeroed IDFA/OAID), 012345678912345, 123456789012345,"
          + " 0123456789abcdef, 004999010640000 and 310260000000000 (emulator IMEI/IMSI), 89014103211118510720"
          + " (emulator ICCID), 15555215554 (emulator phone number)";

  private static final Set<String> DEFAULT_PLACEHOLDERS = Set.of("unknown", "null", "none", "nil", "na",
      "undefined", "default", "test", "020000000000", "9774d56d682e549c", "012345678912345", "123456789012345",
      "1234567890", "0123456789abcdef", "unknowndevice", "notavailable", "nodevice", "004999010640000",
      "310260000000000", "89014103211118510720", "15555215554", "undefineddevice", "emulator", "androidid");

  private static final ScreeningPolicy DEFAULTS = builder().build();

  private final Map<EvidenceKind, Double> weights;
  private final int maxSharedEntries;
  private final Set<String> placeholders;
  private final int maxHits;

  private ScreeningPolicy(Builder b) {
    this.weights = Map.copyOf(b.weights);
    this.maxSharedEntries = b.maxSharedEntries;
    this.placeholders = Set.copyOf(b.placeholders);
    this.maxHits = b.maxHits;
  }

  /** The documented defaults. */
  public static ScreeningPolicy defaults() {
    return DEFAULTS;
  }

  /** A builder starting from the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** The weight of {@code kind} in (0, 1). */
  public double weight(EvidenceKind kind) {
    return weights.get(kind);
  }

  /**
   * A linked value (phone, device, payment account, template, account) found on more listed entries than
   * this is shared infrastructure (an agency's payout account, a studio phone, an unlisted placeholder) and
   * links nobody; below it, its weight falls with the square root of the number of entries sharing it.
   */
  public int maxSharedEntries() {
    return maxSharedEntries;
  }

  /** Placeholder values, in the compared form. */
  public Set<String> placeholders() {
    return placeholders;
  }

  /** At most this many hits per result. */
  public int maxHits() {
    return maxHits;
  }

  /** Builds a {@link ScreeningPolicy}. Not thread-safe. */
  public static final class Builder {
    private final Map<EvidenceKind, Double> weights = new EnumMap<>(EvidenceKind.class);
    private int maxSharedEntries = 4;
    private final Set<String> placeholders = new LinkedHashSet<>(DEFAULT_PLACEHOLDERS);
    private int maxHits = 10;

    private Builder() {
      weights.put(EvidenceKind.ID_NUMBER, 0.99);
      weights.put(EvidenceKind.USCC, 0.99);
      weights.put(EvidenceKind.LEGAL_REPRESENTATIVE, 0.95);
      weights.put(EvidenceKind.BIOMETRIC, 0.85);
      weights.put(EvidenceKind.PAYMENT_ACCOUNT, 0.75);
      weights.put(EvidenceKind.ACCOUNT, 0.8);
      weights.put(EvidenceKind.DEVICE, 0.7);
      weights.put(EvidenceKind.PHONE, 0.6);
      weights.put(EvidenceKind.NAME, 0.15);
      weights.put(EvidenceKind.BIRTH_DATE, 0.45);
      weights.put(EvidenceKind.NATIONALITY, 0.1);
      weights.put(EvidenceKind.ORGANIZATION_NAME, 0.15);
      weights.put(EvidenceKind.ADDRESS, 0.1);
    }

    /** Sets the weight of {@code kind}, in (0, 1). */
    public Builder weight(EvidenceKind kind, double weight) {
      Objects.requireNonNull(kind, "kind");
      if (!(weight > 0 && weight < 1)) throw new IllegalArgumentException("weight must be in (0, 1)");
      weights.put(kind, weight);
      return this;
    }

    /** See {@link ScreeningPolicy#maxSharedEntries()}; at least 1. */
    public Builder maxSharedEntries(int n) {
      if (n < 1) throw new IllegalArgumentException("maxSharedEntries must be >= 1");
      maxSharedEntries = n;
      return this;
    }

    /** Adds a placeholder value (as typed; it is compared as letters and digits, lower case). */
    public Builder placeholder(String value) {
      String p = Canon.placeholderForm(Objects.requireNonNull(value, "value"));
      if (p.isEmpty()) throw new IllegalArgumentException("a placeholder needs a letter or digit");
      placeholders.add(p);
      return this;
    }

    /** Removes every placeholder, the defaults included (the repeated-character rule stays). */
    public Builder clearPlaceholders() {
      placeholders.clear();
      return this;
    }

    /** See {@link ScreeningPolicy#maxHits()}; at least 1. */
    public Builder maxHits(int n) {
      if (n < 1) throw new IllegalArgumentException("maxHits must be >= 1");
      maxHits = n;
      return this;
    }

    public ScreeningPolicy build() {
      return new ScreeningPolicy(this);
    }
  }
}
