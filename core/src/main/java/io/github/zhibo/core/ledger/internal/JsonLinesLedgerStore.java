package io.github.zhibo.core.ledger.internal;

import io.github.zhibo.core.ledger.FsyncPolicy;
import io.github.zhibo.core.ledger.LedgerError;
import io.github.zhibo.core.ledger.LedgerException;
import io.github.zhibo.core.ledger.LedgerRecord;
import io.github.zhibo.core.ledger.LedgerStore;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * An append-only JSON-lines ledger file (format in {@link JsonLine}).
 *
 * <p>Each append is one positional write of a whole line at the end of the committed bytes, then an
 * optional force. A failed write is rolled back by truncating to the committed size; if even that fails
 * the store refuses further appends rather than risk a line glued to a fragment. Reads use positional
 * reads on the same channel (so they also work where file locks are mandatory) and stop at the size
 * committed when the read began, so they never see a half-written line of a concurrent append.
 *
 * <p>Thread-safe: appends, the tail and the committed size are guarded by one monitor; reads take it only
 * to snapshot the size. The exclusive file lock keeps other processes (and other stores in this JVM) out.
 */
public final class JsonLinesLedgerStore implements LedgerStore {

  /** Longest accepted line; a maximal payload (32 × 4096 characters, escaped) stays below it. */
  static final int MAX_LINE_BYTES = 1 << 20;

  private static final int CHUNK = 8192;

  private final FileChannel channel;
  private final FileLock lock;
  private final FsyncPolicy fsync;
  private final Object mutex = new Object();
  private long committed;
  private @Nullable LedgerRecord tail;
  private @Nullable LedgerException tailProblem;
  private boolean broken;
  private boolean closed;

  private JsonLinesLedgerStore(FileChannel channel, FileLock lock, FsyncPolicy fsync) throws IOException {
    this.channel = channel;
    this.lock = lock;
    this.fsync = fsync;
    this.committed = channel.size();
    try {
      this.tail = readTail();
    } catch (LedgerException e) {
      this.tailProblem = e;
    }
  }

  /** Opens (creating if absent) and locks {@code file}. */
  public static JsonLinesLedgerStore open(Path file, FsyncPolicy fsync) {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(fsync, "fsync");
    FileChannel ch;
    try {
      ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
    } catch (IOException e) {
      throw new LedgerException(LedgerError.IO_FAILURE, "cannot open the ledger file", e);
    }
    try {
      FileLock lock = tryLock(ch);
      if (lock == null) {
        closeQuietly(ch);
        throw new LedgerException(LedgerError.LOCKED, "the ledger file is held by another writer", null);
      }
      return new JsonLinesLedgerStore(ch, lock, fsync);
    } catch (IOException e) {
      closeQuietly(ch);
      throw new LedgerException(LedgerError.IO_FAILURE, "cannot lock or read the ledger file", e);
    }
  }

  private static @Nullable FileLock tryLock(FileChannel ch) throws IOException {
    try {
      return ch.tryLock();
    } catch (OverlappingFileLockException e) {
      return null;
    }
  }

  @Override
  public void append(LedgerRecord record) {
    byte[] line = (JsonLine.write(record) + "\n").getBytes(StandardCharsets.UTF_8);
    if (line.length > MAX_LINE_BYTES) {
      throw new LedgerException(LedgerError.RECORD_TOO_LARGE, "record encodes to " + line.length + " bytes", null);
    }
    synchronized (mutex) {
      requireWritable();
      try {
        writeFully(ByteBuffer.wrap(line), committed);
        if (fsync == FsyncPolicy.EVERY_APPEND) {
          channel.force(false);
        }
      } catch (IOException e) {
        rollBack();
        throw new LedgerException(LedgerError.IO_FAILURE, "cannot write record " + record.sequence(), e);
      }
      committed += line.length;
      tail = record;
    }
  }

  private void requireWritable() {
    if (closed) {
      throw new LedgerException(LedgerError.CLOSED, "the ledger store is closed", null);
    }
    if (broken) {
      throw new LedgerException(LedgerError.STORE_BROKEN, "an earlier write could not be rolled back", null);
    }
    if (tailProblem != null) {
      throw new LedgerException(LedgerError.UNREADABLE_TAIL,
          "the last line is unreadable (" + tailProblem.code().id() + "); verify the ledger", tailProblem);
    }
  }

  private void writeFully(ByteBuffer buf, long position) throws IOException {
    long at = position;
    while (buf.hasRemaining()) {
      at += channel.write(buf, at);
    }
  }

  private void rollBack() {
    try {
      channel.truncate(committed);
    } catch (IOException e) {
      broken = true;
    }
  }

  @Override
  public Optional<LedgerRecord> last() {
    synchronized (mutex) {
      if (tailProblem != null) {
        throw tailProblem;
      }
      return Optional.ofNullable(tail);
    }
  }

  /** Reads the last line from the end of the file: O(line length), however long the ledger. */
  private @Nullable LedgerRecord readTail() throws IOException {
    if (committed == 0) {
      return null;
    }
    long end = committed - 1;
    if (readByte(end) != '\n') {
      throw new LedgerException(LedgerError.TORN_TAIL, "the last line has no line terminator", null);
    }
    long start = end;
    while (start > 0 && readByte(start - 1) != '\n') {
      start--;
      if (end - start > MAX_LINE_BYTES) {
        throw new LedgerException(LedgerError.MALFORMED_RECORD, "the last line is too long", null);
      }
    }
    ByteBuffer buf = ByteBuffer.allocate((int) (end - start));
    while (buf.hasRemaining()) {
      if (channel.read(buf, start + buf.position()) < 0) {
        throw new IOException("file shrank while reading");
      }
    }
    return parse(buf.array(), buf.limit(), 0);
  }

  private int readByte(long position) throws IOException {
    ByteBuffer one = ByteBuffer.allocate(1);
    if (channel.read(one, position) != 1) {
      throw new IOException("file shrank while reading");
    }
    return one.get(0);
  }

  @Override
  public void scan(Predicate<? super LedgerRecord> visitor) {
    long limit;
    synchronized (mutex) {
      if (closed) {
        throw new LedgerException(LedgerError.CLOSED, "the ledger store is closed", null);
      }
      limit = committed;
    }
    try {
      scanTo(limit, visitor);
    } catch (IOException e) {
      throw new LedgerException(LedgerError.IO_FAILURE, "cannot read the ledger file", e);
    }
  }

  private void scanTo(long limit, Predicate<? super LedgerRecord> visitor) throws IOException {
    ByteBuffer chunk = ByteBuffer.allocate(CHUNK);
    var line = new ByteArrayOutputStream(512);
    long lineNo = 1;
    for (long pos = 0; pos < limit; ) {
      chunk.clear().limit((int) Math.min(CHUNK, limit - pos));
      int n = channel.read(chunk, pos);
      if (n <= 0) {
        throw new IOException("file shrank while reading");
      }
      pos += n;
      byte[] bytes = chunk.array();
      for (int k = 0; k < n; k++) {
        if (bytes[k] != '\n') {
          line.write(bytes[k]);
          if (line.size() > MAX_LINE_BYTES) {
            throw new LedgerException(LedgerError.MALFORMED_RECORD, lineNo, "line too long", null);
          }
          continue;
        }
        if (!visitor.test(parse(line.toByteArray(), line.size(), lineNo))) {
          return;
        }
        line.reset();
        lineNo++;
      }
    }
    if (line.size() > 0) {
      throw new LedgerException(LedgerError.TORN_TAIL, lineNo, "the last line has no line terminator", null);
    }
  }

  private static LedgerRecord parse(byte[] bytes, int length, long lineNo) {
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, 0, length))
          .toString();
    } catch (CharacterCodingException e) {
      throw new LedgerException(LedgerError.MALFORMED_RECORD, lineNo, "not valid UTF-8", null);
    }
    try {
      return JsonLine.read(text);
    } catch (RuntimeException e) {
      // Parser and record validation messages name fields and columns, never content.
      throw new LedgerException(LedgerError.MALFORMED_RECORD, lineNo, String.valueOf(e.getMessage()), null);
    }
  }

  @Override
  public void close() {
    synchronized (mutex) {
      if (closed) {
        return;
      }
      closed = true;
      try {
        lock.release();
      } catch (IOException e) {
        // Closing the channel releases the lock as well.
      }
      closeQuietly(channel);
    }
  }

  private static void closeQuietly(FileChannel ch) {
    try {
      ch.close();
    } catch (IOException e) {
      // Nothing to recover: the handle is gone either way.
    }
  }

  @Override
  public String toString() {
    return "JsonLinesLedgerStore[" + fsync + "]";
  }
}
