package io.github.zhibo.identity.gate;

import io.github.zhibo.core.party.Marketer;
import io.github.zhibo.identity.channel.NetworkIdentityCredential;
import io.github.zhibo.identity.channel.Verification;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One marketer of a live as the gate sees it: the registered marketer and what is on file for this live.
 * {@link #toString()} shows ids and masked data only.
 *
 * @param marketer the registered marketer (for an AI persona: the person behind it, whose identity counts)
 * @param operatorReport the room operator's report for this live, if received
 * @param dynamicChecks the platform's recent dynamic checks of this marketer (any order)
 * @param guardianConsent a guardian's consent, for marketers under the consent age
 * @param networkIdentity the 网号/网证 the marketer chose, if any: then a check the gate makes itself goes to
 *     the network identity channel, without the plaintext number
 * @param verifiedBirthDate a verified birth date for documents that encode none (passports)
 */
public record MarketerEntry(Marketer marketer, Optional<OperatorReport> operatorReport, List<Verification> dynamicChecks,
    Optional<GuardianConsent> guardianConsent, Optional<NetworkIdentityCredential> networkIdentity,
    Optional<LocalDate> verifiedBirthDate) {

  /** Validates the parts. */
  public MarketerEntry {
    Objects.requireNonNull(marketer, "marketer");
    Objects.requireNonNull(operatorReport, "operatorReport");
    dynamicChecks = List.copyOf(dynamicChecks);
    Objects.requireNonNull(guardianConsent, "guardianConsent");
    Objects.requireNonNull(networkIdentity, "networkIdentity");
    Objects.requireNonNull(verifiedBirthDate, "verifiedBirthDate");
  }

  /** Starts an entry for {@code marketer} with nothing on file. */
  public static Builder builder(Marketer marketer) {
    return new Builder(marketer);
  }

  @Override
  public String toString() {
    return "MarketerEntry[" + marketer.id() + ", report " + operatorReport.isPresent() + ", " + dynamicChecks.size()
        + " checks, consent " + guardianConsent.isPresent() + ", network identity " + networkIdentity.isPresent() + "]";
  }

  /** Collects an entry. Not thread-safe. */
  public static final class Builder {
    private final Marketer marketer;
    private Optional<OperatorReport> operatorReport = Optional.empty();
    private final List<Verification> dynamicChecks = new ArrayList<>();
    private Optional<GuardianConsent> guardianConsent = Optional.empty();
    private Optional<NetworkIdentityCredential> networkIdentity = Optional.empty();
    private Optional<LocalDate> verifiedBirthDate = Optional.empty();

    private Builder(Marketer marketer) {
      this.marketer = Objects.requireNonNull(marketer, "marketer");
    }

    /** The operator's report for this live. */
    public Builder operatorReport(OperatorReport report) {
      this.operatorReport = Optional.of(report);
      return this;
    }

    /** Adds a dynamic check the platform made. */
    public Builder dynamicCheck(Verification check) {
      this.dynamicChecks.add(Objects.requireNonNull(check, "check"));
      return this;
    }

    /** The guardian's consent. */
    public Builder guardianConsent(GuardianConsent consent) {
      this.guardianConsent = Optional.of(consent);
      return this;
    }

    /** The 网号/网证 the marketer chose. */
    public Builder networkIdentity(NetworkIdentityCredential credential) {
      this.networkIdentity = Optional.of(credential);
      return this;
    }

    /** A verified birth date, for documents that encode none. */
    public Builder verifiedBirthDate(LocalDate birthDate) {
      this.verifiedBirthDate = Optional.of(birthDate);
      return this;
    }

    /** The entry. */
    public MarketerEntry build() {
      return new MarketerEntry(marketer, operatorReport, dynamicChecks, guardianConsent, networkIdentity,
          verifiedBirthDate);
    }
  }
}
