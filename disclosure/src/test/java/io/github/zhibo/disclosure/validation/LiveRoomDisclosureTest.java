package io.github.zhibo.disclosure.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.zhibo.core.check.Finding;
import io.github.zhibo.disclosure.json.SnapshotJson;
import io.github.zhibo.disclosure.model.LiveRoomSnapshot;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Set;
import org.hibernate.validator.engine.HibernateConstraintViolation;
import org.junit.jupiter.api.Test;

class LiveRoomDisclosureTest {

  private static final Validator VALIDATOR = DisclosureValidation.validator();

  /** A platform DTO validated at class level. */
  @LiveRoomDisclosure(profile = "DRAFT_2025")
  record DraftRoom(LiveRoomSnapshot liveRoomSnapshot) implements LiveRoomSnapshotSource {}

  @LiveRoomDisclosure
  record OrderRoom(LiveRoomSnapshot liveRoomSnapshot) implements LiveRoomSnapshotSource {}

  /** A title with an absolute term whose text would be an EL expression if it ever reached a template. */
  private static final LiveRoomSnapshot SNAPSHOT = SnapshotJson.read(
      "{\"products\":[{\"name\":\"龙井茶\",\"spec\":\"250g\",\"pricingUnit\":\"元/盒\",\"price\":{\"actualFen\":9900,"
          + "\"comparedFen\":19900,\"comparedMeaningDisclosed\":true,\"displayedDiscount\":\"4.9折\"}}],"
          + "\"texts\":[{\"field\":\"liveRoomTitle\",\"text\":\"${1+1} 全网最佳\"}]}");

  @Test
  void eachViolationCarriesPathTemplateAndFinding() {
    Set<ConstraintViolation<OrderRoom>> violations = VALIDATOR.validate(new OrderRoom(SNAPSHOT));
    assertThat(violations).extracting(v -> v.getPropertyPath().toString())
        .containsExactlyInAnyOrder("products[0].price.displayedDiscount", "texts[0]");
    for (var v : violations) {
      Finding f = payload(v);
      assertThat(f).isNotNull();
      assertThat(f.article().orElseThrow().toString()).startsWith("ORDER_117 Art.");
      assertThat(v.getMessage()).doesNotContain("${").doesNotContain("2 ").isNotBlank().doesNotStartWith("{");
    }
  }

  @Test
  void profileComesFromTheAnnotation() {
    var violations = VALIDATOR.validate(new DraftRoom(SNAPSHOT));
    assertThat(violations).extracting(v -> payload(v).article().orElseThrow().toString()).contains("DRAFT_2025 Art. 27(1)", "DRAFT_2025 Art. 29(1)");
  }

  private static Finding payload(ConstraintViolation<?> v) {
    HibernateConstraintViolation<?> h = v.unwrap(HibernateConstraintViolation.class);
    return h.getDynamicPayload(Finding.class);
  }

  @Test
  void aPassingSnapshotIsValid() {
    assertThat(VALIDATOR.validate(new OrderRoom(SnapshotJson.read("{\"texts\":[{\"text\":\"第一次直播\"}]}")))).isEmpty();
    assertThat(VALIDATOR.validate(new OrderRoom(null))).isEmpty();
  }
}
