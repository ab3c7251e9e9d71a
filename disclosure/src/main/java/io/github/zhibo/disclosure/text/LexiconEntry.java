package io.github.zhibo.disclosure.text;

import io.github.zhibo.core.check.Severity;
import java.util.List;
import java.util.Objects;

/**
 * One lexicon term.
 *
 * @param term the term as written (it is normalised when the lexicon is compiled)
 * @param category what it claims
 * @param severity severity of a plain hit; evasion or a strict claim area raises a warning to a violation
 * @param exemption the evidence that exempts it
 * @param pinyin one syllable per character for the optional pinyin layer, or empty
 */
public record LexiconEntry(String term, TermCategory category, Severity severity, Exemption exemption, List<String> pinyin) {

  public LexiconEntry {
    Objects.requireNonNull(term, "term");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(exemption, "exemption");
    pinyin = List.copyOf(pinyin);
    if (term.codePointCount(0, term.length()) < 2) {
      throw new IllegalArgumentException("a term has at least two characters (a single character is never a term)");
    }
    if (!pinyin.isEmpty() && pinyin.size() != term.length()) {
      throw new IllegalArgumentException("pinyin needs one syllable per character");
    }
  }
}
