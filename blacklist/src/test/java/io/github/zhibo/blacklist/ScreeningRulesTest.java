package io.github.zhibo.blacklist;

import static io.github.zhibo.blacklist.Fixtures.company;
import static io.github.zhibo.blacklist.Fixtures.index;
import static io.github.zhibo.blacklist.Fixtures.person;
import static io.github.zhibo.blacklist.Fixtures.rid;
import static io.github.zhibo.blacklist.Fixtures.uscc;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.zhibo.core.party.DocumentType;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The decision rules of DESIGN.md §5.1, one behaviour per test. */
class ScreeningRulesTest {

  static final String RID = rid("19900307", 123);
  static final String OTHER_RID = rid("19900307", 456);
  static final String USCC = uscc("MA01B2C3");
  static final LocalDate DOB = LocalDate.of(1990, 3, 7);

  static final ScreeningRecord LISTED = person("BL1", "张伟", RID).birthDate(DOB).nationality("CHN")
      .phones(List.of("13800138000")).deviceIds(List.of("A1B2-C3D4-E5F6-0718")).paymentAccounts(List.of("6222021234567890"))
      .biometricTemplateIds(List.of("face-abc123")).accountIds(List.of("acct:1001")).address("北京市朝阳区建国路88号")
      .build();
  static final String REP_RID = rid("19850101", 2);
  static final ScreeningRecord LISTED_CO = company("BL2", "星辰传媒有限公司", USCC, "李娜", REP_RID).build();

  final BlacklistIndex index = index(LISTED, LISTED_CO);

  private ScreeningResult screen(ScreeningRecord q) {
    return index.screen(q);
  }

  @ParameterizedTest
  @ValueSource(strings = {"ID_AS_IS", "lower", "fullwidth", "spaced", "zwsp"})
  void anIdentityNumberBlocksInAnyTyping(String style) {
    String typed = switch (style) {
      case "lower" -> RID.toLowerCase();
      case "fullwidth" -> RID.chars().mapToObj(c -> String.valueOf((char) (c - '0' + '０'))).reduce("", String::concat);
      case "spaced" -> RID.substring(0, 6) + " " + RID.substring(6, 14) + "-" + RID.substring(14);
      case "zwsp" -> RID.substring(0, 9) + "\u200B" + RID.substring(9);
      default -> RID;
    };
    ScreeningResult r = screen(person("Q", "王五", style.equals("fullwidth") ? typed.replace("\uFF08", "") : typed).build());
    assertThat(r.verdict()).isEqualTo(Verdict.BLOCK);
    assertThat(r.hits().get(0).entryId()).isEqualTo("BL1");
    assertThat(r.hits().get(0).evidence()).contains(EvidenceKind.ID_NUMBER);
    assertThat(r.hits().get(0).score()).isGreaterThanOrEqualTo(0.9);
  }

  @Test
  void theLegacyFifteenDigitFormMeetsTheEighteenDigitOne() {
    String legacy = RID.substring(0, 6) + RID.substring(8, 17);
    assertThat(screen(person("Q", "x", legacy).build()).verdict()).isEqualTo(Verdict.BLOCK);
  }

  @Test
  void aUsccBlocksInLowerCaseWithSpaces() {
    String typed = USCC.toLowerCase().substring(0, 6) + " " + USCC.toLowerCase().substring(6);
    ScreeningResult r = screen(company("Q", "新公司", typed, "赵六", rid("19700101", 9)).build());
    assertThat(r.verdict()).isEqualTo(Verdict.BLOCK);
    assertThat(r.hits().get(0).evidence()).containsExactly(EvidenceKind.USCC);
  }

  @Test
  void aListedCompanysRepresentativeApplyingAsAPersonIsBlocked() {
    ScreeningResult r = screen(person("Q", "李 娜", REP_RID).build());
    assertThat(r.verdict()).isEqualTo(Verdict.BLOCK);
    assertThat(r.hits().get(0).entryId()).isEqualTo("BL2");
    assertThat(r.hits().get(0).evidence()).contains(EvidenceKind.LEGAL_REPRESENTATIVE);
  }

  @Test
  void aListedPersonAsANewCompanysRepresentativeIsBlocked() {
    ScreeningResult r = screen(company("Q", "新公司", uscc("12345678"), "張偉", RID).build());
    assertThat(r.verdict()).isEqualTo(Verdict.BLOCK);
    assertThat(r.hits().get(0).evidence()).contains(EvidenceKind.LEGAL_REPRESENTATIVE);
  }

  @Test
  void aShellCompanyWithTheListedRepresentativeIsBlocked() {
    ScreeningResult r = screen(company("Q", "云帆电子商务有限公司", uscc("87654321"), "李娜", REP_RID).build());
    assertThat(r.verdict()).isEqualTo(Verdict.BLOCK);
    assertThat(Fixtures.ids(r)).containsExactly("BL2");
  }

  @Test
  void linkedEvidenceReviewsAndNeverBlocks() {
    String borrowed = rid("19920101", 77);
    List<ScreeningRecord> queries = List.of(
        person("P", "王五", borrowed).phones(List.of("+86 138-0013-8000")).build(),
        person("P2", "王五", borrowed).phones(List.of("86-13800138000")).build(),
        person("P3", "王五", borrowed).phones(List.of("１３８００１３８０００")).build(),
        person("D", "王五", borrowed).deviceIds(List.of("a1b2c3d4e5f60718")).build(),
        person("D2", "王五", borrowed).deviceIds(List.of("OAID: A1B2-C3D4-E5F6-0718")).build(),
        person("M", "王五", borrowed).paymentAccounts(List.of("6222 0212 3456 7890")).build(),
        person("B", "王五", borrowed).biometricTemplateIds(List.of("FACE-ABC123")).build(),
        person("A", "王五", borrowed).accountIds(List.of("ACCT:1001")).build(),
        person("ALL", "王五", borrowed).phones(List.of("13800138000")).deviceIds(List.of("A1B2-C3D4-E5F6-0718"))
            .paymentAccounts(List.of("6222021234567890")).biometricTemplateIds(List.of("face-abc123"))
            .accountIds(List.of("acct:1001")).build());
    for (ScreeningRecord q : queries) {
      ScreeningResult r = screen(q);
      assertThat(r.verdict()).as(q.id()).isEqualTo(Verdict.REVIEW);
      assertThat(r.hits().get(0).entryId()).isEqualTo("BL1");
      assertThat(r.hits().get(0).score()).isBetween(0.5, 0.9);
    }
    assertThat(screen(queries.get(queries.size() - 1)).hits().get(0).evidence()).containsExactly(
        EvidenceKind.BIOMETRIC, EvidenceKind.PAYMENT_ACCOUNT, EvidenceKind.ACCOUNT, EvidenceKind.DEVICE,
        EvidenceKind.PHONE);
  }

  @Test
  void aNameAloneNeverFlagsAnyone() {
    assertThat(screen(ScreeningRecord.builder("Q", SubjectType.PERSON).name("张伟").build()).verdict())
        .isEqualTo(Verdict.CLEAR);
    assertThat(screen(person("Q", "張偉", rid("19910101", 5)).build()).verdict()).isEqualTo(Verdict.CLEAR);
  }

  @Test
  void nameWithBirthDateReviewsInTraditionalFullWidthOrSpacedForm() {
    for (String name : List.of("張偉", "张 伟", "张\u3000伟", "張\u200B偉")) {
      ScreeningResult r = screen(ScreeningRecord.builder("Q", SubjectType.PERSON).name(name).birthDate(DOB).build());
      assertThat(r.verdict()).as(name).isEqualTo(Verdict.REVIEW);
      assertThat(r.hits().get(0).evidence()).contains(EvidenceKind.NAME, EvidenceKind.BIRTH_DATE);
    }
  }

  @Test
  void aHanNameMeetsItsPinyinAcrossScriptsButNotItsHomophones() {
    for (String name : List.of("ZHANG Wei", "Wei Zhang", "zhangwei", "Zhang, Wei", "ZHANG WEI")) {
      ScreeningResult r = screen(ScreeningRecord.builder("Q", SubjectType.PERSON).name(name).birthDate(DOB).build());
      assertThat(r.verdict()).as(name).isEqualTo(Verdict.REVIEW);
      assertThat(r.hits().get(0).evidence()).contains(EvidenceKind.NAME, EvidenceKind.BIRTH_DATE);
    }
    assertThat(screen(ScreeningRecord.builder("Q", SubjectType.PERSON).name("章伟").birthDate(DOB).build()).verdict())
        .as("a Han homophone is another person").isEqualTo(Verdict.CLEAR);
    assertThat(screen(ScreeningRecord.builder("Q", SubjectType.PERSON).name("Zhang Wei").birthDate(DOB.plusDays(1))
        .build()).verdict()).isEqualTo(Verdict.CLEAR);
    var latin = ScreeningRecord.builder("BLP", SubjectType.PERSON).name("SHAN Xiongxin").document(DocumentType.PASSPORT,
        "E55555555").birthDate(DOB).build();
    assertThat(index(latin).screen(ScreeningRecord.builder("Q", SubjectType.PERSON).name("單雄信").birthDate(DOB)
        .build()).verdict()).as("surname reading 单 = Shan").isEqualTo(Verdict.REVIEW);
  }

  @Test
  void twoDifferentValidResidentIdsAreTwoPeople() {
    ScreeningResult r = screen(person("Q", "张伟", OTHER_RID).birthDate(DOB).build());
    assertThat(r.verdict()).isEqualTo(Verdict.CLEAR);
  }

  @Test
  void aDifferentPassportDoesNotCancelNameEvidence() {
    var listed = ScreeningRecord.builder("BLF", SubjectType.PERSON).name("John Smith")
        .document(DocumentType.PASSPORT, "E12345678").birthDate(LocalDate.of(1980, 1, 2)).nationality("USA").build();
    BlacklistIndex idx = index(listed);
    for (String name : List.of("SMITH, John", "john smith", "Smith John", "JOHN  SMITH.", "John Paul Smith")) {
      ScreeningResult r = idx.screen(ScreeningRecord.builder("Q", SubjectType.PERSON).name(name)
          .document(DocumentType.PASSPORT, "E99999999").birthDate(LocalDate.of(1980, 1, 2)).nationality("usa").build());
      assertThat(r.verdict()).as(name).isEqualTo(Verdict.REVIEW);
      assertThat(r.hits().get(0).evidence()).contains(EvidenceKind.NAME, EvidenceKind.BIRTH_DATE,
          EvidenceKind.NATIONALITY);
    }
    ScreeningResult otherNation = idx.screen(ScreeningRecord.builder("Q", SubjectType.PERSON).name("John Smith")
        .document(DocumentType.PASSPORT, "E99999999").birthDate(LocalDate.of(1980, 1, 2)).nationality("GBR").build());
    assertThat(otherNation.verdict()).isEqualTo(Verdict.CLEAR);
  }

  @ParameterizedTest
  @ValueSource(strings = {"00000000-0000-0000-0000-000000000000", "02:00:00:00:00:00", "unknown", "UNKNOWN",
      "000000000000000", "9774d56d682e549c", "N/A", "ffffffff"})
  void placeholdersNeverLinkPeople(String placeholder) {
    var a = person("BLA", "甲", rid("19800101", 1)).deviceIds(List.of(placeholder)).build();
    ScreeningResult r = index(a).screen(person("Q", "乙", rid("19810101", 2)).deviceIds(List.of(placeholder)).build());
    assertThat(r.verdict()).isEqualTo(Verdict.CLEAR);
  }

  @ParameterizedTest
  @ValueSource(strings = {"无", "不详", "N/A", "000000000000000000", "123456789012345678", "12345"})
  void documentNumbersWithoutIdentityAreNoAnchor(String typed) {
    var a = ScreeningRecord.builder("BLA", SubjectType.PERSON).name("甲").document(DocumentType.PASSPORT, typed).build();
    var q = ScreeningRecord.builder("Q", SubjectType.PERSON).name("乙").document(DocumentType.PASSPORT, typed).build();
    assertThat(index(a).screen(q).verdict()).isEqualTo(Verdict.CLEAR);
  }

  @Test
  void aConfiguredPlaceholderNeverLinks() {
    var policy = ScreeningPolicy.builder().placeholder("DEVICE-NOT-SET").build();
    var a = person("BLA", "甲", rid("19800101", 1)).deviceIds(List.of("device-not-set")).build();
    assertThat(index(policy, a).screen(person("Q", "乙", rid("19810101", 2)).deviceIds(List.of("DEVICE NOT SET"))
        .build()).verdict()).isEqualTo(Verdict.CLEAR);
    assertThat(index(a).screen(person("Q", "乙", rid("19810101", 2)).deviceIds(List.of("DEVICE NOT SET"))
        .build()).verdict()).isEqualTo(Verdict.REVIEW);
  }

  @Test
  void aValueManyEntriesShareLinksNobodyAndFewSharersWeighLess() {
    var b = BlacklistIndex.builder().environment(Fixtures.ENV);
    for (int i = 0; i < 6; i++) {
      b.add(person("H" + i, "人" + i, rid("19800101", 10 + i)).paymentAccounts(List.of("6222000011112222")).build());
    }
    b.add(person("S1", "甲", rid("19800101", 30)).phones(List.of("13900000001")).build());
    b.add(person("S2", "乙", rid("19800101", 31)).phones(List.of("13900000001")).build());
    b.add(person("U", "丙", rid("19800101", 32)).phones(List.of("13900000002")).build());
    BlacklistIndex idx = b.build();
    assertThat(idx.screen(person("Q", "丁", rid("19900101", 1)).paymentAccounts(List.of("6222000011112222")).build())
        .verdict()).isEqualTo(Verdict.CLEAR);
    double shared = idx.screen(person("Q", "丁", rid("19900101", 1)).phones(List.of("13900000001")).build())
        .hits().get(0).score();
    double unique = idx.screen(person("Q", "丁", rid("19900101", 1)).phones(List.of("13900000002")).build())
        .hits().get(0).score();
    assertThat(shared).isLessThan(unique);
  }

  @Test
  void hitsAreSortedBlockFirstThenByScore() {
    var b = BlacklistIndex.builder().environment(Fixtures.ENV);
    b.add(person("R1", "甲", rid("19800101", 1)).phones(List.of("13911112222")).build());
    b.add(person("R2", "乙", rid("19800101", 2)).phones(List.of("13933334444")).deviceIds(List.of("dev-777-xyz")).build());
    b.add(person("K", "丙", rid("19800101", 3)).build());
    ScreeningResult r = b.build().screen(person("Q", "丁", rid("19800101", 3)).phones(List.of("13911112222",
        "13933334444")).deviceIds(List.of("DEV777XYZ")).build());
    assertThat(r.verdict()).isEqualTo(Verdict.BLOCK);
    assertThat(Fixtures.ids(r)).containsExactly("K", "R2", "R1");
    assertThat(r.hits().get(1).score()).isGreaterThan(r.hits().get(2).score());
  }

  @Test
  void anIdListedOnTwoLinesIsOneHit() {
    var b = BlacklistIndex.builder().environment(Fixtures.ENV);
    b.add(person("DUP", "甲", rid("19800101", 1)).build());
    b.add(person("DUP", "甲", rid("19800101", 1)).phones(List.of("13912345678")).build());
    ScreeningResult r = b.build().screen(person("Q", "乙", rid("19800101", 1)).phones(List.of("13912345678")).build());
    assertThat(Fixtures.ids(r)).containsExactly("DUP");
  }

  @Test
  void nameAndTheSameAddressReview() {
    ScreeningResult r = screen(ScreeningRecord.builder("Q", SubjectType.PERSON).name("張偉")
        .address("北京市朝阳区 建国路88号").build());
    assertThat(r.verdict()).isEqualTo(Verdict.REVIEW);
    assertThat(r.hits().get(0).evidence()).contains(EvidenceKind.NAME, EvidenceKind.ADDRESS);
    assertThat(screen(ScreeningRecord.builder("Q", SubjectType.PERSON).name("王五").address("北京市朝阳区建国路88号")
        .build()).verdict()).isEqualTo(Verdict.CLEAR);
  }

  @Test
  void anEntryPastItsTermIsNotMatched() {
    var b = BlacklistIndex.builder().environment(Fixtures.ENV);
    b.add(LISTED, LocalDate.of(2026, 5, 31));
    BlacklistIndex idx = b.build();
    ScreeningRecord q = person("Q", "x", RID).build();
    assertThat(idx.screen(q, LocalDate.of(2026, 5, 31)).verdict()).isEqualTo(Verdict.BLOCK);
    assertThat(idx.screen(q, LocalDate.of(2026, 6, 1)).verdict()).isEqualTo(Verdict.CLEAR);
    assertThat(idx.screen(q).verdict()).as("today per the environment: 2026-06-01").isEqualTo(Verdict.CLEAR);
  }

  @Test
  void recordsShowNoPersonalDataInToString() {
    assertThat(LISTED.toString()).doesNotContain(RID, "张伟", "13800138000", "acct:1001");
    assertThat(LISTED_CO.legalRepresentative().toString()).doesNotContain(REP_RID, "李娜");
  }
}
