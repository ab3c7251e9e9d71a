package io.github.zhibo.testkit.contract;

import io.github.zhibo.core.env.Environment;
import io.github.zhibo.core.ledger.EvidenceLedger;
import io.github.zhibo.core.ledger.LedgerStore;
import io.github.zhibo.identity.archive.InMemoryRegistrationArchive;
import io.github.zhibo.identity.archive.RegistrationArchive;
import java.time.Clock;

class InMemoryRegistrationArchiveContractTest extends RegistrationArchiveContract {
  @Override
  protected RegistrationArchive newArchive(Clock clock) {
    EvidenceLedger ledger = EvidenceLedger.builder().store(LedgerStore.inMemory()).clock(clock).build();
    return InMemoryRegistrationArchive.builder().ledger(ledger).environment(Environment.of(clock)).build();
  }
}
