package io.github.zhibo.core.check.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.zhibo.core.check.CheckContext;
import io.github.zhibo.core.check.Decision;
import io.github.zhibo.core.check.Finding;
import io.github.zhibo.core.check.Severity;
import io.github.zhibo.core.regulation.Obligation;
import io.github.zhibo.core.regulation.ProfileId;
import io.github.zhibo.core.regulation.RegulationProfiles;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;

class CheckModuleTest {

  final ObjectMapper mapper = new ObjectMapper().registerModule(new CheckModule());

  @Test
  void aFindingIsTheReportShape_withArticleAndPath() throws Exception {
    var ctx = CheckContext.of(RegulationProfiles.get(ProfileId.ORDER_117), Clock.systemUTC());
    Finding f = ctx.finding("PRICE.DISCOUNT_RATE", Obligation.PRICE_COMPARISON, Severity.VIOLATION, "price.discountRate")
        .path("products[0].price.displayedDiscount").build();
    assertThat(mapper.writeValueAsString(f)).isEqualTo("{\"rule\":\"PRICE.DISCOUNT_RATE\",\"article\":\"ORDER_117 Art. 32(1)\","
        + "\"severity\":\"VIOLATION\",\"path\":\"products[0].price.displayedDiscount\",\"message\":\"price.discountRate\"}");
  }

  @Test
  void absentArticleAndPathAreLeftOut_notNullOrOptional() throws Exception {
    Finding f = Finding.operational("CHECK.FAILED", ProfileId.DRAFT_2025, Severity.WARNING, "check.failed").build();
    String json = mapper.writeValueAsString(Decision.review(List.of(f)));
    assertThat(json).startsWith("{\"profile\":\"DRAFT_2025\",\"outcome\":\"REVIEW\",\"findings\":[{\"rule\":\"CHECK.FAILED\",\"severity\":\"WARNING\",\"message\":\"Check ")
        .doesNotContain("null").doesNotContain("present").doesNotContain("article").doesNotContain("path");
  }
}
