package io.github.zhibo.testkit.contract;

import io.github.zhibo.identity.schedule.DueSetStore;
import io.github.zhibo.identity.schedule.InMemoryDueSetStore;

class InMemoryDueSetStoreContractTest extends DueSetStoreContract {
  @Override
  protected DueSetStore newStore() {
    return new InMemoryDueSetStore();
  }
}
