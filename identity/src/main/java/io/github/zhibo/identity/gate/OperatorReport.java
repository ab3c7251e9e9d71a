package io.github.zhibo.identity.gate;

import io.github.zhibo.core.party.IdentityDocument;
import io.github.zhibo.core.party.PartyId;
import java.time.Instant;
import java.util.Objects;

/**
 * The room operator's report to the platform of a marketer's verified identity for one live
 * (Order 117 Art. 28 ¶2: "在每次直播前将核验无误的直播营销人员身份信息报送直播电商平台经营者"). The other reported
 * fields (residence, contact, agency, qualifications, occupation) live in the registration archive; the gate
 * needs only who reported what, for which live, and when.
 *
 * @param operator the reporting room operator
 * @param live the live the report is for
 * @param reportedAt when the platform received it
 * @param verifiedDocument the identity document the operator verified
 */
public record OperatorReport(PartyId operator, PartyId live, Instant reportedAt, IdentityDocument verifiedDocument) {

  /** Validates the parts. */
  public OperatorReport {
    Objects.requireNonNull(operator, "operator");
    Objects.requireNonNull(live, "live");
    Objects.requireNonNull(reportedAt, "reportedAt");
    Objects.requireNonNull(verifiedDocument, "verifiedDocument");
  }

  @Override
  public String toString() {
    return "OperatorReport[" + operator + " " + live + " " + reportedAt + " " + verifiedDocument + "]";
  }
}
