package io.github.zhibo.core.id.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.github.zhibo.core.id.ForeignPermanentResidentIdNumber;
import io.github.zhibo.core.id.HmtResidencePermitNumber;
import io.github.zhibo.core.id.LegacyResidentIdNumber;
import io.github.zhibo.core.id.MobileNumber;
import io.github.zhibo.core.id.ParsePolicy;
import io.github.zhibo.core.id.ResidentIdNumber;
import io.github.zhibo.core.id.UnifiedSocialCreditCode;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class IdentifierModuleTest {

  private static final ParsePolicy POLICY = ParsePolicy.defaults(
      Clock.fixed(Instant.parse("2026-11-28T04:00:00Z"), ZoneId.of("Asia/Shanghai")));
  private final ObjectMapper mapper = new ObjectMapper().registerModule(new IdentifierModule(POLICY));

  record Operator(
      ResidentIdNumber id,
      LegacyResidentIdNumber oldId,
      HmtResidencePermitNumber hmt,
      ForeignPermanentResidentIdNumber foreigner,
      UnifiedSocialCreditCode uscc,
      MobileNumber mobile) {}

  @Test
  void roundTrip_writesCanonicalStringsAndReadsThemBack() throws Exception {
    Operator op = new Operator(
        ResidentIdNumber.parse("11010519491231002x", POLICY),
        LegacyResidentIdNumber.parse("610104620927690", POLICY),
        HmtResidencePermitNumber.parse("830000199201300022", POLICY),
        ForeignPermanentResidentIdNumber.parse("KAZ110090123105", POLICY),
        UnifiedSocialCreditCode.parse("91310110666007217T", POLICY),
        MobileNumber.parse("13812345678", POLICY));
    String json = mapper.writeValueAsString(op);
    assertThat(json).isEqualTo("{\"id\":\"11010519491231002X\",\"oldId\":\"610104620927690\","
        + "\"hmt\":\"830000199201300022\",\"foreigner\":\"KAZ110090123105\","
        + "\"uscc\":\"91310110666007217T\",\"mobile\":\"13812345678\"}");
    assertThat(mapper.readValue(json, Operator.class)).isEqualTo(op);
  }

  @Test
  void read_invalidValue_failsWithoutTheValueInTheMessage() {
    String json = "{\"id\":\"412722197505093546\"}";
    assertThatThrownBy(() -> mapper.readValue(json, Operator.class))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageContaining("CHECKSUM_MISMATCH at position 17")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("412722197505093546").doesNotContain("41272219"));
  }

  @Test
  void read_readsStrictly_fullWidthAndSpacesAreRejected() {
    assertThatThrownBy(() -> mapper.readValue("\"110105 19491231002X\"", ResidentIdNumber.class))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageContaining("ILLEGAL_CHARACTER at position 6")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("19491231"));
  }

  @Test
  void read_nonString_isRejected() {
    assertThatThrownBy(() -> mapper.readValue("110105194912310021", ResidentIdNumber.class))
        .isInstanceOf(MismatchedInputException.class)
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("110105194912310021"));
  }

  @Test
  void read_null_isNull() throws Exception {
    assertThat(mapper.readValue("null", ResidentIdNumber.class)).isNull();
  }
}
