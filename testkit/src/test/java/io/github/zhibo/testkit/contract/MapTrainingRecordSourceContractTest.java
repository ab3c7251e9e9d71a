package io.github.zhibo.testkit.contract;

import io.github.zhibo.core.party.PartyId;
import io.github.zhibo.training.TrainingRecord;
import io.github.zhibo.training.spi.TrainingRecordSource;
import java.util.Map;

class MapTrainingRecordSourceContractTest extends TrainingRecordSourceContract {
  @Override
  protected TrainingRecordSource sourceOf(Map<PartyId, TrainingRecord> records) {
    return TrainingRecordSource.of(records);
  }
}
