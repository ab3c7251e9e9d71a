package io.github.zhibo.core.check;

import io.github.zhibo.core.check.internal.TextRules;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One value of a finding's {@link Evidence}. The type is closed (sealed) so that evidence can only hold
 * values that are not personal data: quantities, flags, dates, vocabulary codes, JSON paths, and strings
 * that were masked or tokenised before they got here.
 *
 * <p>Why: findings travel far — into reports for regulators, logs, events and the evidence ledger, kept
 * for years. A free-text evidence field would sooner or later carry an ID number or a name (PIPL Art. 28
 * treats ID numbers as sensitive personal information). Codes and tokens are checked against the shape of
 * raw phone and ID numbers (a run of 11+ digits) and rejected. Quantities cannot be checked that way (a
 * GMV in fen may have 11 digits); they are for amounts, counts, durations and ratios, never identifiers.
 *
 * <p>Every value is immutable and safe to log: {@code toString()} never shows more than
 * {@link #display()}.
 */
public sealed interface EvidenceValue
    permits EvidenceValue.Quantity, EvidenceValue.Flag, EvidenceValue.Day, EvidenceValue.Code,
        EvidenceValue.Path, EvidenceValue.Masked, EvidenceValue.Token {

  /** The value as shown to people and passed to message templates (as an argument, never as pattern). */
  Object display();

  /** An amount, count, duration or ratio (fen, seconds, a discount rate). */
  static EvidenceValue of(long quantity) {
    return new Quantity(BigDecimal.valueOf(quantity));
  }

  /** A finite decimal quantity such as a ratio. */
  static EvidenceValue of(double quantity) {
    if (!Double.isFinite(quantity)) {
      throw new IllegalArgumentException("quantity must be finite: " + quantity);
    }
    return new Quantity(BigDecimal.valueOf(quantity));
  }

  /** An exact decimal quantity. */
  static EvidenceValue of(BigDecimal quantity) {
    return new Quantity(quantity);
  }

  /** A yes/no fact. */
  static EvidenceValue of(boolean flag) {
    return new Flag(flag);
  }

  /** A calendar date. */
  static EvidenceValue of(LocalDate day) {
    return new Day(day);
  }

  /** An enum constant, recorded by name. */
  static EvidenceValue of(Enum<?> constant) {
    return new Code(constant.name());
  }

  /** A location in the input. */
  static EvidenceValue of(JsonPath path) {
    return new Path(path);
  }

  /** A vocabulary code ({@code FOOD_BUSINESS}, {@code ZB-ID-0003}, {@code P6M}); see {@link Code}. */
  static EvidenceValue code(String code) {
    return new Code(code);
  }

  /**
   * Masks a sensitive string: every character but the last two (none for strings under 8 characters) is
   * replaced by {@code *}, at most 16 stars. The raw value is not kept.
   */
  static EvidenceValue masked(String raw) {
    return Masked.of(raw);
  }

  /** A pseudonymous token ({@code scheme:body}, e.g. a keyed hash) produced by the platform; see {@link Token}. */
  static EvidenceValue token(String token) {
    return new Token(token);
  }

  /** A quantity; trailing zeros are kept as given. */
  record Quantity(BigDecimal value) implements EvidenceValue {
    /** Validates the shape; throws IllegalArgumentException or NullPointerException on bad input. */
    public Quantity {
      Objects.requireNonNull(value, "value");
    }

    @Override
    public Object display() {
      return value;
    }

    @Override
    public String toString() {
      return value.toPlainString();
    }
  }

  /** A yes/no fact ({@code comparedMeaningDisclosed}). */
  record Flag(boolean value) implements EvidenceValue {
    @Override
    public Object display() {
      return value;
    }

    @Override
    public String toString() {
      return Boolean.toString(value);
    }
  }

  /** A calendar date, shown in ISO form. */
  record Day(LocalDate value) implements EvidenceValue {
    /** Validates the shape; throws IllegalArgumentException or NullPointerException on bad input. */
    public Day {
      Objects.requireNonNull(value, "value");
    }

    @Override
    public Object display() {
      return value;
    }

    @Override
    public String toString() {
      return value.toString();
    }
  }

  /**
   * A code from a fixed vocabulary: 1-128 characters of {@code A-Za-z0-9_.:#$-}, starting with a letter or
   * digit, and without a run of 11+ digits (the shape of a phone or ID number).
   */
  record Code(String value) implements EvidenceValue {
    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.:#$-]{0,127}");

    /** Validates the shape; throws IllegalArgumentException or NullPointerException on bad input. */
    public Code {
      Objects.requireNonNull(value, "value");
      if (!SHAPE.matcher(value).matches()) {
        throw new IllegalArgumentException("an evidence code is 1-128 characters of A-Za-z0-9_.:#$- ; got "
            + value.length() + " characters that are not");
      }
      if (TextRules.hasIdentifierDigitRun(value)) {
        throw new IllegalArgumentException("an evidence code must not contain a run of "
            + TextRules.IDENTIFIER_DIGIT_RUN + "+ digits (it looks like a phone or ID number); mask or tokenise it");
      }
    }

    @Override
    public Object display() {
      return value;
    }

    @Override
    public String toString() {
      return value;
    }
  }

  /** Where in the input the evidence points. */
  record Path(JsonPath value) implements EvidenceValue {
    /** Validates the shape; throws IllegalArgumentException or NullPointerException on bad input. */
    public Path {
      Objects.requireNonNull(value, "value");
    }

    @Override
    public Object display() {
      return value.value();
    }

    @Override
    public String toString() {
      return value.value();
    }
  }

  /**
   * An already-masked string: 1-16 {@code *} followed by at most two visible characters. The constructor
   * accepts only that shape, so a raw value cannot be smuggled in as "masked"; use
   * {@link EvidenceValue#masked(String)} to mask.
   */
  record Masked(String value) implements EvidenceValue {
    private static final int MAX_STARS = 16;
    private static final int VISIBLE_TAIL = 2;
    private static final int MIN_LENGTH_FOR_TAIL = 8;

    /** Validates the shape; throws IllegalArgumentException or NullPointerException on bad input. */
    public Masked {
      Objects.requireNonNull(value, "value");
      int stars = 0;
      while (stars < value.length() && value.charAt(stars) == '*') {
        stars++;
      }
      String tail = value.substring(stars);
      if (stars < 1 || stars > MAX_STARS || tail.codePointCount(0, tail.length()) > VISIBLE_TAIL
          || tail.indexOf('*') >= 0) {
        throw new IllegalArgumentException("a masked value is 1-16 '*' then at most 2 visible characters");
      }
      TextRules.requireWellFormed(value, "masked value");
    }

    static Masked of(String raw) {
      Objects.requireNonNull(raw, "raw");
      TextRules.requireWellFormed(raw, "masked value");
      int length = raw.codePointCount(0, raw.length());
      int visible = length >= MIN_LENGTH_FOR_TAIL ? VISIBLE_TAIL : 0;
      String tail = visible == 0 ? "" : raw.substring(raw.offsetByCodePoints(raw.length(), -visible));
      if (tail.indexOf('*') >= 0) {
        tail = "";
      }
      int stars = Math.max(1, Math.min(MAX_STARS, length - tail.codePointCount(0, tail.length())));
      return new Masked("*".repeat(stars) + tail);
    }

    @Override
    public Object display() {
      return value;
    }

    @Override
    public String toString() {
      return value;
    }
  }

  /**
   * A pseudonymous reference {@code scheme:body} made by the platform (an account key {@code acct:1001}, a
   * keyed hash {@code hmac:…}). Bodies shorter than 32 characters must not contain a run of 11+ digits, so
   * a raw phone or ID number is rejected. {@link #toString()} shows the scheme and four characters only,
   * because even a pseudonym links log lines to one person.
   */
  record Token(String value) implements EvidenceValue {
    private static final int SHOWN = 4;

    /** Validates the shape; throws IllegalArgumentException or NullPointerException on bad input. */
    public Token {
      Objects.requireNonNull(value, "value");
      TextRules.requirePseudonym(value, "an evidence token");
    }

    @Override
    public Object display() {
      return toString();
    }

    @Override
    public String toString() {
      int colon = value.indexOf(':');
      String body = value.substring(colon + 1);
      return value.substring(0, colon + 1) + body.substring(0, Math.min(SHOWN, body.length())) + "…";
    }
  }
}
