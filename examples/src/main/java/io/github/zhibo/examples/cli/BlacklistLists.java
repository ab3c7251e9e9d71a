package io.github.zhibo.examples.cli;

import io.github.zhibo.blacklist.BlacklistIndex;
import io.github.zhibo.blacklist.ConsortiumKey;
import io.github.zhibo.blacklist.RecordFormatException;
import io.github.zhibo.blacklist.ScreeningRecord;
import io.github.zhibo.blacklist.ScreeningRecords;
import io.github.zhibo.blacklist.SharedListFormatException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.function.Consumer;

/** File handling shared by {@code screen} and {@code blacklist export-shared}: key files and list files. */
final class BlacklistLists {

  private static final long MAX_KEY_FILE = 64 * 1024;
  private static final long PROGRESS_EVERY = 100_000;

  private BlacklistLists() {}

  /** Reads a key file; problems are bad input naming the option, never the key. */
  static ConsortiumKey key(Path file, PrintWriter err) {
    ConsortiumKey k = key(file);
    if (k.isShort()) err.println("zhibo: warning: --key-file: key shorter than 32 bytes; use 32 random bytes");
    return k;
  }

  static ConsortiumKey key(Path file) {
    try {
      if (Files.size(file) > MAX_KEY_FILE) throw new BadInputException("--key-file: larger than 64 KiB");
      var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT);
      String text = decoder.decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString();
      if (!text.isEmpty() && text.charAt(0) == '\uFEFF') text = text.substring(1);
      return ConsortiumKey.fromJson(text);
    } catch (NoSuchFileException e) {
      throw new BadInputException("--key-file: no such file");
    } catch (CharacterCodingException e) {
      throw new BadInputException("--key-file: not valid UTF-8");
    } catch (IOException e) {
      throw new BadInputException("--key-file: cannot read the file (" + e.getClass().getSimpleName() + ")");
    } catch (IllegalArgumentException e) {
      throw new BadInputException("--key-file: " + e.getMessage());
    }
  }

  /** Calls {@code each} with every entry of a plain list file (DESIGN.md §5.1 records). */
  static long forEachEntry(Path file, PrintWriter err, Consumer<ScreeningRecord> each) {
    long n = 0;
    try (LineSource in = LineSource.open(file, "--blacklist")) {
      for (String line = in.next(); line != null; line = in.next()) {
        ScreeningRecord r;
        try {
          r = ScreeningRecords.parse(line);
        } catch (RecordFormatException e) {
          throw in.error(e.getMessage());
        }
        each.accept(r);
        if (++n % PROGRESS_EVERY == 0) err.println("blacklist: " + n + " entries read");
      }
    }
    return n;
  }

  /** Adds every entry of a plain list file to {@code builder}, normalising batches in parallel. */
  static long addPlain(Path file, BlacklistIndex.Builder builder, PrintWriter err) {
    java.util.List<ScreeningRecord> batch = new java.util.ArrayList<>(BATCH);
    long n = forEachEntry(file, err, r -> {
      batch.add(r);
      if (batch.size() == BATCH) {
        builder.addAll(batch);
        batch.clear();
      }
    });
    builder.addAll(batch);
    return n;
  }

  private static final int BATCH = 8192;

  /** Adds every line of a shared-token list file to {@code builder}. */
  static long addShared(Path file, BlacklistIndex.Builder builder, PrintWriter err) {
    long n = 0;
    try (LineSource in = LineSource.open(file, "--shared")) {
      for (String line = in.next(); line != null; line = in.next()) {
        try {
          builder.addShared(line);
        } catch (SharedListFormatException e) {
          throw in.error(e.getMessage());
        }
        if (++n % PROGRESS_EVERY == 0) err.println("shared list: " + n + " entries read");
      }
    }
    return n;
  }
}
