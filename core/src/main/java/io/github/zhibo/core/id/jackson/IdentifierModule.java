package io.github.zhibo.core.id.jackson;

import com.fasterxml.jackson.databind.module.SimpleModule;
import io.github.zhibo.core.id.ForeignPermanentResidentIdNumber;
import io.github.zhibo.core.id.HmtResidencePermitNumber;
import io.github.zhibo.core.id.Identifier;
import io.github.zhibo.core.id.LegacyResidentIdNumber;
import io.github.zhibo.core.id.MobileNumber;
import io.github.zhibo.core.id.ParsePolicy;
import io.github.zhibo.core.id.ResidentIdNumber;
import io.github.zhibo.core.id.UnifiedSocialCreditCode;
import java.time.Clock;
import java.util.Objects;

/**
 * Writes every identifier as its canonical string and reads each identifier type strictly: invalid
 * input fails with a {@code MismatchedInputException} whose message names the error code and position,
 * never the value. Register once: {@code mapper.registerModule(new IdentifierModule(policy))}.
 *
 * <p>Thread-safe once registered. Note that the canonical string is personal data: serialise it only
 * into stores and messages that may hold it.
 */
public final class IdentifierModule extends SimpleModule {

  private static final long serialVersionUID = 1L;

  /** Reads with the default policy and the system clock in China Standard Time. */
  public IdentifierModule() {
    this(ParsePolicy.defaults(Clock.system(io.github.zhibo.core.time.ChinaZone.ZONE)));
  }

  /** Reads with {@code policy} (normally a strict one: stored data should already be canonical). */
  public IdentifierModule(ParsePolicy policy) {
    super("zhibo-identifiers");
    Objects.requireNonNull(policy, "policy");
    addSerializer(Identifier.class, new CanonicalSerializer());
    addDeserializer(ResidentIdNumber.class,
        new StrictDeserializer<>(ResidentIdNumber.class, ResidentIdNumber::tryParse, policy));
    addDeserializer(LegacyResidentIdNumber.class,
        new StrictDeserializer<>(LegacyResidentIdNumber.class, LegacyResidentIdNumber::tryParse, policy));
    addDeserializer(HmtResidencePermitNumber.class,
        new StrictDeserializer<>(HmtResidencePermitNumber.class, HmtResidencePermitNumber::tryParse, policy));
    addDeserializer(ForeignPermanentResidentIdNumber.class,
        new StrictDeserializer<>(
            ForeignPermanentResidentIdNumber.class, ForeignPermanentResidentIdNumber::tryParse, policy));
    addDeserializer(UnifiedSocialCreditCode.class,
        new StrictDeserializer<>(UnifiedSocialCreditCode.class, UnifiedSocialCreditCode::tryParse, policy));
    addDeserializer(MobileNumber.class,
        new StrictDeserializer<>(MobileNumber.class, MobileNumber::tryParse, policy));
  }
}
