package io.github.zhibo.testkit.contract;

import io.github.zhibo.core.ledger.FsyncPolicy;
import io.github.zhibo.core.ledger.LedgerStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

class JsonLinesLedgerStoreContractTest extends LedgerStoreContract {
  @TempDir Path dir;

  @Override
  protected LedgerStore newStore() {
    try {
      return LedgerStore.jsonLines(Files.createTempFile(dir, "ledger", ".jsonl"), FsyncPolicy.OS_DEFAULT);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
