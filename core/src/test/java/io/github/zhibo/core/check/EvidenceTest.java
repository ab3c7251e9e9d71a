package io.github.zhibo.core.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EvidenceTest {

  @ParameterizedTest
  @ValueSource(strings = {"110105199003071234", "11010519900307123X", "110105900307123", "13800138000",
      "ID_110105199003071234", "tel-13800138000"})
  void code_thatLooksLikeAPhoneOrIdNumber_isRejected(String raw) {
    assertThatThrownBy(() -> EvidenceValue.code(raw))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageNotContaining(raw);
  }

  @ParameterizedTest
  @ValueSource(strings = {"张伟", "Zhang Wei", "", "a b", "{0}"})
  void code_withFreeText_isRejected(String raw) {
    assertThatThrownBy(() -> EvidenceValue.code(raw)).isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"FOOD_BUSINESS", "ZB-ID-0003", "P6M", "110000", "price.displayedDiscount"})
  void code_fromVocabulary_isAccepted(String code) {
    assertThat(EvidenceValue.code(code).display()).isEqualTo(code);
  }

  @ParameterizedTest
  @ValueSource(strings = {"id:110105199003071234", "tel:13800138000", "110105199003071234", "acct:", "ACCT:1"})
  void token_thatIsRawOrMalformed_isRejected(String raw) {
    assertThatThrownBy(() -> EvidenceValue.token(raw)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageNotContaining(raw);
  }

  @Test
  void token_ofKeyedHash_isAcceptedAndAbbreviated() {
    String hmac = "hmac:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
    var token = EvidenceValue.token(hmac);
    assertThat(token.toString()).isEqualTo("hmac:9f86…").doesNotContain(hmac.substring(10));
  }

  @Test
  void masked_keepsOnlyTheLastTwoCharactersOfLongValues() {
    assertThat(EvidenceValue.masked("110105199003071234").display()).isEqualTo("****************34");
    assertThat(EvidenceValue.masked("张伟").display()).isEqualTo("**");
    assertThat(EvidenceValue.masked("13800138000").display()).isEqualTo("*********00");
    assertThat(EvidenceValue.masked("").display()).isEqualTo("*");
  }

  @ParameterizedTest
  @ValueSource(strings = {"110105199003071234", "*110105199003071234", "**a*", "张伟", "", "*****************"})
  void maskedConstructor_rejectsUnmaskedText(String value) {
    assertThatThrownBy(() -> new EvidenceValue.Masked(value)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void builder_keepsInsertionOrder_andRejectsDuplicatesAndBadKeys() {
    var e = Evidence.builder().put("zeta", 1).put("alpha", true).put("day", LocalDate.of(2026, 2, 1))
        .put("rate", new BigDecimal("0.50")).put("kind", Severity.WARNING).build();
    assertThat(e.asMap().keySet()).containsExactly("zeta", "alpha", "day", "rate", "kind");
    assertThat(e.get("kind")).contains(EvidenceValue.code("WARNING"));
    assertThatThrownBy(() -> Evidence.builder().put("a", 1).put("a", 2)).isInstanceOf(IllegalArgumentException.class);
    for (String bad : new String[] {"Alpha", "a-b", "path", "rule", "article", "profile", "x".repeat(41)}) {
      assertThatThrownBy(() -> Evidence.builder().put(bad, 1)).as(bad).isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void equality_dependsOnOrder() {
    var ab = Evidence.builder().put("a", 1).put("b", 2).build();
    var ba = Evidence.builder().put("b", 2).put("a", 1).build();
    assertThat(ab).isNotEqualTo(ba).isEqualTo(Evidence.builder().put("a", 1).put("b", 2).build());
  }

  @Test
  void quantity_mustBeFinite() {
    assertThatThrownBy(() -> EvidenceValue.of(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    assertThat(EvidenceValue.of(0.5).display()).isEqualTo(new BigDecimal("0.5"));
  }

  @Test
  void jsonPath_buildsAndValidates() {
    assertThat(JsonPath.of("products").index(0).field("price").field("displayedDiscount").value())
        .isEqualTo("products[0].price.displayedDiscount");
    for (String bad : new String[] {"", "a.", "a[01]", "a[-1]", "a..b", "张伟", "a b"}) {
      assertThatThrownBy(() -> JsonPath.of(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
    }
  }
}
