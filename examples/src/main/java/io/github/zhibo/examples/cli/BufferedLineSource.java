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
import java.util.Arrays;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * {@link LineSource}'s rules (strict UTF-8, leading BOM skipped, blank lines skipped, CR before LF dropped,
 * a bound on the line length, errors naming the line but never its content) over a buffered decoder, for
 * the blacklist commands that read lists and queries of 100,000s of lines: LineSource decodes one
 * character per call through an unbuffered reader, which dominated the run time of {@code screen}. Lines
 * are split on the byte {@code \n} (never part of a multi-byte UTF-8 sequence) and each line is decoded
 * strictly on its own, so a malformed byte is reported on its own line, after every earlier line.
 *
 * <p>Not thread-safe: one reader per input.
 */
final class BufferedLineSource implements Closeable {

  private final InputStream in;
  private final String name;
  private final int maxLine;
  private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
      .onMalformedInput(CodingErrorAction.REPORT)
      .onUnmappableCharacter(CodingErrorAction.REPORT);
  private byte[] bytes = new byte[1024];
  private final byte[] buffer = new byte[1 << 16];
  private int pos;
  private int limit;
  private long lineNumber;
  private boolean first = true;

  private BufferedLineSource(InputStream in, String name, int maxLine) {
    this.in = in;
    this.name = name;
    this.maxLine = maxLine;
  }

  /** Lines of standard input; errors say {@code line N: …}. */
  static BufferedLineSource of(InputStream in) {
    return new BufferedLineSource(in, "", LineSource.DEFAULT_MAX_LINE);
  }

  /** Lines of {@code in} with another bound, for tests. */
  static BufferedLineSource of(InputStream in, int maxLine) {
    return new BufferedLineSource(in, "", maxLine);
  }

  /** Lines of a file an option named; errors say {@code OPTION FILE line N: …}. */
  static BufferedLineSource open(Path file, String option) {
    try {
      return new BufferedLineSource(Files.newInputStream(file), option + " " + file.getFileName() + " ",
          LineSource.DEFAULT_MAX_LINE);
    } catch (NoSuchFileException e) {
      throw new BadInputException(option + ": no such file");
    } catch (IOException e) {
      throw new BadInputException(option + ": cannot read the file (" + e.getClass().getSimpleName() + ")");
    }
  }

  /** The next non-blank line, or {@code null} at the end. @throws BadInputException on unreadable input */
  String next() {
    while (true) {
      String s = readLine();
      if (s == null) return null;
      if (!s.isBlank()) return s;
    }
  }

  /** An error about the current line. */
  BadInputException error(String problem) {
    return error(lineNumber, problem);
  }

  /** An error about line {@code number} (read earlier). */
  BadInputException error(long number, String problem) {
    return new BadInputException(name + "line " + number + ": " + problem);
  }

  /** The 1-based number of the line {@link #next()} returned last (blank lines counted). */
  long lineNumber() {
    return lineNumber;
  }

  private String readLine() {
    int n = 0;
    long byteBound = 4L * maxLine + 4;
    try {
      int b = readByte();
      if (b < 0) return null;
      lineNumber++;
      while (b >= 0 && b != '\n') {
        if (n >= byteBound) throw error("line longer than " + maxLine + " characters");
        if (n == bytes.length) bytes = Arrays.copyOf(bytes, (int) Math.min(byteBound + 1, 2L * n));
        bytes[n++] = (byte) b;
        b = readByte();
      }
    } catch (IOException e) {
      throw error("unreadable input (" + e.getClass().getSimpleName() + ")");
    }
    int from = 0;
    if (first) {
      first = false;
      if (n >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) from = 3;
    }
    String s;
    try {
      s = decoder.reset().decode(ByteBuffer.wrap(bytes, from, n - from)).toString();
    } catch (CharacterCodingException e) {
      throw error("not valid UTF-8");
    }
    if (s.length() > maxLine) throw error("line longer than " + maxLine + " characters");
    return s.endsWith("\r") ? s.substring(0, s.length() - 1) : s;
  }

  /** One byte from our own buffer (a BufferedInputStream locks on every read). */
  private int readByte() throws IOException {
    if (pos == limit) {
      limit = in.read(buffer, 0, buffer.length);
      pos = 0;
      if (limit <= 0) {
        limit = 0;
        return -1;
      }
    }
    return buffer[pos++] & 0xFF;
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
