package io.github.zhibo.core.party;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.zhibo.core.id.ParsePolicy;
import jakarta.validation.Validation;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PartiesTest {

  static final ParsePolicy POLICY = ParsePolicy.defaults(Clock.fixed(Instant.parse("2026-03-01T00:00:00Z"), ZoneId.of("Asia/Shanghai")));
  static final String PERSON_ID = "11010519491231002X";
  static final String USCC = "91350100M000100Y43";

  static IdentityDocument person() {
    return IdentityDocument.parse(DocumentType.RESIDENT_ID, PERSON_ID, POLICY);
  }

  static IdentityDocument uscc() {
    return IdentityDocument.parse(DocumentType.USCC, USCC, POLICY);
  }

  @Test
  void documentsParseThroughCoreIds_andNeverShowTheNumber() {
    IdentityDocument doc = person();
    assertThat(doc.number()).isEqualTo(PERSON_ID);
    assertThat(doc.toString()).doesNotContainPattern("\\d{6}").endsWith("2X");
    assertThatThrownBy(() -> IdentityDocument.parse(DocumentType.RESIDENT_ID, "110105194912310021", POLICY))
        .isInstanceOf(IllegalArgumentException.class)
        .message().doesNotContain("110105");
    assertThat(IdentityDocument.parse(DocumentType.PASSPORT, "e 1234-5678", POLICY).number()).isEqualTo("E12345678");
  }

  @Test
  void operatorKindsFitTheirDocuments() {
    var registered = new LiveRoomOperator(PartyId.of("op-1"), OperatorKind.ORGANIZATION, true, "某某公司", uscc(),
        "福州市", "0591-1234", List.of("acct:1"), Optional.empty(), List.of());
    assertThat(registered.role()).isEqualTo(PartyRole.LIVE_ROOM_OPERATOR);
    assertThat(registered.toString()).doesNotContain("福州").doesNotContain("某某").doesNotContainPattern("\\d{6}");
    assertThatThrownBy(() -> new LiveRoomOperator(PartyId.of("op-2"), OperatorKind.NATURAL_PERSON, false, "张三", uscc(),
        "北京市", "138", List.of(), Optional.empty(), List.of())).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new LiveRoomOperator(PartyId.of("op-3"), OperatorKind.INDIVIDUAL_BUSINESS, false, "张三",
        uscc(), "北京市", "138", List.of(), Optional.empty(), List.of())).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void marketersArePersons_aiPersonasFlagged_andNothingPersonalIsPrinted() {
    var m = new Marketer(PartyId.of("m-1"), "李四", person(), "上海市", "13800138000", Optional.of(PartyId.of("ag-1")),
        List.of("执业药师"), Optional.of("主播"), true);
    assertThat(m.toString()).contains("AI persona").doesNotContain("李四").doesNotContain("13800138000").doesNotContain("上海");
    assertThatThrownBy(() -> new Marketer(PartyId.of("m-2"), "李四", uscc(), "上海市", "138", Optional.empty(), List.of(),
        Optional.empty(), false)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void jakartaConstraintsAreDeclaredOnTheComponents() {
    try (var factory = Validation.buildDefaultValidatorFactory()) {
      var agency = new MarketerAgency(PartyId.of("ag-1"), "某机构", uscc(), "浙江省", "杭州市", "杭州市西湖区", "0571");
      assertThat(factory.getValidator().validate(agency)).isEmpty();
      assertThat(agency.toString()).doesNotContain("西湖");
    }
  }

  @Test
  void blankOrMissingPartsAreRejected() {
    assertThatThrownBy(() -> new Seller(PartyId.of("s-1"), " ", uscc(), "x", "y", List.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Platform(PartyId.of("p"), "平台", person(), "浙江省"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> PartyId.of("has space")).isInstanceOf(IllegalArgumentException.class);
  }
}
