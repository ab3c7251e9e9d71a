package io.github.zhibo.testkit.contract;

import io.github.zhibo.tiering.spi.ComplianceRecordStore;

class InMemoryComplianceRecordStoreContractTest extends ComplianceRecordStoreContract {
  @Override
  protected ComplianceRecordStore newStore() {
    return ComplianceRecordStore.inMemory();
  }
}
