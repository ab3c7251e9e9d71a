package io.github.zhibo.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.zhibo.core.party.PartyId;
import io.github.zhibo.core.regulation.ProfileId;
import io.github.zhibo.testkit.wire.TrainingGen;
import io.github.zhibo.training.TrainingRecord;
import io.github.zhibo.training.spi.TrainingRecordSource;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The guarantees of {@link TrainingRecordSource}: it answers with the record it holds for a marketer —
 * completions, flags and first live unchanged — and with empty for a marketer it has no record of (the gate
 * reads that as "never trained", so an unknown marketer must not come back as someone else's record); and it
 * answers consistently from many threads at once.
 *
 * <p>Extend it and implement {@link #sourceOf(Map)}: load the given records into your store and return a
 * source reading it.
 */
public abstract class TrainingRecordSourceContract {

  /** For subclasses that supply the implementation under test. */
  protected TrainingRecordSourceContract() {}

  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T02:00:00Z"), ZoneOffset.UTC);

  /** A source holding exactly {@code records}. */
  protected abstract TrainingRecordSource sourceOf(Map<PartyId, TrainingRecord> records);

  /** The seed of the generated records; override to explore others. */
  protected long seed() {
    return 20260302L;
  }

  private Map<PartyId, TrainingRecord> records(int n) {
    Map<PartyId, TrainingRecord> out = new LinkedHashMap<>();
    SplittableRandom r = new SplittableRandom(seed());
    var order = TrainingGen.on(ProfileId.ORDER_117, CLOCK).records();
    var draft = TrainingGen.on(ProfileId.DRAFT_2025, CLOCK).records();
    while (out.size() < n) {
      TrainingRecord rec = (r.nextBoolean() ? order : draft).generate(r);
      out.putIfAbsent(rec.marketer(), rec);
    }
    return out;
  }

  @Test
  void everyHeldRecordIsFoundUnchanged() {
    Map<PartyId, TrainingRecord> records = records(100);
    TrainingRecordSource source = sourceOf(records);
    records.forEach((id, rec) -> assertThat(source.find(id)).contains(rec));
  }

  @Test
  void anUnknownMarketerHasNoRecord() {
    TrainingRecordSource source = sourceOf(records(20));
    assertThat(source.find(PartyId.of("m-unknown"))).isEmpty();
    assertThat(sourceOf(Map.of()).find(PartyId.of("m-unknown"))).isEmpty();
  }

  @Test
  void concurrentReadersGetTheSameAnswers() throws InterruptedException {
    Map<PartyId, TrainingRecord> records = records(200);
    TrainingRecordSource source = sourceOf(records);
    List<PartyId> ids = List.copyOf(records.keySet());
    Concurrently.run(6, t -> {
      for (int round = 0; round < 5; round++) {
        for (PartyId id : ids) {
          assertThat(source.find(id)).contains(records.get(id));
        }
      }
      return null;
    });
  }
}
