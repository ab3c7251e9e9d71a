package io.github.zhibo.core.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.zhibo.core.regulation.ArticleRef;
import io.github.zhibo.core.regulation.LegalText;
import io.github.zhibo.core.regulation.ProfileId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FindingTest {

  static final ArticleRef ART_32 = ArticleRef.of(LegalText.ORDER_117, 32);

  @Test
  void builder_setsEveryPart() {
    var f = Finding.builder("PRICE.DISCOUNT_RATE", ProfileId.ORDER_117, ART_32, Severity.VIOLATION, "price.discountRate")
        .evidence(Evidence.of("displayedRate", EvidenceValue.of(5)))
        .path("products[0].price.displayedDiscount")
        .build();
    assertThat(f.article()).contains(ART_32);
    assertThat(f.path()).contains(JsonPath.of("products[0].price.displayedDiscount"));
    assertThat(f.isViolation()).isTrue();
    assertThat(f.toString()).contains("PRICE.DISCOUNT_RATE", "ORDER_117 Art. 32", "products[0].price.displayedDiscount");
  }

  @ParameterizedTest
  @ValueSource(strings = {"PRICE", "price.discount", "PRICE.", ".PRICE", "PRICE..RATE", "PRICE.DISCOUNT RATE", "A.B.C.D.E"})
  void rule_withWrongShape_isRejected(String rule) {
    assertThatThrownBy(() -> Finding.operational(rule, ProfileId.ORDER_117, Severity.INFO, "a.b").build())
        .isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "Price.rate", "price..rate", "price rate", "price.{0}"})
  void messageKey_withWrongShape_isRejected(String key) {
    assertThatThrownBy(() -> Finding.operational("A.B", ProfileId.ORDER_117, Severity.INFO, key).build())
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void bundledProfile_mustCiteItsOwnText() {
    assertThatThrownBy(() -> Finding.builder("A.B", ProfileId.DRAFT_2025, ART_32, Severity.INFO, "a.b").build())
        .isInstanceOf(IllegalArgumentException.class);
    var custom = Finding.builder("A.B", ProfileId.of("ACME_STRICT"), ART_32, Severity.INFO, "a.b").build();
    assertThat(custom.article()).contains(ART_32);
  }

  @Test
  void at_relocatesWithoutChangingTheRest() {
    var f = Finding.operational("A.B", ProfileId.ORDER_117, Severity.INFO, "a.b").build();
    var moved = f.at(JsonPath.of("sellers[0]").field("link"));
    assertThat(moved.path()).contains(JsonPath.of("sellers[0].link"));
    assertThat(moved.rule()).isEqualTo(f.rule());
  }

  @Test
  void toString_showsOnlyMaskedEvidence() {
    var f = Finding.operational("ID.MISMATCH", ProfileId.ORDER_117, Severity.WARNING, "id.mismatch")
        .evidence(Evidence.of("displayedId", EvidenceValue.masked("110105199003071234")))
        .build();
    assertThat(f.toString()).doesNotContain("110105199003071234").doesNotContain("1101").contains("34");
  }
}
