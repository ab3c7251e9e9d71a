package io.github.zhibo.testkit.contract;

import io.github.zhibo.core.ledger.FsyncPolicy;
import io.github.zhibo.core.ledger.LedgerStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.io.TempDir;

class JsonLinesLedgerStoreContractTest extends LedgerStoreContract {
  @TempDir Path dir;
  private Path last;

  @Override
  protected LedgerStore newStore() {
    try {
      last = Files.createTempFile(dir, "ledger", ".jsonl");
      return LedgerStore.jsonLines(last, FsyncPolicy.OS_DEFAULT);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  protected Optional<LedgerStore> reopenLast() {
    return Optional.of(LedgerStore.jsonLines(last, FsyncPolicy.OS_DEFAULT));
  }
}
