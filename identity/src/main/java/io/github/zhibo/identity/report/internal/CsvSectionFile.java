package io.github.zhibo.identity.report.internal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.List;

/**
 * One section as RFC 4180 CSV: UTF-8 without BOM, CRLF line ends, a field quoted when it holds a comma, quote
 * or line break. Values are written as they are (no formula escaping: the regulator receives the data
 * unaltered; the XLSX holds every cell as text). The SHA-256 is computed while writing. Not thread-safe.
 */
public final class CsvSectionFile implements AutoCloseable {

  private final MessageDigest digest = DigestFiles.sha256();
  private final Writer out;
  private boolean closed;

  /** Creates (or truncates) {@code file}. */
  public CsvSectionFile(Path file) throws IOException {
    this.out = new BufferedWriter(new OutputStreamWriter(
        new DigestOutputStream(Files.newOutputStream(file), digest), StandardCharsets.UTF_8), 1 << 16);
  }

  /** Writes one row. */
  public void row(List<String> values) throws IOException {
    for (int i = 0; i < values.size(); i++) {
      if (i > 0) {
        out.write(',');
      }
      field(values.get(i));
    }
    out.write("\r\n");
  }

  private void field(String v) throws IOException {
    boolean quote = false;
    for (int i = 0; i < v.length() && !quote; i++) {
      char c = v.charAt(i);
      quote = c == ',' || c == '"' || c == '\n' || c == '\r';
    }
    if (!quote) {
      out.write(v);
      return;
    }
    out.write('"');
    out.write(v.replace("\"", "\"\""));
    out.write('"');
  }

  /** Closes the file and returns its SHA-256 in hex. */
  public String finish() throws IOException {
    close();
    return DigestFiles.hex(digest);
  }

  @Override
  public void close() throws IOException {
    if (!closed) {
      closed = true;
      out.close();
    }
  }
}
