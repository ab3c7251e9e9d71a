package io.github.zhibo.testkit.parties;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.zhibo.core.id.ParsePolicy;
import io.github.zhibo.core.party.DocumentType;
import io.github.zhibo.core.party.IdentityDocument;
import io.github.zhibo.core.party.LiveRoomOperator;
import io.github.zhibo.core.party.Marketer;
import io.github.zhibo.core.party.OperatorKind;
import io.github.zhibo.testkit.Seeds;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PartyGensTest {

  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
  private static final PartyGens GENS = PartyGens.on(CLOCK);

  @Test
  void operatorsOfEveryKindCarryADocumentThatFitsAndParses() {
    Set<OperatorKind> kinds = EnumSet.noneOf(OperatorKind.class);
    Seeds.all().forEach(seed -> {
      for (LiveRoomOperator op : GENS.operators().sample(seed, 100)) {
        kinds.add(op.kind());
        assertThat(op.marketEntityRegistered()).as("seed %d", seed).isEqualTo(op.kind() != OperatorKind.NATURAL_PERSON);
        assertThat(op.document().type() == DocumentType.USCC).isEqualTo(op.marketEntityRegistered());
        assertParses(op.document(), seed);
      }
    });
    assertThat(kinds).containsExactlyInAnyOrder(OperatorKind.values());
    for (OperatorKind k : OperatorKind.values()) {
      assertThat(GENS.operators(k).sample(9, 20)).allMatch(op -> op.kind() == k);
    }
  }

  @Test
  void marketersWithAndWithoutAPersona() {
    List<Marketer> mixed = GENS.marketers().sample(3, 200);
    assertThat(mixed).anyMatch(Marketer::aiPersona).anyMatch(m -> !m.aiPersona());
    assertThat(GENS.marketers(true).sample(4, 20)).allMatch(Marketer::aiPersona);
    assertThat(GENS.marketers(false).sample(4, 20)).noneMatch(Marketer::aiPersona);
    Seeds.all().forEach(seed -> GENS.marketers().sample(seed, 50).forEach(m -> {
      assertThat(m.document().type()).isNotEqualTo(DocumentType.USCC);
      assertParses(m.document(), seed);
    }));
  }

  @Test
  void agenciesSellersAndPlatformsAreValid() {
    Seeds.all().forEach(seed -> {
      GENS.agencies().sample(seed, 30).forEach(a -> assertParses(a.uscc(), seed));
      GENS.sellers().sample(seed, 30).forEach(s -> assertParses(s.document(), seed));
      GENS.platforms().sample(seed, 30).forEach(p -> assertParses(p.uscc(), seed));
    });
  }

  @Test
  void partiesDoNotShowTheirDocumentNumbers() {
    LiveRoomOperator op = GENS.operators(OperatorKind.ORGANIZATION).sample(1, 1).get(0);
    assertThat(op.toString()).doesNotContain(op.document().number());
  }

  private static void assertParses(IdentityDocument doc, long seed) {
    IdentityDocument again = IdentityDocument.parse(doc.type(), doc.number(), ParsePolicy.defaults(CLOCK));
    assertThat(again).as("%s seed %d", doc.type(), seed).isEqualTo(doc);
  }
}
