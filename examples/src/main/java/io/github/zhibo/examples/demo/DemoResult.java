package io.github.zhibo.examples.demo;

import java.util.List;
import java.util.Objects;

/**
 * What a demo run produced.
 *
 * @param summary the aligned, human-readable summary (what {@code zhibo demo} prints); the same for the
 *     same configuration and seed, whatever the output directory
 * @param ledgerRecords how many records the evidence ledger holds
 * @param ledgerHeadHash the hash of the ledger's last record
 * @param ledgerVerified whether the ledger file, read back from disk, verified
 * @param files the files written, relative to the output directory, in the order written
 */
public record DemoResult(String summary, long ledgerRecords, String ledgerHeadHash, boolean ledgerVerified,
    List<String> files) {
  /** Validates the parts. */
  public DemoResult {
    Objects.requireNonNull(summary, "summary");
    Objects.requireNonNull(ledgerHeadHash, "ledgerHeadHash");
    files = List.copyOf(files);
  }
}
