package io.github.zhibo.disclosure.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextsTest {

  @ParameterizedTest
  @ValueSource(strings = {"110105199003071234", "身份证11010519900307123X", "110105 19900307 1234", "１１０１０５１９９００３０７１２３４",
      "110105900307123"})
  void fullIdNumbers(String s) {
    assertThat(Texts.containsFullIdNumber(s)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"1101**********1234", "13800138000", "13800138000 13900139000", "0571-88880000", "JY13301060000001",
      "91330106MA27XY3K2M", "杭州市西湖区文三路1号"})
  void notFullIdNumbers(String s) {
    assertThat(Texts.containsFullIdNumber(s)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"某某（北京）有限公司|某某(北京)有限公司", "ＡＢＣ 公司|abc公司", "某某·商行|某某商行"})
  void sameNames(String pair) {
    String[] p = pair.split("\\|");
    assertThat(Texts.sameName(p[0], p[1])).isTrue();
  }
}
