package io.github.zhibo.disclosure.text;

import io.github.zhibo.core.check.Severity;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A versioned list of terms with categories, severities and exemptions, loaded from data. The format is
 * UTF-8 TSV: {@code # version: V} once, then {@code term<TAB>CATEGORY<TAB>SEVERITY<TAB>EXEMPTION[<TAB>pin yin]}.
 * Immutable and thread-safe.
 *
 * @param version the lexicon version, written into scan results
 * @param entries the terms
 */
public record Lexicon(String version, List<LexiconEntry> entries) {

  public Lexicon {
    Objects.requireNonNull(version, "version");
    entries = List.copyOf(entries);
  }

  /** The bundled lexicon (广告法 absolute terms, false authority, misleading hints, strict claim areas). */
  public static Lexicon bundled() {
    try (InputStream in = Lexicon.class.getResourceAsStream("lexicon.tsv")) {
      if (in == null) throw new IllegalStateException("bundled lexicon.tsv is missing");
      return load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a lexicon.
   *
   * @throws IllegalArgumentException naming the line (never its text) if a line is malformed
   */
  public static Lexicon load(InputStream in) {
    var decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    var reader = new BufferedReader(new InputStreamReader(in, decoder));
    String version = null;
    List<LexiconEntry> entries = new ArrayList<>();
    int lineNo = 0;
    try {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        lineNo++;
        if (line.isBlank()) continue;
        if (line.startsWith("#")) {
          String s = line.substring(1).strip();
          if (s.startsWith("version:")) version = s.substring("version:".length()).strip();
          continue;
        }
        String[] f = line.split("\t");
        if (f.length < 4 || f.length > 5) throw new IllegalArgumentException("lexicon line " + lineNo + ": expected 4 or 5 columns");
        try {
          List<String> pinyin = f.length == 5 && !f[4].isBlank() ? Arrays.asList(f[4].strip().split(" +")) : List.of();
          entries.add(new LexiconEntry(f[0].strip(), TermCategory.valueOf(f[1].strip()), Severity.valueOf(f[2].strip()),
              Exemption.valueOf(f[3].strip()), pinyin));
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException("lexicon line " + lineNo + ": " + e.getMessage().lines().findFirst().orElse(""), e);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("lexicon line " + (lineNo + 1) + ": unreadable", e);
    }
    if (version == null) throw new IllegalArgumentException("lexicon has no '# version:' line");
    return new Lexicon(version, entries);
  }
}
