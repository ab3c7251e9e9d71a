package io.github.zhibo.blacklist.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.zhibo.blacklist.BlacklistIndex;
import io.github.zhibo.blacklist.Hit;
import io.github.zhibo.blacklist.ScreeningRecord;
import io.github.zhibo.blacklist.ScreeningResult;
import io.github.zhibo.blacklist.SubjectType;
import io.github.zhibo.blacklist.Verdict;
import io.github.zhibo.core.party.DocumentType;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Property: the decision and the entry found do not depend on how a value is typed (seeded; seed in the name). */
class FormattingInvarianceTest {

  static LongStream seeds() {
    return LongStream.range(0, 200).map(i -> 0x5EED0000L + i);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void typingNoiseChangesNothing(long seed) {
    Synth s = new Synth(seed);
    String rid = s.residentId(s.birthDate());
    String phone = s.mobile();
    String device = s.device();
    String card = s.card();
    String[] name = s.hanName();
    ScreeningRecord entry = ScreeningRecord.builder("BL1", SubjectType.PERSON).name(name[0])
        .document(DocumentType.RESIDENT_ID, rid).phones(List.of(phone)).deviceIds(List.of(device))
        .paymentAccounts(List.of(card)).build();
    BlacklistIndex index = BlacklistIndex.builder().add(entry).build();

    ScreeningResult byId = index.screen(query("Q").document(DocumentType.RESIDENT_ID, s.formatId(rid)).build());
    assertThat(byId.verdict()).as("seed %d", seed).isEqualTo(Verdict.BLOCK);
    if (rid.substring(6, 8).equals("19")) {
      String legacy = Synth.legacy15(rid);
      assertThat(index.screen(query("Q").document(DocumentType.RESIDENT_ID, s.formatId(legacy)).build()).verdict())
          .as("seed %d legacy", seed).isEqualTo(Verdict.BLOCK);
    }
    for (ScreeningRecord q : List.of(
        query("P").phones(List.of(s.formatPhone(phone))).build(),
        query("D").deviceIds(List.of(s.formatDevice(device))).build(),
        query("M").paymentAccounts(List.of(s.formatCard(card))).build())) {
      ScreeningResult r = index.screen(q);
      assertThat(r.verdict()).as("seed %d %s", seed, q.id()).isEqualTo(Verdict.REVIEW);
      assertThat(r.hits()).extracting(Hit::entryId).containsExactly("BL1");
    }
  }

  private static ScreeningRecord.Builder query(String id) {
    return ScreeningRecord.builder(id, SubjectType.PERSON).name("路人");
  }
}
