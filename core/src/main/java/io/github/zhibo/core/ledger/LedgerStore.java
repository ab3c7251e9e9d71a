package io.github.zhibo.core.ledger;

import io.github.zhibo.core.ledger.internal.InMemoryLedgerStore;
import io.github.zhibo.core.ledger.internal.JsonLinesLedgerStore;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Where ledger records live: an in-memory list, an append-only JSON-lines file, or a platform's own
 * store (a database table, an object store).
 *
 * <p>A store persists what it is given, in order; it does not validate the chain — the
 * {@link EvidenceLedger} is the chain's only author and {@link EvidenceLedger#verify()} its auditor, so a
 * store must hand back tampered records exactly as stored. The ledger calls {@link #append} from one
 * thread at a time, in sequence order. Implementations must be thread-safe: {@link #scan} and
 * {@link #last} may run concurrently with an append and must then see a prefix of the records, never a
 * partial record.
 */
public interface LedgerStore extends AutoCloseable {

  /**
   * Stores {@code record} after the current last record. When this returns, the record is visible to
   * {@link #scan} and durable to the store's policy.
   *
   * @throws LedgerException if it cannot be stored; the store then holds no part of it
   */
  void append(LedgerRecord record);

  /**
   * The last stored record; the ledger continues the chain from it when opened, so a persistent store
   * must read it back from storage when it opens.
   *
   * @throws LedgerException if the last record cannot be read (for a file: a torn or malformed last line)
   */
  Optional<LedgerRecord> last();

  /**
   * Visits the stored records in storage order until {@code visitor} returns {@code false}.
   *
   * @throws LedgerException at the first record that cannot be read, with its 1-based position, after
   *     visiting every record before it
   */
  void scan(Predicate<? super LedgerRecord> visitor);

  /** Releases the store's resources (a file lock and handle). The default does nothing. */
  @Override
  default void close() {}

  /** A store in the JVM's memory: for tests, and for a short-lived process that exports its ledger. */
  static LedgerStore inMemory() {
    return new InMemoryLedgerStore();
  }

  /** An append-only JSON-lines file, forcing every append to the device ({@link FsyncPolicy#EVERY_APPEND}). */
  static LedgerStore jsonLines(Path file) {
    return jsonLines(file, FsyncPolicy.EVERY_APPEND);
  }

  /**
   * An append-only JSON-lines file: one record per line, UTF-8, each line ending in {@code \n}. The file
   * is created if absent; an existing file is continued. The store takes an exclusive lock on the file
   * for its lifetime, so two writers (in this JVM or another) cannot interleave.
   *
   * <p>A torn last line (a write cut short by a crash) is not repaired or dropped silently: the ledger
   * refuses appends with {@link LedgerError#UNREADABLE_TAIL} and {@code verify()} reports it. An operator
   * decides what to do with the file.
   *
   * @throws LedgerException {@link LedgerError#LOCKED} if another writer holds the file,
   *     {@link LedgerError#IO_FAILURE} if it cannot be opened
   */
  static LedgerStore jsonLines(Path file, FsyncPolicy fsync) {
    return JsonLinesLedgerStore.open(file, fsync);
  }
}
