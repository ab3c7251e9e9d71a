package io.github.zhibo.identity.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.zhibo.core.party.DocumentType;
import io.github.zhibo.core.party.Licence;
import io.github.zhibo.core.party.OperatorKind;
import io.github.zhibo.identity.support.Fixtures;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RegistrationRecordJsonTest {

  @Test
  void readsTheContractShapeAndIgnoresUnknownFields() {
    RegistrationRecord r = RegistrationRecordJson.parse("{\"subjectId\": \"op-1\", \"role\": \"OPERATOR\","
        + " \"kind\": \"ORGANIZATION\", \"marketEntityRegistered\": true, \"name\": \"某公司\", \"idType\": \"USCC\","
        + " \"idNumber\": \"" + Fixtures.USCC + "\", \"address\": \"北京\", \"contact\": 13800138000,"
        + " \"liveAccounts\": [\"a1\", \"a2\"], \"agency\": null, \"qualifications\": [], \"occupation\": \" \","
        + " \"licences\": [{\"type\": \"FOOD_BUSINESS\", \"number\": \"JY1\"}], \"registeredOn\": \"2025-03-01\","
        + " \"lastVerifiedOn\": \"2025-09-30\", \"somethingNew\": {\"x\": 1}}");
    assertThat(r.subjectId()).isEqualTo("op-1");
    assertThat(r.role()).isEqualTo(ArchiveRole.OPERATOR);
    assertThat(r.kind()).isEqualTo(OperatorKind.ORGANIZATION);
    assertThat(r.marketEntityRegistered()).isTrue();
    assertThat(r.idType()).isEqualTo(DocumentType.USCC);
    assertThat(r.contact()).isEqualTo("13800138000");
    assertThat(r.liveAccounts()).containsExactly("a1", "a2");
    assertThat(r.agency()).isNull();
    assertThat(r.occupation()).isNull();
    assertThat(r.licences()).containsExactly(new Licence("FOOD_BUSINESS", "JY1"));
    assertThat(r.verificationAnchor()).isEqualTo(LocalDate.of(2025, 9, 30));
    assertThat(r.toString()).doesNotContain(Fixtures.USCC).doesNotContain("某公司").doesNotContain("北京");
  }

  @Test
  void absentListsAreEmptyAndAbsentFlagIsFalse() {
    RegistrationRecord r = RegistrationRecordJson.parse(
        "{\"subjectId\": \"m-1\", \"role\": \"MARKETER\", \"registeredOn\": \"2025-03-01\"}");
    assertThat(r.liveAccounts()).isEmpty();
    assertThat(r.licences()).isEmpty();
    assertThat(r.marketEntityRegistered()).isFalse();
    assertThat(r.verificationAnchor()).isEqualTo(LocalDate.of(2025, 3, 1));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "{\"subjectId\": \"X\", \"role\": \"OPERATOR\", \"registeredOn\": \"2025-01-01\"|malformed JSON",
    "[1, 2]|expected a JSON object",
    "{\"role\": \"OPERATOR\", \"registeredOn\": \"2025-01-01\"}|subjectId: required",
    "{\"subjectId\": \"a b\", \"role\": \"OPERATOR\", \"registeredOn\": \"2025-01-01\"}|subjectId: must be",
    "{\"subjectId\": \"a\", \"role\": \"SECRET\", \"registeredOn\": \"2025-01-01\"}|role: expected one of",
    "{\"subjectId\": \"a\", \"role\": \"OPERATOR\"}|registeredOn: required",
    "{\"subjectId\": \"a\", \"role\": \"OPERATOR\", \"registeredOn\": \"SECRET\"}|registeredOn: expected an ISO date",
    "{\"subjectId\": \"a\", \"role\": \"OPERATOR\", \"registeredOn\": \"2025-01-01\", \"liveAccounts\": \"SECRET\"}|liveAccounts: expected an array",
    "{\"subjectId\": \"a\", \"role\": \"OPERATOR\", \"registeredOn\": \"2025-01-01\", \"marketEntityRegistered\": \"SECRET\"}|marketEntityRegistered: expected",
    "{\"subjectId\": \"a\", \"role\": \"OPERATOR\", \"registeredOn\": \"2025-01-01\", \"name\": {\"SECRET\": 1}}|name: expected a string",
    "{\"subjectId\": \"a\", \"role\": \"OPERATOR\", \"registeredOn\": \"2025-01-01\", \"licences\": [{\"type\": \"secret\", \"number\": \"1\"}]}|licences[0].type",
    "{\"subjectId\": \"a\", \"subjectId\": \"b\", \"role\": \"OPERATOR\", \"registeredOn\": \"2025-01-01\"}|malformed JSON",
    "{\"subjectId\": \"a\", \"role\": \"OPERATOR\", \"registeredOn\": \"2025-01-01\"} {\"SECRET\": 1}|malformed JSON"
  })
  void rejectsWithTheFieldNeverTheValue(String line, String problem) {
    assertThatThrownBy(() -> RegistrationRecordJson.parse(line))
        .isInstanceOfSatisfying(ArchiveException.class, e -> {
          assertThat(e.code()).isEqualTo(ArchiveError.RECORD_FORMAT);
          assertThat(e.problem()).startsWith(problem).doesNotContain("SECRET").doesNotContain("secret");
        });
  }
}
