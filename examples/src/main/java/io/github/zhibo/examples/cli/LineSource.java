package io.github.zhibo.examples.cli;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
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

  /** The default bound on one line: 1 MiB of UTF-8 bytes. */
  static final int DEFAULT_MAX_LINE = 1 << 20;

  private final InputStream in;
  private final String name;
  private final int maxLine;
  // Lines are split on the byte 0x0A (never part of a multi-byte UTF-8 sequence) and each line is decoded
  // strictly on its own, so a malformed byte is reported on its own line and reading stays buffered.
  private final byte[] buffer = new byte[1 << 16];
  private int position;
  private int limit;
  private byte[] line = new byte[256];
  private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
      .onMalformedInput(CodingErrorAction.REPORT)
      .onUnmappableCharacter(CodingErrorAction.REPORT);
  private long lineNumber;
  private boolean first = true;

  private LineSource(InputStream in, String name, int maxLine) {
    this.in = in;
    this.name = name;
    this.maxLine = maxLine;
  }

  /** Lines of {@code in} (standard input); errors say {@code line N: …}. */
  static LineSource of(InputStream in) {
    return new LineSource(in, "", DEFAULT_MAX_LINE);
  }

  /** Lines of {@code in} with another bound, for tests. */
  static LineSource of(InputStream in, int maxLine) {
    return new LineSource(in, "", maxLine);
  }

  /**
   * Lines of the file a command-line option named; errors say {@code OPTION FILE line N: …}.
   *
   * @throws BadInputException if the file cannot be opened
   */
  static LineSource open(Path file, String option) {
    try {
      return new LineSource(Files.newInputStream(file), option + " " + file.getFileName() + " ", DEFAULT_MAX_LINE);
    } catch (NoSuchFileException e) {
      throw new BadInputException(option + ": no such file");
    } catch (IOException e) {
      throw new BadInputException(option + ": cannot read the file (" + e.getClass().getSimpleName() + ")");
    }
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
    return error(lineNumber, problem);
  }

  /** An error about line {@code number} (a batch that reports a line it read earlier). */
  BadInputException error(long number, String problem) {
    return new BadInputException(name + "line " + number + ": " + problem);
  }

  private String readLine() {
    int n = 0;
    try {
      int b = read();
      if (b < 0) return null;
      lineNumber++;
      while (b >= 0 && b != '\n') {
        if (n >= maxLine) throw error("line longer than " + maxLine + " bytes");
        if (n == line.length) line = java.util.Arrays.copyOf(line, Math.min(maxLine, n * 2));
        line[n++] = (byte) b;
        b = read();
      }
    } catch (IOException e) {
      throw error("unreadable input (" + e.getClass().getSimpleName() + ")");
    }
    int from = 0;
    if (first) {
      first = false;
      if (n >= 3 && line[0] == (byte) 0xEF && line[1] == (byte) 0xBB && line[2] == (byte) 0xBF) from = 3;
    }
    if (n > from && line[n - 1] == '\r') n--;
    try {
      return decoder.reset().decode(ByteBuffer.wrap(line, from, n - from)).toString();
    } catch (CharacterCodingException e) {
      throw error("not valid UTF-8");
    }
  }

  private int read() throws IOException {
    if (position == limit) {
      limit = in.read(buffer, 0, buffer.length);
      position = 0;
      if (limit <= 0) {
        limit = 0;
        return -1;
      }
    }
    return buffer[position++] & 0xFF;
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
