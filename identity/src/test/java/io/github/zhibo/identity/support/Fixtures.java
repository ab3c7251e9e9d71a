package io.github.zhibo.identity.support;

import io.github.zhibo.core.env.Environment;
import io.github.zhibo.core.ledger.EvidenceLedger;
import io.github.zhibo.core.ledger.LedgerStore;
import io.github.zhibo.core.party.DocumentType;
import io.github.zhibo.core.party.OperatorKind;
import io.github.zhibo.core.regulation.ProfileId;
import io.github.zhibo.core.regulation.RegulationProfile;
import io.github.zhibo.core.regulation.RegulationProfiles;
import io.github.zhibo.core.time.ChinaZone;
import io.github.zhibo.identity.archive.ArchiveRole;
import io.github.zhibo.identity.archive.RegistrationRecord;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** Shared test data: profiles, a fixed clock, complete records of each kind. */
public final class Fixtures {

  public static final RegulationProfile ORDER_117 = RegulationProfiles.get(ProfileId.ORDER_117);
  public static final RegulationProfile DRAFT_2025 = RegulationProfiles.get(ProfileId.DRAFT_2025);
  public static final String RESIDENT_ID = "11010519491231002X";
  public static final String USCC = "91350100M000100Y43";

  private Fixtures() {}

  public static Clock clockAt(LocalDate day) {
    return Clock.fixed(day.atTime(9, 0).atZone(ChinaZone.ZONE).toInstant(), ChinaZone.ZONE);
  }

  public static Environment environmentAt(LocalDate day) {
    return Environment.of(clockAt(day)).withExecutor(Runnable::run);
  }

  public static EvidenceLedger ledger(Clock clock) {
    return EvidenceLedger.builder().store(LedgerStore.inMemory()).clock(clock).build();
  }

  public static RegistrationRecord organisation(String id, LocalDate registeredOn) {
    return RegistrationRecord.builder(id, ArchiveRole.OPERATOR, registeredOn)
        .kind(OperatorKind.ORGANIZATION).marketEntityRegistered(true)
        .name("北京某某科技有限公司").id(DocumentType.USCC, USCC)
        .address("北京市朝阳区建国路88号").contact("13800138000").liveAccounts(List.of("acct:" + id))
        .build();
  }

  public static RegistrationRecord person(String id, LocalDate registeredOn) {
    return RegistrationRecord.builder(id, ArchiveRole.OPERATOR, registeredOn)
        .kind(OperatorKind.NATURAL_PERSON)
        .name("张伟").id(DocumentType.RESIDENT_ID, RESIDENT_ID)
        .address("北京市海淀区中关村大街1号").contact("13800138001").liveAccounts(List.of("acct:" + id))
        .build();
  }

  public static RegistrationRecord marketer(String id, LocalDate registeredOn) {
    return RegistrationRecord.builder(id, ArchiveRole.MARKETER, registeredOn)
        .name("李娜").id(DocumentType.RESIDENT_ID, RESIDENT_ID)
        .address("上海市浦东新区世纪大道1号").contact("13900139000").agency("某某传媒")
        .qualifications(List.of("营养师")).occupation("主播")
        .build();
  }

  public static RegistrationRecord seller(String id, LocalDate registeredOn) {
    return RegistrationRecord.builder(id, ArchiveRole.SELLER, registeredOn)
        .name("某某食品店").id(DocumentType.USCC, USCC)
        .address("杭州市西湖区文三路1号").contact("0571-88888888")
        .build();
  }
}
