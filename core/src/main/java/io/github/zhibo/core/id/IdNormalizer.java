package io.github.zhibo.core.id;

import java.text.Normalizer;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * The lenient normaliser, kept apart from strict parsing so that stored data is never silently "fixed".
 *
 * <p>It applies NFKC (full-width digits and letters, the Roman numeral {@code Ⅹ} → {@code X}) and removes
 * every Unicode whitespace character (including the ideographic space U+3000 that {@code String.trim()}
 * keeps) and every {@code '-'}, repeating until nothing changes so that the result is idempotent. It does
 * not change case (the parse policy does) and keeps zero-width characters, which then fail as illegal.
 * Stateless and thread-safe.
 */
public final class IdNormalizer {

  private IdNormalizer() {}

  /**
   * The result of normalising.
   *
   * @param value the normalised text
   * @param changes {@link IdWarning#WIDTH_NORMALISED} and/or {@link IdWarning#SEPARATORS_REMOVED}; empty if
   *     the input was already normal
   */
  public record Normalized(String value, Set<IdWarning> changes) {
    public Normalized {
      Objects.requireNonNull(value, "value");
      changes = Set.copyOf(changes);
    }
  }

  /** Normalises {@code raw} (see the class comment). */
  public static Normalized lenient(CharSequence raw) {
    Objects.requireNonNull(raw, "raw");
    Set<IdWarning> changes = EnumSet.noneOf(IdWarning.class);
    String current = raw.toString();
    while (true) {
      String nfkc = Normalizer.normalize(current, Normalizer.Form.NFKC);
      if (!nfkc.equals(current)) {
        changes.add(IdWarning.WIDTH_NORMALISED);
      }
      String stripped = stripSeparators(nfkc);
      if (stripped.length() == nfkc.length()) {
        return new Normalized(nfkc, changes);
      }
      changes.add(IdWarning.SEPARATORS_REMOVED);
      current = stripped;
    }
  }

  private static String stripSeparators(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      if (cp != '-' && !Character.isWhitespace(cp) && !Character.isSpaceChar(cp)) {
        sb.appendCodePoint(cp);
      }
      i += Character.charCount(cp);
    }
    return sb.toString();
  }
}
