package io.github.zhibo.core.id.validation;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The constraints through Hibernate Validator, with the clock pinned through its ClockProvider. */
class ConstraintsTest {

  private static ValidatorFactory factory;
  private static Validator validator;

  record Registration(
      @ValidResidentId String residentId,
      @ValidResidentId(lenient = true) String typedResidentId,
      @ValidHmtPermit String hmt,
      @ValidForeignPermanentResidentId String foreigner,
      @ValidPersonIdNumber String anyPerson,
      @ValidUscc String uscc,
      @ValidUscc(acceptLegacyPilot = true) String pilotUscc,
      @ValidMobileNumber String mobile) {}

  @BeforeAll
  static void setUp() {
    Clock clock = Clock.fixed(Instant.parse("2026-11-28T04:00:00Z"), ZoneId.of("Asia/Shanghai"));
    factory = Validation.byDefaultProvider().configure().clockProvider(() -> clock).buildValidatorFactory();
    validator = factory.getValidator();
  }

  @AfterAll
  static void tearDown() {
    factory.close();
  }

  @Test
  void validPayload_hasNoViolations() {
    Registration ok = new Registration(
        "11010519491231002X", "１１０１０５ 19491231002x", "810000199408230021", "KAZ110090123105",
        "932682198501010017", "91310110666007217T", "91350211M00013FA1N", "19212345678");
    assertThat(validator.validate(ok)).isEmpty();
  }

  @Test
  void nulls_areValid() {
    assertThat(validator.validate(new Registration(null, null, null, null, null, null, null, null))).isEmpty();
  }

  @Test
  void invalidPayload_reportsEveryFieldWithCodeAndWithoutValue() {
    Registration bad = new Registration(
        "810000199408230021", "11010519491231002Y", "11010519491231002X", "11010519491231002X",
        "110105202611290018", "91350211M00013FA1N", "91110000600037341N", "+8613812345678");
    Set<ConstraintViolation<Registration>> violations = validator.validate(bad);
    var byField = violations.stream().collect(Collectors.toMap(
        v -> v.getPropertyPath().toString(), ConstraintViolation::getMessage));
    assertThat(byField).containsOnlyKeys(
        "residentId", "typedResidentId", "hmt", "foreigner", "anyPerson", "uscc", "pilotUscc", "mobile");
    assertThat(byField.get("residentId")).isEqualTo("must be a valid resident identity number [WRONG_KIND]");
    assertThat(byField.get("anyPerson")).endsWith("[FUTURE_DATE]");
    assertThat(byField.get("uscc")).endsWith("[LEGACY_PILOT_CHECKSUM]");
    assertThat(byField.get("pilotUscc")).endsWith("[CHECKSUM_MISMATCH]");
    assertThat(byField.get("mobile")).endsWith("[ILLEGAL_CHARACTER]");
    for (var v : violations) {
      assertThat(v.getMessage()).doesNotContain(String.valueOf(v.getInvalidValue()));
    }
  }

  @Test
  void futureBirthDate_followsTheClockProvider() {
    Registration born = new Registration(
        "110105202611280012", null, null, null, null, null, null, null);
    assertThat(validator.validate(born)).isEmpty();
    Registration tomorrow = new Registration(
        "110105202611290018", null, null, null, null, null, null, null);
    assertThat(validator.validate(tomorrow)).hasSize(1);
  }
}
