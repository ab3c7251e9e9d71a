package io.github.zhibo.examples.cli;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * The line-input rules of DESIGN.md §5 in one place, for every command: strict UTF-8 (malformed bytes are
 * unreadable input), a leading BOM skipped, blank lines skipped, CR before LF dropped, and a bound on the
 * line length so a huge line is unreadable input instead of an OutOfMemoryError. Errors are {@link
 * BadInputException}s naming the line (and the file, for a file argument) but never its content.
 *
 * <p>Not thread-safe: one reader per input.
 */
final class LineSource implements Closeable {

  /** The default bound on one line: 1 MiB of characters. */
  static final int DEFAULT_MAX_LINE = 1 << 20;

  private final Reader in;
  private final String name;
  private final int maxLine;
  private final StringBuilder line = new StringBuilder(256);
  private long lineNumber;
  private boolean first = true;

  private LineSource(Reader in, String name, int maxLine) {
    this.in = in;
    this.name = name;
    this.maxLine = maxLine;
  }

  /** Lines of {@code in} (standard input); errors say {@code line N: …}. */
  static LineSource of(InputStream in) {
    return new LineSource(strictUtf8(in), "", DEFAULT_MAX_LINE);
  }

  /** Lines of {@code in} with another bound, for tests. */
  static LineSource of(InputStream in, int maxLine) {
    return new LineSource(strictUtf8(in), "", maxLine);
  }

  /**
   * Lines of the file a command-line option named; errors say {@code OPTION FILE line N: …}.
   *
   * @throws BadInputException if the file cannot be opened
   */
  static LineSource open(Path file, String option) {
    try {
      return new LineSource(strictUtf8(Files.newInputStream(file)), option + " " + file.getFileName() + " ", DEFAULT_MAX_LINE);
    } catch (NoSuchFileException e) {
      throw new BadInputException(option + ": no such file");
    } catch (IOException e) {
      throw new BadInputException(option + ": cannot read the file (" + e.getClass().getSimpleName() + ")");
    }
  }

  private static Reader strictUtf8(InputStream in) {
    var decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    return new InputStreamReader(in, decoder);
  }

  /**
   * The next non-blank line without its terminator, or {@code null} at the end of the input.
   *
   * @throws BadInputException if the input is not UTF-8, a line is too long, or reading fails
   */
  String next() {
    while (true) {
      String s = readLine();
      if (s == null) return null;
      if (!s.isBlank()) return s;
    }
  }

  /** The 1-based number of the line {@link #next()} returned last (blank lines counted). */
  long lineNumber() {
    return lineNumber;
  }

  /** An error about the current line, in this source's words. */
  BadInputException error(String problem) {
    return new BadInputException(name + "line " + lineNumber + ": " + problem);
  }

  private String readLine() {
    line.setLength(0);
    try {
      int c = in.read();
      if (c < 0) return null;
      lineNumber++;
      if (first) {
        first = false;
        if (c == '\uFEFF') c = in.read();
      }
      while (c >= 0 && c != '\n') {
        if (line.length() >= maxLine) throw error("line longer than " + maxLine + " characters");
        line.append((char) c);
        c = in.read();
      }
    } catch (CharacterCodingException e) {
      throw error("not valid UTF-8");
    } catch (IOException e) {
      throw error("unreadable input (" + e.getClass().getSimpleName() + ")");
    }
    int n = line.length();
    if (n > 0 && line.charAt(n - 1) == '\r') line.setLength(n - 1);
    return line.toString();
  }

  @Override
  public void close() {
    try {
      in.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
