package io.github.zhibo.blacklist;

import io.github.zhibo.core.env.Environment;
import io.github.zhibo.core.id.ResidentIdNumber;
import io.github.zhibo.core.id.UnifiedSocialCreditCode;
import io.github.zhibo.core.party.DocumentType;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/** Synthetic identities with valid check characters (none belongs to anyone) and a pinned environment. */
final class Fixtures {

  static final Environment ENV = Environment.of(Clock.fixed(Instant.parse("2026-06-01T02:00:00Z"), ZoneOffset.UTC));

  private Fixtures() {}

  /** A valid resident ID: region 110105, the birth date, sequence {@code seq}. */
  static String rid(String yyyymmdd, int seq) {
    String body = "110105" + yyyymmdd + String.format("%03d", seq);
    return body + ResidentIdNumber.checkCharacter(body);
  }

  /** A valid USCC whose organisation code starts with {@code org8}. */
  static String uscc(String org8) {
    String body = "91110105" + org8 + UnifiedSocialCreditCode.organisationCodeCheckCharacter(org8);
    return body + UnifiedSocialCreditCode.checkCharacter(body);
  }

  static ScreeningRecord.Builder person(String id, String name, String rid) {
    return ScreeningRecord.builder(id, SubjectType.PERSON).name(name).document(DocumentType.RESIDENT_ID, rid);
  }

  static ScreeningRecord.Builder company(String id, String name, String uscc, String repName, String repRid) {
    return ScreeningRecord.builder(id, SubjectType.ORGANIZATION).name(name).document(DocumentType.USCC, uscc)
        .legalRepresentative(Representative.of(repName, DocumentType.RESIDENT_ID, repRid));
  }

  static BlacklistIndex index(ScreeningRecord... entries) {
    return index(ScreeningPolicy.defaults(), entries);
  }

  static BlacklistIndex index(ScreeningPolicy policy, ScreeningRecord... entries) {
    var b = BlacklistIndex.builder().environment(ENV).policy(policy);
    for (ScreeningRecord e : entries) b.add(e);
    return b.build();
  }

  static List<String> ids(ScreeningResult r) {
    return r.hits().stream().map(Hit::entryId).toList();
  }
}
