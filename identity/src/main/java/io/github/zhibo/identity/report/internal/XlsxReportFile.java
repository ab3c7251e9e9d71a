package io.github.zhibo.identity.report.internal;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The report workbook, written through POI's streaming SXSSF: only a window of rows per sheet is in memory,
 * the rest goes to compressed temporary files, so a 10M-row archive does not load into the heap. Rows of
 * different sheets may be interleaved. Every cell is a string cell. Not thread-safe.
 */
public final class XlsxReportFile implements AutoCloseable {

  /** The most characters a cell holds. */
  public static final int MAX_CELL_CHARS = 32_767;

  private final SXSSFWorkbook workbook;
  private final Map<String, SXSSFSheet> sheets = new HashMap<>();
  private final Map<String, Integer> nextRow = new HashMap<>();
  private boolean closed;

  /** A workbook keeping {@code window} rows of each sheet in memory. */
  public XlsxReportFile(int window) {
    this.workbook = new SXSSFWorkbook(window);
    workbook.setCompressTempFiles(true);
  }

  /** Adds a sheet, in order. */
  public void sheet(String name) {
    sheets.put(name, workbook.createSheet(name));
    nextRow.put(name, 0);
  }

  /** Appends a row to {@code sheet}. */
  public void row(String sheet, List<String> values) {
    int n = nextRow.merge(sheet, 1, Integer::sum) - 1;
    Row row = sheets.get(sheet).createRow(n);
    for (int i = 0; i < values.size(); i++) {
      row.createCell(i).setCellValue(values.get(i));
    }
  }

  /** Writes the workbook to {@code file}, releases the temporary files, and returns the file's SHA-256 in hex. */
  public String finish(Path file) throws IOException {
    MessageDigest digest = DigestFiles.sha256();
    try (OutputStream out = new BufferedOutputStream(new DigestOutputStream(Files.newOutputStream(file), digest),
        1 << 16)) {
      workbook.write(out);
    } finally {
      close();
    }
    return DigestFiles.hex(digest);
  }

  @Override
  public void close() throws IOException {
    if (!closed) {
      closed = true;
      workbook.close();
    }
  }
}
