package io.github.zhibo.disclosure.price;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DiscountTextTest {

  @ParameterizedTest
  @CsvSource({
    "5折, 500, 100", "8.5折, 850, 10", "8.55折, 855, 1", "85折, 850, 10", "90折, 900, 100", "八五折, 850, 10",
    "八点五折, 850, 10", "九五折, 950, 10", "五折, 500, 100", "对折, 500, 100", "半价, 500, 100", "0.1折, 10, 10",
    "省20%, 800, 10", "20% off, 800, 10", "降15%, 850, 10", "５折, 500, 100", "3折起, 300, 100", "低至3折, 300, 100"
  })
  void ratios(String text, int permille, int step) {
    var d = DiscountText.parse(text).orElseThrow();
    assertThat(d).isInstanceOf(DisplayedDiscount.Ratio.class);
    var r = (DisplayedDiscount.Ratio) d;
    assertThat(r.payPermille()).isEqualTo(permille);
    assertThat(r.step()).isEqualTo(step);
  }

  @ParameterizedTest
  @ValueSource(strings = {"10折", "0折", "100折", "4.975折", "05折", "85.5折", "折", "", "超值", "-5折"})
  void rejects(String text) {
    assertThat(DiscountText.parse(text)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({"立减100元, 10000", "直降20元, 2000", "省5.5元, 550", "立减¥30, 3000"})
  void reductions(String text, long fen) {
    assertThat(DiscountText.parse(text)).isEqualTo(Optional.of(new DisplayedDiscount.Reduction(fen)));
  }

  @ParameterizedTest
  @CsvSource({"¥99, 9900", "'￥1,299.00', 129900", "99元, 9900", "9块9, 990", "9.9万, 9900000", "到手价69元, 6900",
      "¥0.5, 50", "５角, 50", "99元/件, 9900"})
  void money(String text, long fen) {
    assertThat(MoneyText.parseFen(text)).isEqualTo(OptionalLong.of(fen));
  }

  @ParameterizedTest
  @ValueSource(strings = {"¥99.999", "-5元", "1e3", "", "元", "abc"})
  void badMoney(String text) {
    assertThat(MoneyText.parseFen(text)).isEmpty();
  }
}
