package io.github.zhibo.disclosure.text;

import java.util.Objects;
import java.util.Set;

/**
 * One lexicon hit, located in the original text.
 *
 * @param entry the term that matched
 * @param start offset of the first original character
 * @param end offset after the last original character
 * @param evasions the techniques the normaliser undid
 */
public record TextHit(LexiconEntry entry, int start, int end, Set<Evasion> evasions) {

  public TextHit {
    Objects.requireNonNull(entry, "entry");
    evasions = Set.copyOf(evasions);
    if (start < 0 || end <= start) throw new IllegalArgumentException("bad span " + start + ".." + end);
  }

  /** Whether any evasion technique was needed to find the term. */
  public boolean evasive() {
    return !evasions.isEmpty();
  }
}
