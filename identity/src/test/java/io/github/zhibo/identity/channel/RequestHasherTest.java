package io.github.zhibo.identity.channel;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.zhibo.identity.channel.internal.CacheKey;
import io.github.zhibo.identity.channel.internal.RequestHasher;
import java.time.LocalDate;
import java.util.HashSet;
import org.junit.jupiter.api.Test;

class RequestHasherTest {

  @Test
  void equalRequestsShareAKeyAndTheKeyShowsNoIdentityData() {
    var hasher = new RequestHasher();
    var doc = TestIds.residentDoc(LocalDate.of(1990, 1, 1), 1);
    CacheKey a = hasher.keyOf(new VerificationRequest.PersonCheck("张三", doc));
    CacheKey b = hasher.keyOf(new VerificationRequest.PersonCheck("张三", doc));
    assertThat(a).isEqualTo(b);
    assertThat(a.toString()).doesNotContain(doc.number(), "张三").doesNotContainPattern("\\d{11,}");
  }

  @Test
  void twoHashersDisagreeBecauseEachHasItsOwnSecret() {
    var doc = TestIds.residentDoc(LocalDate.of(1990, 1, 1), 1);
    var r = new VerificationRequest.PersonCheck("张三", doc);
    assertThat(new RequestHasher().keyOf(r)).isNotEqualTo(new RequestHasher().keyOf(r));
  }

  @Test
  void fieldBoundariesDoNotCollide() {
    var hasher = new RequestHasher();
    var keys = new HashSet<CacheKey>();
    var doc = TestIds.residentDoc(LocalDate.of(1990, 1, 1), 1);
    for (int i = 0; i < 2000; i++) {
      keys.add(hasher.keyOf(new VerificationRequest.PersonCheck("n" + i, doc)));
    }
    keys.add(hasher.keyOf(new VerificationRequest.LivenessCheck("n1", doc, CaptureRef.of("c"))));
    assertThat(keys).hasSize(2001);
  }
}
