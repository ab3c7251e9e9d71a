package io.github.zhibo.testkit.contract;

import io.github.zhibo.core.ledger.LedgerStore;

class InMemoryLedgerStoreContractTest extends LedgerStoreContract {
  @Override
  protected LedgerStore newStore() {
    return LedgerStore.inMemory();
  }
}
