package io.github.zhibo.core.id;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IdentifiersTest {

  @Test
  void detect_residentIdThatIsAlsoAUscc_reportsBoth() {
    // Constructed: a resident ID (region 113201) whose characters also satisfy mod 31 and GB 11714
    // as a USCC (authority 1, category 1, region 320119): the hutool#1367 situation.
    String both = findCollision();
    assertThat(Identifiers.detect(both, Fixtures.DEFAULTS))
        .containsExactly(IdKind.RESIDENT_ID, IdKind.USCC);
  }

  @Test
  void detect_hmtPermit_isNeverAResidentId() {
    assertThat(Identifiers.detect("810000199408230021", Fixtures.DEFAULTS)).containsExactly(IdKind.HMT_PERMIT);
    assertThat(Identifiers.detect("932682198501010017", Fixtures.DEFAULTS))
        .containsExactly(IdKind.FOREIGN_PERMANENT_RESIDENT_ID);
  }

  @Test
  void detect_garbage_isEmpty() {
    assertThat(Identifiers.detect("hello", Fixtures.DEFAULTS)).isEmpty();
    assertThat(Identifiers.detect("", Fixtures.DEFAULTS)).isEmpty();
  }

  @Test
  void detect_fifteenDigits_isLegacyOnly() {
    assertThat(Identifiers.detect("610104620927690", Fixtures.DEFAULTS)).containsExactly(IdKind.RESIDENT_ID_15);
  }

  private static String findCollision() {
    for (int seq = 0; seq < 1000; seq++) {
      for (int day = 1; day <= 28; day++) {
        String body = String.format(java.util.Locale.ROOT, "113201199001%02d%03d", day, seq);
        String id = body + ResidentIdNumber.checkCharacter(body);
        if (UnifiedSocialCreditCode.isValid(id, Fixtures.DEFAULTS)) {
          return id;
        }
      }
    }
    throw new AssertionError("no collision in the search space");
  }
}
