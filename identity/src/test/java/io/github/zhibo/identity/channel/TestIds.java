package io.github.zhibo.identity.channel;

import io.github.zhibo.core.id.ResidentIdNumber;
import io.github.zhibo.core.id.UnifiedSocialCreditCode;
import io.github.zhibo.core.party.DocumentType;
import io.github.zhibo.core.party.IdentityDocument;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Valid, synthetic identity numbers for tests (check characters computed, no real person). */
public final class TestIds {
  private TestIds() {}

  /** A resident ID of someone born on {@code birth}, sequence {@code seq} (0-999). */
  public static String residentId(LocalDate birth, int seq) {
    String body = "110101" + birth.format(DateTimeFormatter.BASIC_ISO_DATE) + String.format("%03d", seq);
    return body + ResidentIdNumber.checkCharacter(body);
  }

  /** A resident-ID document. */
  public static IdentityDocument residentDoc(LocalDate birth, int seq) {
    return new IdentityDocument(DocumentType.RESIDENT_ID, residentId(birth, seq));
  }

  /** A valid USCC document derived from {@code seq}. */
  public static IdentityDocument usccDoc(int seq) {
    String org = String.format("%08d", 10_000_000 + seq);
    String body = "91110000" + org + UnifiedSocialCreditCode.organisationCodeCheckCharacter(org);
    return new IdentityDocument(DocumentType.USCC, body + UnifiedSocialCreditCode.checkCharacter(body));
  }
}
